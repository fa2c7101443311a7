package org.triangulate.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    /**
     * Government portfolios, which with a title make a longer title: "Secretary of State", "Minister of Foreign
     * Affairs", "Secretary of Health and Human Services", "Minister of State for Security".
     */
    static final Set<String> PORTFOLIOS = Set.of(
            "State", "Defense", "Defence", "Homeland", "Security", "Foreign", "Affairs", "Home", "Health", "Human", "Services",
            "Justice", "Energy", "Commerce", "Education", "Labor", "Labour", "Treasury", "Agriculture", "Interior",
            "Transportation", "Transport", "Veterans", "Housing", "Urban", "Development", "Finance", "Trade", "Industry",
            "Environment", "Culture", "Tourism", "Communications", "Science", "Technology", "Immigration", "Citizenship",
            "Employment", "Work", "Works", "Pensions", "Women", "Equality", "Infrastructure", "Planning", "Public", "Internal",
            "External", "War", "Navy", "Army", "Air", "Force", "Economy", "Economic", "Fisheries", "Forestry", "Mines",
            "Resources", "Natural", "Water", "Sport", "Sports", "Youth", "Information", "Digital", "Innovation", "Climate",
            "Change", "Food", "Rural", "Family", "Social", "Welfare", "Revenue", "Budget", "Intelligence", "Investment",
            "Business", "Enterprise", "Skills", "Levelling", "Communities", "Local", "Government", "Cabinet", "Office",
            "Relations", "Cooperation", "Integration", "Migration", "Environmental", "Protection", "Emergency", "Disaster",
            "Management", "Police", "Policing", "Prisons", "Crime", "Courts", "Legal", "Constitutional", "Reform");
    /** Words between portfolios: "Health and Human Services", "State for Security". */
    private static final Set<String> PORTFOLIO_JOINERS = Set.of("and", "for", "of", "&");
    /** "Secretary of State ", "Minister of the Interior ": a title and " of ", with "the" or not, before a portfolio. */
    private static final Pattern TITLE_OF = Pattern.compile("\\b(\\p{L}+) of (?:the )?$");
    /** Titles written with a full stop ("Mr. Peters", "Gen. Milley"); after any other a full stop ends the sentence. */
    private static final Set<String> ABBREVIATED = Set.of("Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Sen", "Rep", "Col", "Lt",
            "Capt", "Sgt", "Adm");
    private static final Set<String> PARTICLES = Set.of("bin", "van", "von", "de", "der", "da", "di", "du", "le", "la", "al", "el", "ibn");
    private static final Set<String> NOT_NAMES = Set.of(
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
            "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The", "A", "An",
            "And", "Of", "In", "League", "Cup", "Electric", "Dynamics", "Mills", "Sachs", "On", "At", "For", "It", "He", "She", "They", "We", "I", "This", "That", "But", "If", "As");

    private final Gazetteer gazetteer;

    PersonTitleRule(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Candidate> find(String text, List<Words.Word> words) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            Words.Word title = words.get(i);
            if (!TITLES.contains(title.text())) {
                continue;
            }
            int lastOfTitle = portfolioEnd(text, words, i);
            if (lastOfTitle + 1 >= words.size() || !titleReaches(text, words.get(lastOfTitle), words.get(lastOfTitle + 1))) {
                continue;
            }
            i = lastOfTitle;
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

    /**
     * The last word of the title that starts at word {@code i}: the title itself, or the end of its portfolio
     * ("Secretary of State", "Minister of the Interior", "Secretary of Health and Human Services").
     */
    static int portfolioEnd(String text, List<Words.Word> words, int i) {
        int k = i + 1;
        if (k < words.size() && words.get(k).text().equals("of") && Words.adjacent(text, words.get(i), words.get(k))) {
            k++;
            if (k < words.size() && words.get(k).text().equals("the") && Words.adjacent(text, words.get(k - 1), words.get(k))) {
                k++;
            }
            int last = i;
            for (; k < words.size() && Words.adjacent(text, words.get(k - 1), words.get(k)); k++) {
                String w = words.get(k).text();
                if (PORTFOLIOS.contains(w)) {
                    last = k;
                } else if (!PORTFOLIO_JOINERS.contains(w)) {
                    break;
                }
            }
            return last;
        }
        return i;
    }

    /**
     * Whether [start, end) is only the portfolio of a title before it: the "State" of "Secretary of State", the
     * "Foreign Affairs" of "Minister of Foreign Affairs". Such a span names no organisation.
     */
    static boolean isPortfolioOfTitle(String text, int start, int end) {
        Matcher before = TITLE_OF.matcher(text).region(Math.max(0, start - 40), start);
        // a formal, capitalised title: in "the commander of the Navy" the Navy is the body itself
        if (!before.find() || !TITLES.contains(before.group(1)) || !Character.isUpperCase(before.group(1).charAt(0))) {
            return false;
        }
        boolean portfolio = false;
        for (Words.Word w : Words.of(text.substring(start, end))) {
            if (PORTFOLIOS.contains(w.bare())) {
                portfolio = true;
            } else if (!PORTFOLIO_JOINERS.contains(w.text())) {
                return false;
            }
        }
        return portfolio;
    }

    /** "Mr. Peters" has a dot between title and name; otherwise only spaces. */
    private static boolean titleReaches(String text, Words.Word title, Words.Word next) {
        String gap = text.substring(title.end(), next.start());
        return gap.equals(" ") || (gap.equals(". ") && ABBREVIATED.contains(title.text()));
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
