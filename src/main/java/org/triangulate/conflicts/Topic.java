package org.triangulate.conflicts;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells whether two statements from different claim groups talk about the same thing: they share an informative
 * word stem, one that is not in a large share of all the statements (in a corpus about one event, "China" or
 * "earthquake" is in every sentence and says nothing).
 */
final class Topic {

    private static final Set<String> STOP = Set.of("that", "this", "with", "from", "have", "been", "were", "which", "their",
            "they", "them", "said", "says", "also", "than", "more", "over", "into", "about", "after", "would", "could",
            "other", "some", "such", "what", "when", "where", "while", "there", "these", "those", "according", "year",
            "years", "decade", "many", "least", "most", "including", "being", "will", "only");

    private final Map<Statement, Set<String>> stems = new HashMap<>();
    private final Set<String> common = new HashSet<>();

    Topic(List<Statement> all) {
        Map<String, Integer> df = new HashMap<>();
        for (Statement s : all) {
            Set<String> set = stemsOf(s.text());
            stems.put(s, set);
            set.forEach(w -> df.merge(w, 1, Integer::sum));
        }
        int limit = Math.max(3, all.size() / 4);
        df.forEach((w, n) -> {
            if (n > limit) {
                common.add(w);
            }
        });
    }

    /** How many informative stems the two statements share. */
    int shared(Statement a, Statement b) {
        Set<String> x = stems.computeIfAbsent(a, s -> stemsOf(s.text()));
        Set<String> y = stems.computeIfAbsent(b, s -> stemsOf(s.text()));
        int n = 0;
        for (String w : x) {
            if (y.contains(w) && !common.contains(w)) {
                n++;
            }
        }
        return n;
    }

    static Set<String> stemsOf(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= 4 && !STOP.contains(w)) {
                String s = w.replaceAll("(ings|ing|ers|er|ed|es|s|ly)$", "");
                out.add(s.length() > 6 ? s.substring(0, 6) : s);
            }
        }
        return out;
    }
}
