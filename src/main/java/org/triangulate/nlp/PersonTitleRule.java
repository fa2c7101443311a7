package org.triangulate.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * People introduced by a title or role: "Deputy Prime Minister Oliver Dowden", "spokesperson Lin Jian",
 * "Conservative MP Iain Duncan Smith", "Mr. Peters". The title itself stays outside the span.
 */
final class PersonTitleRule {

    static final Set<String> TITLES = Set.of(
            "President", "Minister", "Secretary", "Chancellor", "Premier", "Governor", "Senator", "Sen", "Rep", "Representative",
            "Congressman", "Congresswoman", "Mayor", "Ambassador", "General", "Gen", "Admiral", "Adm", "Colonel", "Col",
            "Lieutenant", "Lt", "Captain", "Capt", "Sergeant", "Sgt", "Commissioner", "Director", "Chairman", "Chairwoman",
            "Chair", "Chief", "Judge", "Justice", "Dr", "Mr", "Mrs", "Ms", "Prof", "Professor", "King", "Queen", "Prince",
            "Princess", "Pope", "Sheikh", "MP", "MEP", "Speaker", "CEO", "Inspector", "Superintendent", "Detective",
            "Attorney", "Prosecutor", "Councillor", "Councilman", "Sir", "Dame", "Lord", "Baroness", "Archbishop", "Cardinal",
            "Rabbi", "Imam", "Officer", "Executive", "Adviser", "Advisor", "Counsel", "Editor", "Founder", "Coach", "Manager", "Vice", "Spokesperson", "Spokesman", "Spokeswoman", "Leader", "Commander", "Marshal", "Envoy",
            "spokesperson", "spokesman", "spokeswoman", "minister", "president", "secretary", "lawmaker", "senator",
            "prosecutor", "researcher", "analyst", "director", "chief", "executive", "founder", "leader", "commander",
            "chairman", "chairwoman", "governor", "mayor", "ambassador", "envoy", "diplomat", "journalist", "reporter",
            "correspondent", "professor", "officer", "official", "premier", "chancellor", "coach", "captain", "judge",
            "economist", "scientist", "seismologist", "expert", "singer", "actor", "actress", "author", "activist");
    private static final Set<String> PARTICLES = Set.of("bin", "van", "von", "de", "der", "da", "di", "du", "le", "la", "al", "el", "ibn");
    private static final Set<String> NOT_NAMES = Set.of(
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
            "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The", "A", "An",
            "And", "Of", "In", "League", "Cup", "On", "At", "For", "It", "He", "She", "They", "We", "I", "This", "That", "But", "If", "As");

    private final Gazetteer gazetteer;

    PersonTitleRule(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Candidate> find(String text, List<Words.Word> words) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            Words.Word title = words.get(i);
            if (!TITLES.contains(title.text()) || !titleReaches(text, title, words.get(i + 1))) {
                continue;
            }
            int j = i + 1;
            int last = -1;
            while (j < words.size() && j - i <= 4) {
                Words.Word w = words.get(j);
                if (j > i + 1 && !Words.adjacent(text, words.get(j - 1), w)) {
                    break;
                }
                boolean particle = PARTICLES.contains(w.text()) && last >= 0;
                if (!particle && !isNameWord(w)) {
                    break;
                }
                if (!particle) {
                    last = j;
                }
                if (w.possessive()) {
                    break;
                }
                j++;
            }
            if (last < 0) {
                continue;
            }
            Words.Word first = words.get(i + 1);
            Words.Word end = words.get(last);
            String name = text.substring(first.start(), end.start()) + end.bare();
            if (gazetteer.find(name).isPresent() || OrganisationHeadRule.HEADS.contains(end.bare())) {
                continue; // "Secretary General Antonio" handled by the next title; "General Assembly" is no person
            }
            out.add(new Candidate(first.start(), first.start() + name.length(), EntityType.PERSON, name, Candidate.Source.TITLED_PERSON));
            i = last;
        }
        return out;
    }

    /** "Mr. Peters" has a dot between title and name; otherwise only spaces. */
    private static boolean titleReaches(String text, Words.Word title, Words.Word next) {
        String gap = text.substring(title.end(), next.start());
        return gap.equals(" ") || gap.equals(". ");
    }

    private static boolean isNameWord(Words.Word w) {
        String t = w.bare();
        if (t.isEmpty() || !Character.isUpperCase(t.charAt(0)) || TITLES.contains(t) || NOT_NAMES.contains(t)
                || OrganisationHeadRule.HEADS.contains(t)) {
            return false;
        }
        boolean allCaps = t.length() > 1 && t.equals(t.toUpperCase());
        return !allCaps && t.chars().noneMatch(Character::isDigit);
    }
}
