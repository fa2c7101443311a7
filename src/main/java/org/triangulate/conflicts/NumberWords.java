package org.triangulate.conflicts;

import java.util.Locale;
import java.util.Map;

/** Reads figures written in digits ("10,000", "2.5 million") or words ("seven", "twenty-five", "two hundred"). */
final class NumberWords {

    static final String UNIT_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
            + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?:-(?:one|two|three|four|five|six|seven|eight|nine))?";
    static final String SCALE_WORD = "(?:hundred|thousand|million|billion|trillion)";
    static final String DIGITS = "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:\\s*(?:hundred|thousand|million|billion|trillion|mn|bn)\\b)?";
    static final String WORDS = "(?:(?:a|" + UNIT_WORD + ")(?:\\s+" + SCALE_WORD + ")+|" + UNIT_WORD + "|a\\s+dozen|half\\s+a\\s+(?:million|billion))";
    /** A figure in digits or words. */
    static final String FIGURE = "(?:" + DIGITS + "|" + WORDS + ")";

    private static final Map<String, Long> UNITS = Map.ofEntries(
            Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L),
            Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L),
            Map.entry("eleven", 11L), Map.entry("twelve", 12L), Map.entry("thirteen", 13L), Map.entry("fourteen", 14L),
            Map.entry("fifteen", 15L), Map.entry("sixteen", 16L), Map.entry("seventeen", 17L), Map.entry("eighteen", 18L),
            Map.entry("nineteen", 19L), Map.entry("twenty", 20L), Map.entry("thirty", 30L), Map.entry("forty", 40L),
            Map.entry("fifty", 50L), Map.entry("sixty", 60L), Map.entry("seventy", 70L), Map.entry("eighty", 80L),
            Map.entry("ninety", 90L), Map.entry("a", 1L), Map.entry("an", 1L), Map.entry("dozen", 12L));
    private static final Map<String, Double> SCALES = Map.of("hundred", 1e2, "thousand", 1e3, "million", 1e6, "mn", 1e6,
            "billion", 1e9, "bn", 1e9, "trillion", 1e12);

    private NumberWords() {
    }

    /** The value of a figure matched by {@link #FIGURE}, or NaN. */
    static double value(String figure) {
        String f = figure.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
        if (f.equals("a dozen")) {
            return 12;
        }
        if (f.startsWith("half a ")) {
            return 0.5 * SCALES.getOrDefault(f.substring(7), Double.NaN);
        }
        if (Character.isDigit(f.charAt(0))) {
            String[] parts = f.split("\\s*(?=[a-z])", 2);
            double n = Double.parseDouble(parts[0].replace(",", ""));
            return parts.length == 2 ? n * SCALES.getOrDefault(parts[1].strip(), Double.NaN) : n;
        }
        double total = 0;
        double current = 0;
        for (String w : f.split(" ")) {
            Double scale = SCALES.get(w);
            if (scale != null) {
                current = Math.max(current, 1) * scale;
                if (scale >= 1000) {
                    total += current;
                    current = 0;
                }
                continue;
            }
            double v = 0;
            for (String part : w.split("-")) {
                Long u = UNITS.get(part);
                if (u == null) {
                    return Double.NaN;
                }
                v += u;
            }
            current += v;
        }
        return total + current;
    }
}
