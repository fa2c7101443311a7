package org.triangulate.nlp;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts and amounts: digits ("10,000", "2.5 million", "$40m", "12%"), number words ("seven", "twenty-five",
 * "two hundred") and vague amounts ("thousands", "dozens"). The value is normalised: "10000", "7", "1000+".
 * "more than" and similar hedges stay outside the span, as in the gold conventions.
 */
final class QuantityRules {

    private static final String SCALE = "(?:\\s*(million|billion|trillion|thousand|hundred|mn|bn|m|k)\\b)?";
    /** A currency sign, with the country letters of a dollar ("US$", "A$", "NZ$", "HK$"). */
    static final String CURRENCY = "(?:[A-Z]{1,3}\\$|[$£€¥₹])";
    private static final Pattern DIGITS = Pattern.compile(
            "(?=[\\dA-Z$£€¥₹])(?<![\\p{L}\\p{N}.,:/-])(" + CURRENCY + "\\s?)?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)" + SCALE
                    + "(\\s?%|\\s(?:percent|per cent))?(?![\\p{L}\\p{N}/]|[.,:]\\d|-[\\p{L}\\d]|\\s\\p{Lu}{2,})");
    private static final Map<String, Long> UNITS = Map.ofEntries(
            Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L),
            Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L),
            Map.entry("eleven", 11L), Map.entry("twelve", 12L), Map.entry("thirteen", 13L), Map.entry("fourteen", 14L),
            Map.entry("fifteen", 15L), Map.entry("sixteen", 16L), Map.entry("seventeen", 17L), Map.entry("eighteen", 18L),
            Map.entry("nineteen", 19L), Map.entry("twenty", 20L), Map.entry("thirty", 30L), Map.entry("forty", 40L),
            Map.entry("fifty", 50L), Map.entry("sixty", 60L), Map.entry("seventy", 70L), Map.entry("eighty", 80L),
            Map.entry("ninety", 90L));
    private static final Map<String, Long> MULTIPLIERS = Map.of(
            "hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L, "trillion", 1_000_000_000_000L);
    private static final String UNIT_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
            + "|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?";
    /** Whitespace between the words of an amount, bounded so matches stay near their words (see TriggerWindows). */
    private static final String GAP = "\\s{1,20}";
    private static final Pattern WORDS = Pattern.compile("(?i)(?=[aotfsend])\\b((?:a" + GAP + ")?(?:" + UNIT_WORD + "|dozen)(?:" + GAP + "(?:dozen|hundred|thousand|million|billion|trillion))*"
            + "|a" + GAP + "(?:hundred|thousand|million|billion))\\b(?!-)");
    private static final Pattern VAGUE = Pattern.compile("(?i)(?=[thmbds])\\b((?:tens|hundreds)" + GAP + "of" + GAP + "(?:thousands|millions)|hundreds|thousands|millions|billions|dozens|scores)\\b(?=\\s+(?:of\\s+)?[a-z])");
    /** "one" that is not a count: "no one", "one another", "the one", "one day", "one of". */
    private static final Pattern NOT_A_COUNT_BEFORE = Pattern.compile("(?i)(?:\\bno|\\bthe|\\bthis|\\bthat|\\beach|\\bany|\\bevery|\\bsome)\\s+$");
    private static final Pattern NOT_A_COUNT_AFTER = Pattern.compile("^\\s+(?:another|day|way|thing|of)\\b");

    /** Every match of WORDS holds one of these (lower-cased), every match of VAGUE one of VAGUE_WORDS. */
    private static final Set<String> COUNT_WORDS = counted();
    private static final Set<String> VAGUE_WORDS = Set.of("tens", "hundreds", "thousands", "millions", "billions", "dozens", "scores");
    /**
     * An amount reaches at most 21 characters before its first word ("a" and a gap) and 20 between words; each word of
     * a chain ("two hundred thousand", "tens of thousands") is a trigger too, so their windows join.
     */
    private static final int WORD_REACH = 40;

    private static Set<String> counted() {
        Set<String> words = new java.util.HashSet<>(UNITS.keySet());
        words.addAll(MULTIPLIERS.keySet());
        words.add("dozen");
        return Set.copyOf(words);
    }

    private QuantityRules() {
    }

    /** @param words the text's {@link Words}: number words and vague amounts are looked for only around their words */
    static List<Candidate> find(String text, List<Words.Word> words) {
        List<Candidate> out = new ArrayList<>();
        for (Matcher m = DIGITS.matcher(text); m.find(); ) {
            if (isCodeOrName(text, m.start())) {
                continue;
            }
            String number = m.group(2).replace(",", "");
            String scale = m.group(3);
            String value = scale == null ? number : new BigDecimal(number).multiply(BigDecimal.valueOf(scaleOf(scale))).stripTrailingZeros().toPlainString();
            if (m.group(4) != null) {
                value = value + "%";
            }
            out.add(new Candidate(m.start(), m.end(), EntityType.QUANTITY, value, Candidate.Source.QUANTITY_RULE));
        }
        for (MatchResult m : TriggerWindows.aroundWords(text, words, COUNT_WORDS, true, WORD_REACH).matches(WORDS)) {
            String amount = m.group(1);
            if (amount.equalsIgnoreCase("one") || amount.equalsIgnoreCase("a")) {
                String before = text.substring(Math.max(0, m.start() - 12), m.start());
                String after = text.substring(m.end(), Math.min(text.length(), m.end() + 12));
                if (NOT_A_COUNT_BEFORE.matcher(before).find() || NOT_A_COUNT_AFTER.matcher(after).find()) {
                    continue;
                }
            }
            long value = wordsValue(amount.toLowerCase(Locale.ROOT));
            if (value > 0) {
                out.add(new Candidate(m.start(), m.end(), EntityType.QUANTITY, Long.toString(value), Candidate.Source.QUANTITY_RULE));
            }
        }
        for (MatchResult m : TriggerWindows.aroundWords(text, words, VAGUE_WORDS, true, WORD_REACH).matches(VAGUE)) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            String value = w.contains("millions") || w.equals("millions") ? "1000000+" : w.contains("thousands") ? (w.startsWith("hundreds") ? "100000+" : w.startsWith("tens") ? "10000+" : "1000+")
                    : w.equals("hundreds") ? "100+" : w.equals("billions") ? "1000000000+" : w.equals("scores") ? "20+" : "12+";
            out.add(new Candidate(m.start(), m.end(), EntityType.QUANTITY, value, Candidate.Source.QUANTITY_RULE));
        }
        return out;
    }

    /**
     * Numbers that name things rather than count them: "Unit 61398", "No. 10", "Bureau 121", and any number right
     * after a capitalised word inside a sentence ("Boeing 737", "Windows 10", "Section 702").
     */
    private static boolean isCodeOrName(String text, int start) {
        if (afterCapitalisedWordInSentence(text, start)) {
            return true;
        }
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        int wordEnd = i + 1;
        while (i >= 0 && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '.')) {
            i--;
        }
        String previous = text.substring(i + 1, wordEnd);
        return previous.equals("Unit") || previous.equals("Bureau") || previous.equals("No.") || previous.equals("No")
                || previous.equals("Number") || previous.equals("Flight") || previous.equals("Route") || previous.equals("Article")
                || previous.equals("Section") || previous.equals("Group") || previous.equals("Storm");
    }

    private static boolean afterCapitalisedWordInSentence(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != ' ') {
            return false;
        }
        int end = start - 1;
        int i = end - 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            i--;
        }
        if (i + 1 >= end || !Character.isUpperCase(text.charAt(i + 1))) {
            return false;
        }
        // the word is the sentence's first ("About 300 people", "Nearly 40") unless something but spaces precedes it
        int j = i;
        while (j >= 0 && text.charAt(j) == ' ') {
            j--;
        }
        boolean sentenceInitial = j < 0 || ".!?\n:\"“(".indexOf(text.charAt(j)) >= 0;
        return !sentenceInitial;
    }

    private static long scaleOf(String scale) {
        return switch (scale.toLowerCase(Locale.ROOT)) {
            case "hundred" -> 100L;
            case "thousand", "k" -> 1_000L;
            case "million", "mn", "m" -> 1_000_000L;
            case "billion", "bn" -> 1_000_000_000L;
            case "trillion" -> 1_000_000_000_000L;
            default -> 1L;
        };
    }

    static long wordsValue(String words) {
        long total = 0;
        long current = 0;
        for (String w : words.split("\\s+")) {
            if (w.equals("a")) {
                continue; // "a dozen", "a hundred": the multiplier alone
            }
            if (w.equals("dozen")) {
                current = Math.max(current, 1) * 12;
                continue;
            }
            if (MULTIPLIERS.containsKey(w)) {
                current = Math.max(current, 1) * MULTIPLIERS.get(w);
                if (MULTIPLIERS.get(w) >= 1000) {
                    total += current;
                    current = 0;
                }
                continue;
            }
            long v = 0;
            for (String part : w.split("-")) {
                Long u = UNITS.get(part);
                if (u == null) {
                    return -1;
                }
                v += u;
            }
            current += v;
        }
        return total + current;
    }
}
