package org.triangulate.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates, year ranges, weekdays and durations written the ways news reports write them, with a normalised value:
 * ISO dates ("2024-03-26"), ranges ("2021/2022"), durations ("P14Y"). Weekdays and today/yesterday resolve
 * against the publication date when it is known.
 */
final class DateRules {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final String NUMBER_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a|an|several|few|many|\\d+(?:\\.\\d+)?)";
    private static final String UNIT = "(year|month|week|day|hour|minute|decade|century)";

    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b" + DAY + "\\s+" + MONTH + ",?\\s+" + YEAR + "\\b");
    private static final Pattern ISO = Pattern.compile("\\b" + YEAR + "-(\\d{2})-(\\d{2})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+" + YEAR + "\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+" + DAY + "\\b(?![,.]?\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b" + DAY + "\\s+" + MONTH + "\\b");
    /** A bare month only after a word that makes it a time ("in March"), never "May" the name or verb alone. */
    private static final Pattern CUED_MONTH = Pattern.compile("\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-|[Ll]ast|[Nn]ext|[Tt]his|[Bb]efore|[Aa]fter|[Tt]hrough)\\s+" + MONTH + "\\b");
    private static final Pattern YEAR_RANGE = Pattern.compile("(?<![\\d,.$£€])" + YEAR + "\\s*(?:-|–|—|to|through|until)\\s*((?:19|20)?\\d{2})(?![\\d,])");
    private static final Pattern LONE_YEAR = Pattern.compile("(?<![\\d,.$£€:/-])" + YEAR + "(s)?(?!\\d|,\\d|:|/|-\\d)");
    /** "2000 people": a year-like number followed by a plural noun counts things. */
    private static final Pattern PLURAL_NOUN_AFTER = Pattern.compile("\\s+(?!(?:as|is|was|has|his|this|its|thus|plus|across|versus)\\b)[a-z]+s\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern RELATIVE_DAY = Pattern.compile("\\b(yesterday|today|tomorrow|Yesterday|Today|Tomorrow)\\b");
    private static final Pattern RELATIVE_PERIOD = Pattern.compile("\\b(?:[Ll]ast|[Nn]ext|[Tt]his|[Ee]arlier this|[Ll]ater this)\\s+(week|month|year|weekend)\\b");
    private static final Pattern DURATION = Pattern.compile("(?i)\\b(" + NUMBER_WORD + ")[- ]" + UNIT + "s?\\b(?!-old)");
    private static final Pattern DECADES = Pattern.compile("\\b(?:decades|[Tt]he (?:last|past) decade)\\b");

    private static final Map<String, Integer> WORD_VALUES = Map.ofEntries(
            Map.entry("one", 1), Map.entry("a", 1), Map.entry("an", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50));

    private DateRules() {
    }

    static List<Candidate> find(String text, LocalDate published) {
        List<Candidate> out = new ArrayList<>();
        for (Matcher m = MONTH_DAY_YEAR.matcher(text); m.find(); ) {
            add(out, m.start(), m.end(), iso(m.group(3), month(m.group(1)), m.group(2)));
        }
        for (Matcher m = DAY_MONTH_YEAR.matcher(text); m.find(); ) {
            add(out, m.start(), m.end(), iso(m.group(3), month(m.group(2)), m.group(1)));
        }
        for (Matcher m = ISO.matcher(text); m.find(); ) {
            add(out, m.start(), m.end(), m.group());
        }
        for (Matcher m = MONTH_YEAR.matcher(text); m.find(); ) {
            add(out, m.start(), m.end(), m.group(2) + "-" + pad(month(m.group(1))));
        }
        for (Matcher m = MONTH_DAY.matcher(text); m.find(); ) {
            int year = published == null ? 0 : published.getYear();
            add(out, m.start(), m.end(), year == 0 ? "XXXX-" + pad(month(m.group(1))) + "-" + pad(Integer.parseInt(m.group(2)))
                    : iso(String.valueOf(year), month(m.group(1)), m.group(2)));
        }
        for (Matcher m = DAY_MONTH.matcher(text); m.find(); ) {
            add(out, m.start(), m.end(), "XXXX-" + pad(month(m.group(2))) + "-" + pad(Integer.parseInt(m.group(1))));
        }
        for (Matcher m = CUED_MONTH.matcher(text); m.find(); ) {
            add(out, m.start(1), m.end(1), "XXXX-" + pad(month(m.group(1))));
        }
        for (Matcher m = YEAR_RANGE.matcher(text); m.find(); ) {
            String to = m.group(2).length() == 2 ? m.group(1).substring(0, 2) + m.group(2) : m.group(2);
            if (Integer.parseInt(to) > Integer.parseInt(m.group(1))) {
                add(out, m.start(), m.end(), m.group(1) + "/" + to);
            }
        }
        for (Matcher m = LONE_YEAR.matcher(text); m.find(); ) {
            if (m.group(2) == null && PLURAL_NOUN_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
                continue;
            }
            add(out, m.start(), m.end(), m.group(2) == null ? m.group(1) : m.group(1).substring(0, 3) + "X");
        }
        for (Matcher m = WEEKDAY.matcher(text); m.find(); ) {
            add(out, m.start(), m.end(), weekday(m.group(1), published));
        }
        for (Matcher m = RELATIVE_DAY.matcher(text); m.find(); ) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            int shift = w.equals("yesterday") ? -1 : w.equals("tomorrow") ? 1 : 0;
            add(out, m.start(), m.end(), published == null ? w.toUpperCase(Locale.ROOT) : published.plusDays(shift).toString());
        }
        for (Matcher m = RELATIVE_PERIOD.matcher(text); m.find(); ) {
            add(out, m.start(), m.end(), m.group().toLowerCase(Locale.ROOT));
        }
        for (Matcher m = DURATION.matcher(text); m.find(); ) {
            String n = m.group(1).toLowerCase(Locale.ROOT);
            Integer value = WORD_VALUES.get(n);
            String amount = value != null ? value.toString() : n.matches("[\\d.]+") ? n : "X";
            add(out, m.start(), m.end(), duration(amount, m.group(2).toLowerCase(Locale.ROOT)));
        }
        for (Matcher m = DECADES.matcher(text); m.find(); ) {
            add(out, m.start(), m.end(), m.group().startsWith("decades") ? "PXDE" : "P10Y");
        }
        return out;
    }

    private static void add(List<Candidate> out, int start, int end, String value) {
        out.add(new Candidate(start, end, EntityType.DATE, value, Candidate.Source.DATE_RULE));
    }

    private static String duration(String amount, String unit) {
        return switch (unit) {
            case "year" -> "P" + amount + "Y";
            case "month" -> "P" + amount + "M";
            case "week" -> "P" + amount + "W";
            case "day" -> "P" + amount + "D";
            case "hour" -> "PT" + amount + "H";
            case "minute" -> "PT" + amount + "M";
            case "decade" -> amount.equals("X") ? "PXDE" : "P" + (int) (Double.parseDouble(amount) * 10) + "Y";
            default -> "P" + amount + "CE";
        };
    }

    private static String weekday(String name, LocalDate published) {
        if (published == null) {
            return name.toUpperCase(Locale.ROOT);
        }
        DayOfWeek day = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        // news uses a bare weekday for the last such day up to the publication date
        return published.with(TemporalAdjusters.previousOrSame(day)).toString();
    }

    private static int month(String name) {
        String key = name.substring(0, 3).toLowerCase(Locale.ROOT);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(key) + 1;
    }

    private static String iso(String year, int month, String day) {
        return year + "-" + pad(month) + "-" + pad(Integer.parseInt(day));
    }

    private static String pad(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
