package org.triangulate.nlp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each of a set of names is written in a text, found in one pass over the text's words instead of one scan of
 * the whole text per name (which grew with the square of an article's length, as the names grow with it).
 */
final class NameOccurrences {

    private NameOccurrences() {
    }

    /**
     * For every name, the offsets where it is written starting at the beginning of a word (the character before is
     * no letter or digit) and where the word's run of letters and digits is the name's first run ("Ing" of
     * "Ing-wen"): every occurrence that a word-bounded search finds. Callers check what must follow the name.
     *
     * @param names names that start with a letter or digit
     */
    static Map<String, List<Integer>> of(String text, Collection<String> names) {
        Map<String, List<String>> byFirstRun = new HashMap<>();
        for (String name : names) {
            byFirstRun.computeIfAbsent(name.substring(0, runEnd(name, 0)), k -> new ArrayList<>()).add(name);
        }
        Map<String, List<Integer>> out = new HashMap<>();
        for (String name : names) {
            out.put(name, new ArrayList<>());
        }
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int end = runEnd(text, i);
            List<String> candidates = byFirstRun.get(text.substring(i, end));
            if (candidates != null) {
                for (String name : candidates) {
                    if (text.startsWith(name, i)) {
                        out.get(name).add(i);
                    }
                }
            }
            i = end;
        }
        return out;
    }

    private static int runEnd(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
