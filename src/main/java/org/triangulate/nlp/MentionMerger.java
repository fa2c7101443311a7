package org.triangulate.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merges candidates from all layers into non-overlapping spans. Priority (first wins a conflict):
 * <ol>
 *   <li>names in a statement of aliases ("Midnight Blizzard, also known as APT29"), then the other threat-actor rules
 *       (CoreNLP calls Sandworm a place and misses APT31 entirely);</li>
 *   <li>gazetteer hits, except a place inside a longer person or organisation name ("Monaco" in "Lisa Monaco",
 *       "England" in "Bank of England", "Japan" in "Japan Airlines"; the organisation rule already leaves a leading
 *       country out when the rest is a name of its own, as in "US Justice Department");</li>
 *   <li>the place of a wire dateline the gazetteer does not know ("TEL AVIV —");</li>
 *   <li>date rules;</li>
 *   <li>CoreNLP names;</li>
 *   <li>titled persons, then organisation head-noun phrases; these may replace a shorter CoreNLP span of the same
 *       type that they contain ("Counsel Office" becomes "Parliamentary Counsel Office");</li>
 *   <li>quantities.</li>
 * </ol>
 * Within one source the longer span wins.
 */
final class MentionMerger {

    private static final Set<Candidate.Source> NAME_RULES = Set.of(Candidate.Source.TITLED_PERSON, Candidate.Source.ORGANIZATION_HEAD);

    private MentionMerger() {
    }

    static List<Candidate> merge(String text, List<Candidate> candidates) {
        List<Candidate> all = withoutCurrencyCountries(text, splitPossessiveOwners(text, candidates)).stream()
                // "Secretary of State Antony Blinken": "State" is part of the title, not an organisation
                .filter(c -> c.type() != EntityType.ORGANIZATION || !PersonTitleRule.isPortfolioOfTitle(text, c.start(), c.end()))
                .toList();
        NameSpans containers = new NameSpans(all.stream()
                .filter(c -> (c.type() == EntityType.PERSON && c.source() != Candidate.Source.GAZETTEER)
                        || (c.type() == EntityType.ORGANIZATION && (c.source() == Candidate.Source.ORGANIZATION_HEAD || c.source() == Candidate.Source.STATISTICAL)))
                .toList());
        List<Candidate> sorted = all.stream()
                .filter(c -> !(c.source() == Candidate.Source.GAZETTEER && c.type() == EntityType.LOCATION && insideName(c, containers)))
                .sorted(Comparator.comparing(Candidate::source).thenComparing(Candidate::length, Comparator.reverseOrder())
                        .thenComparing(Candidate::start))
                .toList();
        DisjointCandidates accepted = new DisjointCandidates(List.of());
        for (Candidate c : sorted) {
            List<Candidate> clashes = accepted.overlapping(c);
            if (clashes.isEmpty()) {
                accepted.add(c);
            } else if (NAME_RULES.contains(c.source()) && clashes.stream().allMatch(a -> replaceable(a, c))) {
                clashes.forEach(accepted::remove);
                accepted.add(c);
            }
        }
        return accepted.inTextOrder();
    }

    /** "US$5 million" is an amount: the "US" of its currency is no mention of the country. */
    private static List<Candidate> withoutCurrencyCountries(String text, List<Candidate> all) {
        TreeMap<Integer, Integer> currencyLetters = new TreeMap<>();
        for (Candidate c : all) {
            if (c.source() == Candidate.Source.QUANTITY_RULE && Character.isLetter(text.charAt(c.start()))) {
                int dollar = text.indexOf('$', c.start());
                if (dollar > c.start() && dollar < c.end()) {
                    currencyLetters.put(c.start(), dollar);
                }
            }
        }
        if (currencyLetters.isEmpty()) {
            return all;
        }
        return all.stream().filter(c -> {
            Map.Entry<Integer, Integer> letters = currencyLetters.floorEntry(c.start());
            return c.type() == EntityType.QUANTITY || letters == null || c.end() > letters.getValue();
        }).toList();
    }

    /**
     * "Prime Minister Narendra Modi's Bharatiya Janata Party", "Keir Starmer's Labour Party": an organisation span
     * that runs on from a person's possessive is the person and then the organisation. The person is one a title
     * introduced or CoreNLP found, so "St Mary's Hospital" stays whole; the organisation keeps what follows the "'s"
     * when that still names a body ("McDonald's Corporation" stays whole too).
     */
    static List<Candidate> splitPossessiveOwners(String text, List<Candidate> all) {
        TreeMap<Integer, Candidate> personsByEnd = new TreeMap<>();
        for (Candidate c : all) {
            if (c.type() == EntityType.PERSON && (c.source() == Candidate.Source.STATISTICAL || c.source() == Candidate.Source.TITLED_PERSON)
                    && (text.startsWith("'s ", c.end()) || text.startsWith("’s ", c.end()))) {
                personsByEnd.merge(c.end(), c, (a, b) -> a.start() <= b.start() ? a : b);
            }
        }
        if (personsByEnd.isEmpty()) {
            return all;
        }
        List<Candidate> out = new ArrayList<>(all.size());
        for (Candidate c : all) {
            out.add(c.type() == EntityType.ORGANIZATION && (c.source() == Candidate.Source.ORGANIZATION_HEAD || c.source() == Candidate.Source.STATISTICAL)
                    ? afterOwner(text, c, personsByEnd) : c);
        }
        return out;
    }

    private static Candidate afterOwner(String text, Candidate organisation, TreeMap<Integer, Candidate> personsByEnd) {
        // the owner nearest the head noun: "X's Y's Party" belongs to Y
        for (Candidate owner : personsByEnd.subMap(organisation.start(), true, organisation.end(), false).descendingMap().values()) {
            if (owner.start() < organisation.start()) {
                continue;
            }
            int start = owner.end() + 2;
            while (start < organisation.end() && text.charAt(start) == ' ') {
                start++;
            }
            String rest = text.substring(start, organisation.end());
            if (rest.contains(" ") || OrganisationHeadRule.namesAnInstitutionAlone(rest)) {
                return new Candidate(start, organisation.end(), EntityType.ORGANIZATION,
                        organisation.entity() == null ? null : rest, organisation.source(), organisation.entry());
            }
            return organisation;
        }
        return organisation;
    }

    /**
     * Surname propagation: once a full name is found, later capitalised occurrences of its surname are that person
     * too, even where CoreNLP missed them ("Cleverly said ...").
     */
    static List<Candidate> propagateSurnames(String text, List<Candidate> merged) {
        // each surname from the end of the first full name that has it: a later full name finds nothing new
        Map<String, Integer> surnamesFrom = new LinkedHashMap<>();
        for (Candidate person : merged) {
            if (person.type() != EntityType.PERSON) {
                continue;
            }
            String name = text.substring(person.start(), person.end());
            int space = name.lastIndexOf(' ');
            String surname = space < 0 ? "" : name.substring(space + 1);
            if (surname.length() < 3 || !Character.isUpperCase(surname.charAt(0))) {
                continue;
            }
            surnamesFrom.putIfAbsent(surname, person.end());
        }
        DisjointCandidates out = new DisjointCandidates(merged);
        Map<String, List<Integer>> occurrences = NameOccurrences.of(text, surnamesFrom.keySet());
        for (Map.Entry<String, Integer> s : surnamesFrom.entrySet()) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(s.getKey()) + "\\b(?![-\\p{L}])").matcher(text).useTransparentBounds(true);
            for (int at : occurrences.get(s.getKey())) {
                if (at < s.getValue() || !m.region(at, text.length()).lookingAt()) {
                    continue;
                }
                Candidate c = new Candidate(m.start(), m.end(), EntityType.PERSON, null, Candidate.Source.TITLED_PERSON);
                if (!out.overlapsAny(c)) {
                    out.add(c);
                }
            }
        }
        return out.inTextOrder();
    }

    /**
     * Name consistency within an article: a name found once (by CoreNLP or a rule) is the same name wherever else the
     * article writes it, and there it wins over shorter spans inside it ("Japan Airlines" in a headline where only
     * "Japan" was found). Single words are copied only where they are not the first word of a sentence.
     */
    static List<Candidate> propagateNames(String text, List<Candidate> merged) {
        List<Spelling> names = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (Candidate name : merged) {
            if (name.type() == EntityType.DATE || name.type() == EntityType.QUANTITY || name.source() == Candidate.Source.GAZETTEER) {
                continue;
            }
            String surface = text.substring(name.start(), name.end());
            if (surface.length() >= 3 && Character.isUpperCase(surface.charAt(0)) && done.add(surface)) {
                names.add(new Spelling(surface, name));
            }
            // a dateline's place ("TEL AVIV —") is the same place where the story writes it in title case
            if (name.source() == Candidate.Source.DATELINE && !name.entity().equals(surface) && done.add(name.entity())) {
                names.add(new Spelling(name.entity(), name));
            }
        }
        Map<String, List<Integer>> occurrences = NameOccurrences.of(text, done);
        DisjointCandidates out = new DisjointCandidates(merged);
        for (Spelling spelling : names) {
            String surface = spelling.surface();
            Candidate name = spelling.name();
            boolean multiWord = surface.contains(" ");
            for (int at : occurrences.get(surface)) {
                int end = at + surface.length();
                boolean wordBounded = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
                if (!wordBounded || (!multiWord && Sentences.start(text, at) == firstWordStart(text, Sentences.start(text, at), at))) {
                    continue;
                }
                Candidate copy = new Candidate(at, end, name.type(), name.entity(), name.source(), name.entry());
                List<Candidate> clashes = out.overlapping(copy);
                if (clashes.isEmpty() || (multiWord && clashes.stream().allMatch(c -> copy.contains(c) && c.length() < copy.length()))) {
                    clashes.forEach(out::remove);
                    out.add(copy);
                }
            }
        }
        return out.inTextOrder();
    }

    /** One way a found name is written, to look for elsewhere in the article. */
    private record Spelling(String surface, Candidate name) {
    }

    /** Where the first word of the sentence starting at {@code sentenceStart} begins, if it begins at or before {@code at}. */
    private static int firstWordStart(String text, int sentenceStart, int at) {
        int i = sentenceStart;
        while (i < at && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i == at ? sentenceStart : -1;
    }

    /**
     * A name rule's longer span replaces a CoreNLP span it contains, and an organisation phrase
     * replaces a listed body it contains ("NHS Foundation Trust" over "NHS").
     */
    private static boolean replaceable(Candidate accepted, Candidate longer) {
        // any CoreNLP span inside ("China" in "Inter-Parliamentary Alliance on China"), but only listed bodies of the same type
        boolean sourceOk = accepted.source() == Candidate.Source.STATISTICAL
                || (accepted.source() == Candidate.Source.GAZETTEER && longer.source() == Candidate.Source.ORGANIZATION_HEAD
                && accepted.type() == longer.type());
        return sourceOk && longer.contains(accepted) && longer.length() > accepted.length();
    }

    /** A place strictly inside a longer name that does not start with it ("US" stays its own mention in "US Justice Department"). */
    private static boolean insideName(Candidate place, NameSpans names) {
        for (Candidate n : names.startingBetween(place.end() - names.longest, place.start())) {
            if (n.contains(place) && n.length() > place.length()
                    && (n.type() == EntityType.PERSON || n.start() < place.start() || n.source() == Candidate.Source.ORGANIZATION_HEAD)) {
                return true;
            }
        }
        return false;
    }

    /** Person and organisation spans (they may overlap) by start, so a place asks only about the names near it. */
    private static final class NameSpans {
        private final TreeMap<Integer, List<Candidate>> byStart = new TreeMap<>();
        private final int longest;

        NameSpans(List<Candidate> names) {
            int max = 0;
            for (Candidate n : names) {
                byStart.computeIfAbsent(n.start(), k -> new ArrayList<>()).add(n);
                max = Math.max(max, n.length());
            }
            longest = max;
        }

        List<Candidate> startingBetween(int from, int to) {
            List<Candidate> out = new ArrayList<>();
            if (from <= to) {
                byStart.subMap(from, true, to, true).values().forEach(out::addAll);
            }
            return out;
        }
    }
}
