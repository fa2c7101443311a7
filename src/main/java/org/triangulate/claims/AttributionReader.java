package org.triangulate.claims;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.triangulate.nlp.EntityType;
import org.triangulate.nlp.Mention;

/**
 * Reads who a sentence attributes its claim to: the subject of a reporting verb ("the Justice Department said",
 * "Dowden said"), the name after it ("said Dowden", "according to Reuters", "reported AFP"), or a plain noun
 * phrase when no named entity is there ("the embassy said"). Null when the sentence names no source.
 */
final class AttributionReader {

    /** A lower-cased word and where it sits in the sentence. */
    record Word(String lower, int start, int end) {
    }

    /** Reporting verbs that take their source after them as well as before ("said Dowden", "reported AFP"). */
    private static final Set<String> INVERTIBLE = Set.of("said", "says", "reported", "reports", "told", "wrote", "added", "noted");
    private static final Set<String> SOURCE_TYPES = Set.of(EntityType.PERSON.name(), EntityType.ORGANIZATION.name(),
            EntityType.LOCATION.name(), EntityType.THREAT_ACTOR.name());
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their", "our");
    /** Words that may sit between a source and its verb: "Dowden also said", "the embassy has said". */
    private static final Set<String> FILLERS = Set.of("also", "has", "have", "had", "later", "then", "further", "on",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "previously");

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
            if (!ClaimLexicon.REPORTING.contains(w.lower)) {
                continue;
            }
            String before = sourceBefore(text, w, i, words, sentenceStart, mentions);
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

    /** The named source ending just before the verb (past fillers), or "the embassy"-style noun phrase. */
    private static String sourceBefore(String text, Word verb, int index, List<Word> words, int sentenceStart,
                                       List<Mention> mentions) {
        int j = index - 1;
        while (j >= 0 && FILLERS.contains(words.get(j).lower)) {
            j--;
        }
        if (j < 0) {
            return null;
        }
        Word last = words.get(j);
        for (Mention m : mentions) {
            if (SOURCE_TYPES.contains(m.type().name()) && m.end() - sentenceStart == last.end
                    && m.start() - sentenceStart <= last.start) {
                return m.entity();
            }
        }
        // "the embassy said", "officials said", "the spokesperson said": a short noun phrase
        int k = j;
        while (k > 0 && j - k < 3 && !DETERMINERS.contains(words.get(k).lower) && Character.isLetter(text.charAt(words.get(k).start))
                && !text.substring(words.get(k - 1).end, words.get(k).start).contains(",")) {
            k--;
        }
        if (DETERMINERS.contains(words.get(k).lower) && k < j) {
            return text.substring(words.get(k).start, last.end).toLowerCase(Locale.ROOT).startsWith("the ")
                    ? text.substring(words.get(k).start, last.end) : null;
        }
        return null;
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
