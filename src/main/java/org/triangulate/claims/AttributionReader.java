package org.triangulate.claims;

import java.util.List;
import java.util.Set;
import org.triangulate.nlp.EntityType;
import org.triangulate.nlp.Mention;

/**
 * Reads who a sentence attributes its claim to: the subject of a reporting verb ("the Justice Department said",
 * "New Zealand, normally a close partner, blamed…"), the agent of a passive one ("denied by China"), the name after
 * it ("said Dowden", "according to Reuters"), or a plain noun phrase when no named entity is there ("the embassy
 * said", "officials said"). Null when the sentence names no source: the outlet itself says it.
 */
final class AttributionReader {

    /** A word and where it sits in the sentence. */
    record Word(String text, String lower, int start, int end) {
        boolean isLowerCase() {
            return Character.isLowerCase(text.charAt(0));
        }
    }

    /** Reporting verbs that take their source after them as well as before ("said Dowden", "reported AFP"). */
    private static final Set<String> INVERTIBLE = Set.of("said", "says", "reported", "reports", "told", "wrote", "added", "noted");
    private static final Set<String> SOURCE_TYPES = Set.of(EntityType.PERSON.name(), EntityType.ORGANIZATION.name(),
            EntityType.LOCATION.name(), EntityType.THREAT_ACTOR.name());
    /** After these a reporting word is a noun ("the claims", "false allegations"), not a verb. */
    private static final Set<String> NOUN_MARKERS = Set.of("the", "a", "an", "these", "those", "such", "its", "his",
            "her", "their", "our", "false", "new", "similar", "of");
    /** Words that may sit between a source and its verb: "Dowden also said", "the embassy has said". */
    private static final Set<String> FILLERS = Set.of("also", "has", "have", "had", "later", "then", "further", "on",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today");
    /** Sources news writers name without a determiner. */
    private static final Set<String> BARE_SOURCES = Set.of("officials", "authorities", "police", "prosecutors",
            "investigators", "witnesses", "residents", "analysts", "experts", "sources", "officers", "diplomats");
    private static final int APPOSITIVE_WORDS = 14;
    private static final Set<String> DETERMINERS = Set.of("the");
    /**
     * Prepositions that place a body somewhere: "the embassy in London", "officials at the ministry". Not "from":
     * "accusations from Washington" are Washington's.
     */
    private static final Set<String> LOCATIVE = Set.of("in", "at");
    /** What joins the last two names of a coordinated subject ("Uganda and Tanzania"), and the ones before ("Kenya, "). */
    private static final java.util.regex.Pattern LAST_JOIN = java.util.regex.Pattern.compile("\\s*,?\\s*(?:and|or|&)\\s+");
    private static final java.util.regex.Pattern LIST_JOIN = java.util.regex.Pattern.compile("\\s*,\\s*");

    private AttributionReader() {
    }

    static String attribution(String text, int sentenceStart, List<Word> words, List<Mention> mentions) {
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.lower.equals("according") && i + 1 < words.size() && words.get(i + 1).lower.equals("to")) {
                String after = sourceAfter(words.get(i + 1).end, sentenceStart, mentions);
                if (after != null) {
                    return after;
                }
                continue;
            }
            if (!isReportingVerb(w, i, words, sentenceStart, mentions)) {
                continue;
            }
            String next = i + 1 < words.size() ? words.get(i + 1).lower : "";
            if (next.equals("by")) { // passive: "allegations that were denied by China"
                String agent = sourceAfter(words.get(i + 1).end, sentenceStart, mentions);
                if (agent != null) {
                    return agent;
                }
                continue;
            }
            if (next.equals("to") || next.equals("as")) {
                continue; // "attributed to", "described as": not a source speaking
            }
            String before = sourceBefore(text, i, words, sentenceStart, mentions);
            if (before != null) {
                return before;
            }
            if (INVERTIBLE.contains(w.lower)) {
                String after = sourceAfter(w.end, sentenceStart, mentions);
                if (after != null) {
                    return after;
                }
            }
        }
        return null;
    }

    private static boolean isReportingVerb(Word w, int i, List<Word> words, int sentenceStart, List<Mention> mentions) {
        if (!ClaimLexicon.REPORTING.contains(w.lower) || !w.isLowerCase()) {
            return false;
        }
        if (i > 0 && NOUN_MARKERS.contains(words.get(i - 1).lower)) {
            return false;
        }
        for (Mention m : mentions) {
            if (m.start() - sentenceStart <= w.start && m.end() - sentenceStart >= w.end) {
                return false; // part of a name ("United States")
            }
        }
        return true;
    }

    /** The source ending just before the verb, past fillers, adverbs and an appositive between commas. */
    private static String sourceBefore(String text, int verb, List<Word> words, int sentenceStart, List<Mention> mentions) {
        int j = skipFillers(verb - 1, words);
        if (j < 0) {
            return null;
        }
        if (text.substring(words.get(j).end, words.get(verb).start).contains(",")) {
            // "New Zealand, normally one of its closest partners, blamed…": the subject is before the first comma
            int k = j;
            while (k > 0 && verb - k < APPOSITIVE_WORDS && !text.substring(words.get(k - 1).end, words.get(k).start).contains(",")) {
                k--;
            }
            if (k > 0 && verb - k < APPOSITIVE_WORDS) {
                j = skipFillers(k - 1, words);
                if (j < 0) {
                    return null;
                }
            }
        }
        Word last = words.get(j);
        for (Mention m : mentions) {
            int start = m.start() - sentenceStart;
            int end = m.end() - sentenceStart;
            if (SOURCE_TYPES.contains(m.type().name()) && end >= last.end && start <= last.start) {
                return namedSource(text, m, words, sentenceStart, mentions);
            }
        }
        return nounPhraseEndingAt(text, j, words);
    }

    /**
     * The source a name before a reporting verb stands for. A place after "in", "at" or "from" only says where the
     * real subject sits ("the Russian embassy in Berlin said", "consulates in Paris, Rome and Madrid rejected"), so
     * the noun phrase before it is the source, kept with its place. Names joined by commas and "and" are one
     * coordinated subject ("Kenya, Uganda and Tanzania have accused"): all of them speak.
     */
    private static String namedSource(String text, Mention last, List<Word> words, int sentenceStart, List<Mention> mentions) {
        List<Mention> chain = new java.util.ArrayList<>(List.of(last));
        for (boolean extended = true; extended; ) {
            extended = false;
            int firstStart = chain.get(0).start() - sentenceStart;
            for (Mention m : mentions) {
                int end = m.end() - sentenceStart;
                java.util.regex.Pattern join = chain.size() == 1 ? LAST_JOIN : LIST_JOIN;
                if (SOURCE_TYPES.contains(m.type().name()) && end <= firstStart && end >= 0
                        && join.matcher(text.substring(end, firstStart)).matches()) {
                    chain.add(0, m);
                    extended = true;
                    break;
                }
            }
        }
        int first = wordStartingAt(chain.get(0).start() - sentenceStart, words);
        int before = first - 1;
        if (before >= 0 && words.get(before).lower.equals("the")) {
            before--;
        }
        if (before >= 1 && LOCATIVE.contains(words.get(before).lower)) {
            int head = nounPhraseStart(text, before - 1, words, true);
            if (head >= 0) {
                return text.substring(words.get(head).start, last.end() - sentenceStart);
            }
        }
        if (chain.size() == 1) {
            return last.entity();
        }
        return String.join(", ", chain.stream().map(Mention::entity).distinct().toList());
    }

    private static int wordStartingAt(int offset, List<Word> words) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).end > offset) {
                return i;
            }
        }
        return words.size();
    }

    private static int skipFillers(int j, List<Word> words) {
        while (j >= 0 && (FILLERS.contains(words.get(j).lower) || words.get(j).lower.endsWith("ly") && words.get(j).isLowerCase())) {
            j--;
        }
        return j;
    }

    /**
     * "the embassy", "the Chinese foreign ministry spokesperson", "officials": up to four words after "the" ending in
     * a lower-case noun, or a bare source noun.
     */
    private static String nounPhraseEndingAt(String text, int j, List<Word> words) {
        int from = nounPhraseStart(text, j, words, false);
        return from < 0 ? null : text.substring(words.get(from).start, words.get(j).end);
    }

    /**
     * Where the noun phrase ending at word {@code j} starts (a word index), or -1 when there is none. A bare plural
     * opening the sentence counts only before a place ("Iranian consulates in Paris"): elsewhere it is as often the
     * subject of a quotation ("Relevant agencies have released…," the spokesperson said).
     */
    private static int nounPhraseStart(String text, int j, List<Word> words, boolean barePlural) {
        Word last = words.get(j);
        if (!last.isLowerCase()) {
            return -1;
        }
        if (BARE_SOURCES.contains(last.lower) && (j == 0 || !words.get(j - 1).lower.equals("the"))) {
            return j;
        }
        int k = j;
        while (k > 0 && j - k < 4 && !DETERMINERS.contains(words.get(k - 1).lower)
                && !text.substring(words.get(k - 1).end, words.get(k).start).contains(",")) {
            k--;
        }
        if (k > 0 && DETERMINERS.contains(words.get(k - 1).lower)) {
            return k - 1;
        }
        if (barePlural && k == 0 && j < 4 && last.lower.endsWith("s")) {
            return 0; // a bare plural opening the sentence: "Iranian consulates"
        }
        return -1;
    }

    private static String sourceAfter(int from, int sentenceStart, List<Mention> mentions) {
        Mention best = null;
        for (Mention m : mentions) {
            int start = m.start() - sentenceStart;
            if (SOURCE_TYPES.contains(m.type().name()) && start >= from && start - from <= 40
                    && (best == null || m.start() < best.start())) {
                best = m;
            }
        }
        return best == null ? null : best.entity();
    }
}
