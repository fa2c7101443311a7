package org.triangulate.corpus;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A rough guess at an article's language from how often each language's commonest small words occur. Good enough
 * to label news text in the seven languages it knows; answers null rather than guess on short or unclear text.
 */
final class LanguageGuesser {

    private static final Map<String, Set<String>> STOP_WORDS = new LinkedHashMap<>();

    static {
        STOP_WORDS.put("en", Set.of("the", "and", "of", "to", "is", "that", "for", "with", "was", "on", "it",
                "are", "by", "this", "be", "from", "have", "has", "said", "which", "were", "would"));
        STOP_WORDS.put("fr", Set.of("le", "les", "des", "et", "est", "une", "dans", "qui", "pour", "pas", "sur",
                "au", "du", "avec", "il", "ce", "sont", "aux", "été", "mais"));
        STOP_WORDS.put("de", Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "den", "dem",
                "von", "zu", "auf", "sich", "auch", "für", "im", "wurde", "wird"));
        STOP_WORDS.put("es", Set.of("el", "los", "las", "del", "y", "es", "por", "una", "con", "para", "su", "al",
                "como", "más", "lo", "fue", "según", "pero", "sus", "entre"));
        STOP_WORDS.put("it", Set.of("il", "di", "che", "per", "non", "sono", "della", "gli", "si", "nel", "alla",
                "è", "anche", "dei", "delle", "stato", "ha", "tra", "questo", "più"));
        STOP_WORDS.put("nl", Set.of("het", "een", "en", "van", "dat", "niet", "op", "te", "zijn", "met", "voor",
                "ook", "er", "aan", "naar", "wordt", "werd", "bij", "heeft", "maar"));
        STOP_WORDS.put("pt", Set.of("os", "do", "da", "dos", "das", "não", "uma", "em", "com", "ao", "mais",
                "foi", "pelo", "pela", "seu", "sua", "são", "também", "nas", "um", "mas", "há", "às", "já"));
    }

    private static final String[] LANGUAGES = STOP_WORDS.keySet().toArray(String[]::new);

    /** Which languages (indexes into LANGUAGES) each small word belongs to: one lookup per word of the text. */
    private static final Map<String, int[]> LANGUAGES_OF = new java.util.HashMap<>();

    static {
        for (int l = 0; l < LANGUAGES.length; l++) {
            int lang = l;
            STOP_WORDS.get(LANGUAGES[l]).forEach(w -> LANGUAGES_OF.merge(w, new int[]{lang}, (a, b) -> {
                int[] both = java.util.Arrays.copyOf(a, a.length + 1);
                both[a.length] = lang;
                return both;
            }));
        }
    }

    /** Below this many stop-word hits the text is too short to say. */
    private static final int MIN_HITS = 5;
    private static final int SAMPLE_CHARS = 20_000;
    /** Longer than any of the small words above: longer words need no lookup. */
    private static final int MAX_STOP_WORD_LENGTH = 8;

    private LanguageGuesser() {
    }

    /** An ISO 639-1 code, or null when the text is too short or too mixed to tell. */
    static String guess(String text) {
        int[] hits = new int[LANGUAGES.length];
        int n = Math.min(text.length(), SAMPLE_CHARS);
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            boolean upper = false;
            while (i < n && Character.isLetter(text.charAt(i))) {
                upper |= Character.isUpperCase(text.charAt(i));
                i++;
            }
            if (i > start && i - start <= MAX_STOP_WORD_LENGTH) {
                String word = text.substring(start, i);
                int[] languages = LANGUAGES_OF.get(upper ? word.toLowerCase(Locale.ROOT) : word);
                if (languages != null) {
                    for (int lang : languages) {
                        hits[lang]++;
                    }
                }
            }
        }
        int best = -1;
        int bestHits = 0;
        int secondHits = 0;
        for (int l = 0; l < hits.length; l++) { // a tie for first answers null below, whichever comes first
            if (hits[l] > bestHits) {
                secondHits = bestHits;
                bestHits = hits[l];
                best = l;
            } else if (hits[l] > secondHits) {
                secondHits = hits[l];
            }
        }
        // a clear winner only: shared words ("en", "com", "die") must not decide
        return bestHits >= MIN_HITS && bestHits >= 2 * secondHits ? LANGUAGES[best] : null;
    }
}
