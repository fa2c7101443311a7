package org.triangulate.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Organisations named by a capitalised phrase that ends in an institutional head noun ("Parliamentary Counsel Office",
 * "Electoral Commission", "Ministry of Foreign Affairs", "St Mary's Hospital"), so bodies nobody listed are found.
 * A leading country ("US Justice Department") is left to the gazetteer, following the gold conventions.
 */
final class OrganisationHeadRule {

    static final Set<String> HEADS = Set.of(
            "Office", "Commission", "Ministry", "Department", "Agency", "Bureau", "Council", "Committee", "Authority",
            "Service", "Services", "Court", "Tribunal", "Parliament", "Assembly", "Senate", "Congress", "Police", "Army",
            "Navy", "Guard", "Corps", "Force", "Forces", "Command", "Brigade", "Institute", "University", "College",
            "Academy", "Hospital", "Clinic", "Healthcare", "Bank", "Fund", "Foundation", "Association", "Federation", "Union",
            "Alliance", "Coalition", "Organisation", "Organization", "Society", "Board", "Trust", "Cabinet", "Secretariat",
            "Embassy", "Consulate", "Company", "Corporation", "Corp", "Inc", "Ltd", "LLC", "PLC", "Group", "Holdings",
            "Technologies", "Systems", "Networks", "Airlines", "Airways", "Motors", "Directorate", "Administration", "Inspectorate",
            "Observatory", "Survey", "Laboratory", "Centre", "Center", "Exchange", "Party", "Journal", "Gazette",
            "Herald", "Tribune", "Telegraph", "Network");
    /** Heads that name an institution on their own ("the Senate"). */
    private static final Set<String> SINGLE = Set.of("Senate", "Parliament", "Congress", "Cabinet", "Knesset", "Duma", "Bundestag", "Politburo");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the", "on", "&", "de", "du", "des");
    private static final Set<String> LEADING_NOISE = Set.of(
            "the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "in", "on", "at", "but", "and", "according",
            "while", "when", "after", "before", "if", "as", "for", "with", "from", "by", "to", "meanwhile", "separately",
            "however", "both", "some", "many", "several", "recently");

    List<Candidate> find(String text, List<Words.Word> words, List<GazetteerMatcher.Hit> gazetteerHits) {
        List<Candidate> out = new ArrayList<>();
        HitIndex hits = new HitIndex(gazetteerHits);
        // whether a line is a title-case headline is worked out once per line, from the words already at hand:
        // asking it per word, by copying and re-tokenising the line, made a long single-line text quadratic
        int lineEnd = -1;
        boolean titleCaseLine = false;
        int i = 0;
        while (i < words.size()) {
            if (words.get(i).start() >= lineEnd) {
                int lineStart = text.lastIndexOf('\n', words.get(i).start()) + 1;
                int next = text.indexOf('\n', words.get(i).start());
                lineEnd = next < 0 ? text.length() : next;
                titleCaseLine = isTitleCaseLine(text, lineStart, lineEnd, words, i);
            }
            if (titleCaseLine) {
                i++; // "Jet Collides With Coast Guard Plane": every word of a headline is capitalised
                continue;
            }
            if (!words.get(i).capitalised()) {
                i++;
                continue;
            }
            // a run of capitalised words, joined by spaces and lower-case connectors
            int j = i;
            int lastCap = i;
            while (j + 1 < words.size() && Words.adjacent(text, words.get(j), words.get(j + 1))
                    && (words.get(j + 1).capitalised() || CONNECTORS.contains(words.get(j + 1).text()))) {
                j++;
                if (words.get(j).capitalised()) {
                    lastCap = j;
                }
            }
            // "the NCSC and the Metropolitan Police" are two bodies; "Cybersecurity and Infrastructure Security Agency" is one
            int from = i;
            for (int k = i + 1; k < lastCap; k++) {
                // "the Ministry of Foreign Affairs and the Department of State": "and the" starts another body
                if (words.get(k).text().equals("and") && (endsName(words.get(k - 1), hits) || words.get(k + 1).text().equals("the"))) {
                    organisationIn(text, words, from, k - 1, hits, out);
                    from = k + 1;
                }
            }
            organisationIn(text, words, from, lastCap, hits, out);
            i = j + 1;
        }
        return out;
    }

    /** "Senate", "Cabinet": a head noun that names an institution on its own. */
    static boolean namesAnInstitutionAlone(String word) {
        return SINGLE.contains(word);
    }

    /**
     * A headline in title case: five or more words, nearly all capitalised, no full stop. The line is
     * [{@code lineStart}, {@code lineEnd}) and its words start at {@code first} in the text's {@code words}.
     */
    static boolean isTitleCaseLine(String text, int lineStart, int lineEnd, List<Words.Word> words, int first) {
        int last = lineEnd - 1;
        while (last >= lineStart && text.charAt(last) <= ' ') { // as String.trim
            last--;
        }
        if (last >= lineStart && text.charAt(last) == '.') {
            return false;
        }
        for (int i = lineStart; i < last; i++) {
            if (text.charAt(i) == '.' && text.charAt(i + 1) == ' ') {
                return false;
            }
        }
        int count = 0;
        int caps = 0;
        for (int k = first; k < words.size() && words.get(k).start() < lineEnd; k++) {
            count++;
            char c = words.get(k).text().charAt(0);
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                caps++;
            }
        }
        return count >= 5 && caps * 10 >= count * 8;
    }

    /** The gazetteer hits by where they start and end, so a rule asks about a word without scanning every hit. */
    private static final class HitIndex {
        private final Set<Integer> ends = new HashSet<>();
        private final Map<Integer, GazetteerMatcher.Hit> countriesByStart = new HashMap<>();

        HitIndex(List<GazetteerMatcher.Hit> hits) {
            for (GazetteerMatcher.Hit h : hits) {
                ends.add(h.end());
                if ("country".equals(h.entry().attributes().get("kind"))) {
                    countriesByStart.putIfAbsent(h.start(), h);
                }
            }
        }

        boolean endsAt(int end) {
            return ends.contains(end);
        }

        GazetteerMatcher.Hit countryAt(int start) {
            return countriesByStart.get(start);
        }
    }

    private static boolean endsName(Words.Word w, HitIndex hits) {
        String t = w.text();
        boolean acronym = t.length() > 1 && t.equals(t.toUpperCase(Locale.ROOT));
        return acronym || HEADS.contains(t) || hits.endsAt(w.end());
    }

    private static void organisationIn(String text, List<Words.Word> words, int from, int to, HitIndex hits, List<Candidate> out) {
        int start = from;
        // a title, with its portfolio ("Secretary of Health and Human Services"), starts no name
        while (start <= to) {
            String w = words.get(start).text();
            if (PersonTitleRule.TITLES.contains(w)) {
                start = PersonTitleRule.portfolioEnd(text, words, start) + 1;
            } else if (LEADING_NOISE.contains(w.toLowerCase(Locale.ROOT)) || CONNECTORS.contains(w)) {
                start++;
            } else {
                break;
            }
        }
        // "China's Ministry of ...", "Britain's Electoral Commission": the owner is its own mention
        for (int k = start; k < to; k++) {
            Words.Word w = words.get(k);
            if (w.possessive() && hits.endsAt(w.end() - 2)) {
                start = k + 1;
            }
        }
        int head = -1;
        for (int k = start; k <= to; k++) {
            if (HEADS.contains(words.get(k).bare())) {
                head = k;
                if (k + 1 <= to && Set.of("of", "for", "on").contains(words.get(k + 1).text())) {
                    head = to; // "Ministry of State Security": the phrase runs on
                    break;
                }
            }
        }
        if (head < 0) {
            return;
        }
        // only a country is split off ("US Justice Department"); a city stays in the name ("London Fire Brigade")
        int locationEnd = start;
        for (GazetteerMatcher.Hit h = hits.countryAt(words.get(start).start()); h != null && locationEnd <= head; ) {
            while (locationEnd <= head && words.get(locationEnd).start() < h.end()) {
                locationEnd++;
            }
            h = locationEnd <= head ? hits.countryAt(words.get(locationEnd).start()) : null;
        }
        // "US Justice Department" -> "Justice Department"; but "Japan Airlines" and "Pakistan Army" keep their place name
        if (locationEnd < head || (locationEnd == head && SINGLE.contains(words.get(head).bare()))) {
            start = locationEnd;
        }
        if (start > head || (start == head && !SINGLE.contains(words.get(head).bare()))) {
            return;
        }
        Words.Word last = words.get(head);
        int end = last.possessive() ? last.end() - 2 : last.end();
        String name = text.substring(words.get(start).start(), end);
        out.add(new Candidate(words.get(start).start(), end, EntityType.ORGANIZATION, name, Candidate.Source.ORGANIZATION_HEAD));
    }
}
