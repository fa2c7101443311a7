package org.triangulate.conflicts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the amounts a sentence states and what each one measures: counts ("more than 10,000 emails", "thousands of
 * emails", "at least 41 people were killed"), durations ("a 14-year campaign", "over a decade", "many years"),
 * money and shares. A figure without a counted thing ("in 2021", "the 41") is not an amount anyone can contradict.
 */
final class AmountReader {

    private static final String QUALIFIER = "more than|over|above|in excess of|upwards of|greater than|at least|no fewer than"
            + "|no less than|not less than|a minimum of|up to|as many as|at most|no more than|a maximum of|fewer than"
            + "|less than|under|below|about|around|approximately|roughly|some|an estimated|estimated|nearly|almost"
            + "|close to|circa|between|from";
    private static final String CURRENCY = "(?:US\\$|\\$|£|€|¥)";
    private static final Pattern COUNT = Pattern.compile("(?i)(?<![\\p{L}\\p{N}.,$£€¥-])(?:(" + QUALIFIER + ")\\s+)?(" + CURRENCY + "\\s?)?("
            + NumberWords.FIGURE + ")(?:\\s*(-|–|to|and)\\s*" + CURRENCY + "?\\s?(" + NumberWords.FIGURE + "))?"
            + "(\\s?%|\\s(?:percent|per cent)\\b)?(\\s*\\+|\\s+plus\\b|\\s+or more\\b|\\s+or so\\b)?(?![\\p{L}\\p{N}]|,\\d)");
    private static final String TIME_UNIT = "(year|month|week|day|hour|decade|century)";
    private static final Pattern DURATION = Pattern.compile("(?i)(?<![\\p{L}\\p{N}.,-])(?:(" + QUALIFIER + ")\\s+)?(" + NumberWords.FIGURE
            + "|a|an)[-\\s]" + TIME_UNIT + "s?\\b(?!-old|\\s+old\\b|\\s+ago\\b|\\s+earlier\\b|\\s+later\\b|-long\\s+old)");
    /** "over the last decade": the activity covered the period, so it lasted at least that long. */
    private static final Pattern PERIOD = Pattern.compile("(?i)\\b(?:over|in|during|for|throughout|across)\\s+the\\s+(?:last|past|previous)\\s+(?:("
            + NumberWords.FIGURE + ")\\s+)?" + TIME_UNIT + "s?\\b");
    private static final Pattern RISE = Pattern.compile("(?i)\\b(?:rose|risen|rising|increased|climbed|jumped|grew|fell|dropped|revised)\\b\\W+(?:\\w+\\W+){0,2}$");
    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "men", "women", "children", "police", "personnel",
            "staff", "troops", "cattle", "sheep", "aircraft", "data", "livestock", "militia", "crew");
    private static final Set<String> STOPS = Set.of("is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
            "in", "on", "at", "from", "by", "for", "to", "with", "into", "over", "under", "about", "against", "across",
            "after", "before", "during", "since", "between", "through", "and", "or", "but", "nor", "that", "which", "who",
            "whom", "whose", "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "it", "they",
            "he", "she", "we", "said", "says", "as", "than", "while", "when", "where", "if", "ago", "old", "more", "of");
    private static final Set<String> LINKING = Set.of("remain", "remained", "remains", "still", "reported", "confirmed", "feared");
    private static final Set<String> TIME_UNITS = Set.of("year", "month", "week", "day", "hour", "minute", "decade", "century", "second");
    private static final Set<String> DEFINITE = Set.of("the", "these", "those", "both", "its", "their", "his", "her", "our", "all");
    private static final Set<String> CURRENCY_NOUNS = Set.of("dollar", "euro", "pound", "yuan", "rupee", "yen", "ruble", "rouble");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*|[,.;:!?()\\[\\]—–\"“”]|\\d[\\d,.]*");

    private final Map<String, double[]> vague = new HashMap<>();
    private final Map<String, String> vagueUnit = new HashMap<>();
    private final Pattern vaguePattern;
    private final Map<String, String> persons = new HashMap<>();
    private final Map<String, String> events = new HashMap<>();

    AmountReader() {
        List<String> phrases = new ArrayList<>();
        for (String[] row : Vocabulary.rows("vague-amounts.tsv")) {
            vague.put(row[0], new double[]{parse(row[2]), parse(row[3]), parse(row[4]), parse(row[5])});
            vagueUnit.put(row[0], row[1]);
            phrases.add(row[0].replace(" ", "\\s+"));
        }
        phrases.sort((a, b) -> b.length() - a.length()); // longest first: "tens of thousands" before "thousands"
        vaguePattern = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(" + String.join("|", phrases) + ")(?![\\p{L}])");
        for (String[] row : Vocabulary.rows("measures.tsv")) {
            (row[0].equals("person") ? persons : events).put(row[1], row[2]);
        }
    }

    private static double parse(String s) {
        return s.equals("inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(s);
    }

    List<StatedAmount> read(String text) {
        List<StatedAmount> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        readDurations(text, found, taken);
        readVague(text, found, taken);
        readCounts(text, found, taken);
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    // ---- durations ----

    private void readDurations(String text, List<StatedAmount> found, boolean[] taken) {
        for (Matcher m = PERIOD.matcher(text); m.find(); ) {
            double n = m.group(1) == null ? 1 : NumberWords.value(m.group(1));
            double years = n * yearsPer(m.group(2));
            if (!Double.isNaN(years)) {
                add(found, taken, m.start(), m.end(), text, Amount.atLeast(years), duration(null));
            }
        }
        for (Matcher m = DURATION.matcher(text); m.find(); ) {
            if (overlapsTaken(taken, m.start(), m.end())) {
                continue;
            }
            String figure = m.group(2);
            double n = figure.equalsIgnoreCase("a") || figure.equalsIgnoreCase("an") ? 1 : NumberWords.value(figure);
            if (Double.isNaN(n)) {
                continue;
            }
            double years = n * yearsPer(m.group(3));
            Amount amount = qualified(m.group(1), years, Double.NaN, "", text.substring(0, m.start()));
            String head = text.charAt(m.start(2) + figure.length()) == '-' ? headNoun(text, m.end()) : null;
            add(found, taken, m.start(), m.end(), text, amount, duration(head));
        }
    }

    private static double yearsPer(String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "year" -> 1;
            case "decade" -> 10;
            case "century" -> 100;
            case "month" -> 1 / 12.0;
            case "week" -> 7 / 365.25;
            case "day" -> 1 / 365.25;
            case "hour" -> 1 / 8766.0;
            default -> Double.NaN;
        };
    }

    private static Measure duration(String head) {
        return new Measure(Measure.Kind.DURATION, "years", null, head);
    }

    /** The noun after "a 14-year ...": the last word before a stop among the next three ("cyberespionage campaign"). */
    private static String headNoun(String text, int from) {
        List<String> words = words(text, from, 3);
        String head = null;
        for (String w : words) {
            if (STOPS.contains(w) || !Character.isLetter(w.charAt(0))) {
                break;
            }
            head = w;
        }
        return head == null ? null : singular(head);
    }

    // ---- vague amounts ----

    private void readVague(String text, List<StatedAmount> found, boolean[] taken) {
        for (Matcher m = vaguePattern.matcher(text); m.find(); ) {
            if (overlapsTaken(taken, m.start(), m.end())) {
                continue;
            }
            String phrase = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            double[] r = vague.get(phrase);
            Amount amount = Amount.vague(phrase, r[0], r[1], r[2], r[3]);
            if (vagueUnit.get(phrase).equals("years")) {
                // "years" alone is only a duration after "for"/"over"/"many"...: "for years", not "years of work"
                if (phrase.equals("years") || phrase.equals("months") || phrase.equals("weeks") || phrase.equals("decades")) {
                    String before = text.substring(Math.max(0, m.start() - 12), m.start()).toLowerCase(Locale.ROOT);
                    if (!before.matches("(?s).*\\b(for|over|in|after|within|across|spanning|lasting)\\s+[\"“”']?$")) {
                        continue;
                    }
                }
                add(found, taken, m.start(), m.end(), text, amount, duration(null));
                continue;
            }
            Measure measure = countMeasure(text, m.start(), m.end(), 2);
            if (measure != null) {
                add(found, taken, m.start(), m.end(), text, amount, measure);
            }
        }
    }

    // ---- figures ----

    private void readCounts(String text, List<StatedAmount> found, boolean[] taken) {
        for (Matcher m = COUNT.matcher(text); m.find(); ) {
            if (overlapsTaken(taken, m.start(), m.end())) {
                continue;
            }
            String qualifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            double n = NumberWords.value(m.group(3));
            String connector = m.group(4);
            double second = m.group(5) == null ? Double.NaN : NumberWords.value(m.group(5));
            if (connector != null && connector.equalsIgnoreCase("and") && !qualifier.equals("between")) {
                second = Double.NaN; // "two individuals and one company" is two counts, not a range
            }
            if (Double.isNaN(n) || isNotACount(text, m, qualifier, n)) {
                continue;
            }
            int end = Double.isNaN(second) ? m.start(3) + m.group(3).length() : m.end(5);
            if (m.group(6) != null || m.group(7) != null) {
                end = m.end();
            }
            Amount amount = qualified(qualifier, n, second, m.group(7) == null ? "" : m.group(7).strip().toLowerCase(Locale.ROOT),
                    text.substring(0, m.start()));
            Measure measure;
            if (m.group(6) != null) {
                measure = new Measure(Measure.Kind.SHARE, ofNoun(text, end), null, null);
            } else if (m.group(2) != null) {
                measure = new Measure(Measure.Kind.MONEY, m.group(2).strip(), null, null);
            } else {
                measure = countMeasure(text, m.start(), end, n == 1 && Double.isNaN(second) ? 1 : 2);
                if (measure == null) {
                    continue;
                }
            }
            add(found, taken, m.start(), end, text, amount, measure);
        }
    }

    /** Years, names and references back ("the two nations", "Unit 61398", "in 2021") are not counts. */
    private static boolean isNotACount(String text, Matcher m, String qualifier, double n) {
        String figure = m.group(3);
        int figureEnd = m.start(3) + figure.length();
        if (figureEnd + 1 < text.length() && text.charAt(figureEnd) == '-' && Character.isLetter(text.charAt(figureEnd + 1))) {
            return true; // "a 41-year-old man", "a 5-star hotel": part of a compound word
        }
        if (figure.matches("(19|20)\\d\\d") && qualifier.isEmpty()) {
            return true;
        }
        List<String> before = wordsBefore(text, m.start(), 1);
        if (qualifier.isEmpty() && !before.isEmpty() && DEFINITE.contains(before.get(0))) {
            return true; // "the two nations" points back at something already counted
        }
        String lower = figure.toLowerCase(Locale.ROOT);
        if (lower.equals("one")) {
            String after = text.substring(m.end(3)).toLowerCase(Locale.ROOT);
            if (after.matches("(?s)^\\s+(of|another|day|way|thing|side|time)\\b.*")
                    || !before.isEmpty() && Set.of("no", "any", "every", "each", "some", "which", "that").contains(before.get(0))) {
                return true;
            }
        }
        if (!before.isEmpty() && Set.of("unit", "no", "number", "flight", "route", "article", "section", "group", "bureau",
                "chapter", "page", "room", "highway").contains(before.get(0))) {
            return true;
        }
        return false;
    }

    private static Amount qualified(String qualifier, double n, double second, String suffix, String before) {
        String q = qualifier == null ? "" : qualifier.toLowerCase(Locale.ROOT);
        if (!Double.isNaN(second)) {
            if (q.equals("from") && RISE.matcher(before).find()) {
                return Amount.exact(second); // "rose from 41 to 50": the latest figure is 50
            }
            return Amount.between(n, second);
        }
        if (suffix.equals("+") || suffix.equals("plus") || suffix.equals("or more")) {
            return Amount.atLeast(n);
        }
        if (suffix.equals("or so")) {
            return Amount.approximately(n);
        }
        return switch (q) {
            case "more than", "over", "above", "in excess of", "upwards of", "greater than" -> Amount.moreThan(n);
            case "at least", "no fewer than", "no less than", "not less than", "a minimum of" -> Amount.atLeast(n);
            case "up to", "as many as", "at most", "no more than", "a maximum of" -> Amount.atMost(n);
            case "fewer than", "less than", "under", "below" -> Amount.fewerThan(n);
            case "about", "around", "approximately", "roughly", "some", "an estimated", "estimated", "circa" -> Amount.approximately(n);
            case "nearly", "almost", "close to" -> Amount.nearly(n);
            default -> Amount.exact(n);
        };
    }

    // ---- what is counted ----

    /**
     * The counted thing after the amount ("emails", "Chinese nationals", "of people") and the event the words
     * around it name. Null when nothing countable follows.
     */
    private Measure countMeasure(String text, int start, int end, int number) {
        List<String> after = words(text, end, 5);
        int i = 0;
        if (!after.isEmpty() && after.get(0).equals("of")) {
            i = 1;
            if (after.size() > 1 && after.get(1).equals("the")) {
                i = 2;
            }
        }
        String thing = null;
        String event = null;
        for (int k = i; k < after.size() && k < i + 3; k++) {
            String w = after.get(k);
            if (STOPS.contains(w) || !Character.isLetter(w.charAt(0)) || LINKING.contains(w)) {
                // "12 remain missing", "five were killed": the event follows a linking verb
                if (thing == null && (LINKING.contains(w) || Set.of("are", "were", "was", "is", "have", "had", "been").contains(w))) {
                    for (int j = k + 1; j < after.size() && j <= k + 2; j++) {
                        if (events.containsKey(after.get(j))) {
                            return new Measure(Measure.Kind.COUNT, "people", events.get(after.get(j)), null);
                        }
                    }
                }
                break;
            }
            if (events.containsKey(w) && k == i) {
                thing = "people"; // "41 dead", "12 missing"
                event = events.get(w);
                break;
            }
            if (number == 1 || IRREGULAR_PLURALS.contains(w) || isPlural(w)) {
                thing = w;
                break;
            }
        }
        if (thing == null) {
            if (death(text, start)) {
                return new Measure(Measure.Kind.COUNT, "people", "killed", null);
            }
            return null;
        }
        String normal = persons.getOrDefault(thing, singular(thing));
        if (TIME_UNITS.contains(normal)) {
            return null; // "five years ago": a point in time; durations are read separately
        }
        if (CURRENCY_NOUNS.contains(normal)) {
            return new Measure(Measure.Kind.MONEY, normal, null, null);
        }
        if (event == null) {
            event = nearestEvent(text, start, end);
        }
        return new Measure(Measure.Kind.COUNT, normal, event, null);
    }

    /** "the death toll rose to 41", "a death toll of 41". */
    private static boolean death(String text, int start) {
        String before = text.substring(Math.max(0, start - 40), start).toLowerCase(Locale.ROOT);
        return before.matches("(?s).*\\b(death toll|toll|deaths|fatalities)\\b[^.;]*$");
    }

    /** The event word nearest to the amount in its clause: a few words before it, or after the counted noun. */
    private String nearestEvent(String text, int start, int end) {
        List<String> before = wordsBefore(text, start, 5);
        List<String> after = words(text, end, 8);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int k = 0; k < before.size(); k++) {
            String w = before.get(k);
            if (w.equals(";") || w.equals(".") || w.equals("—")) {
                break;
            }
            String e = eventOf(w, k + 1 < before.size() ? before.get(k + 1) + " " + w : null);
            if (e != null && k + 1 < bestDistance) {
                best = e;
                bestDistance = k + 1;
                break;
            }
        }
        for (int k = 0; k < after.size(); k++) {
            String w = after.get(k);
            if (w.equals(";") || w.equals(".") || w.equals("—") || Character.isDigit(w.charAt(0))) {
                break;
            }
            String e = eventOf(w, k > 0 ? after.get(k - 1) + " " + w : null);
            if (e != null) {
                if (k + 1 < bestDistance) {
                    best = e;
                }
                break;
            }
        }
        return best;
    }

    private String eventOf(String word, String pair) {
        if (pair != null && events.containsKey(pair)) {
            return events.get(pair);
        }
        if (events.containsKey(word)) {
            return events.get(word);
        }
        if (word.endsWith("ing") && events.containsKey(word.substring(0, word.length() - 3) + "ed")) {
            return events.get(word.substring(0, word.length() - 3) + "ed"); // "sanctioning" -> sanctioned
        }
        return null;
    }

    private String ofNoun(String text, int end) {
        List<String> after = words(text, end, 3);
        if (after.size() >= 2 && after.get(0).equals("of")) {
            String w = after.get(1).equals("the") && after.size() > 2 ? after.get(2) : after.get(1);
            return singular(w);
        }
        return "";
    }

    private static boolean isPlural(String w) {
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is");
    }

    static String singular(String w) {
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.matches(".*(ses|xes|ches|shes)$")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** Up to {@code max} lower-cased words (and punctuation marks) from {@code from} on. */
    private static List<String> words(String text, int from, int max) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        m.region(Math.min(from, text.length()), text.length());
        while (out.size() < max && m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** Up to {@code max} lower-cased words before {@code to}, nearest first. */
    private static List<String> wordsBefore(String text, int to, int max) {
        List<String> all = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        m.region(0, to);
        while (m.find()) {
            all.add(m.group().toLowerCase(Locale.ROOT));
        }
        List<String> out = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0 && out.size() < max; i--) {
            out.add(all.get(i));
        }
        return out;
    }

    private static boolean overlapsTaken(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<StatedAmount> found, boolean[] taken, int start, int end, String text, Amount amount, Measure measure) {
        for (int i = start; i < end; i++) {
            taken[i] = true;
        }
        found.add(new StatedAmount(start, end, text.substring(start, end), amount, measure));
    }
}
