package org.triangulate.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
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
    /** Checked first so the month alternation is tried only where a month can start (the rules run per keystroke of reading). */
    private static final String MONTH_START = "(?=[JFMASOND])";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final String NUMBER_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a|an|several|few|many|\\d{1,15}(?:\\.\\d{1,15})?)";
    private static final String UNIT = "(year|month|week|day|hour|minute|decade|century)";
    /**
     * Whitespace between the parts of a date: bounded, so every match reaches a known distance from its trigger
     * (see TriggerWindows); 20 characters is more than any real date has between its parts.
     */
    private static final String GAP = "\\s{1,20}";
    private static final String OPTIONAL_GAP = "\\s{0,20}";

    /** A month name, which every month rule holds; they reach at most 49 characters past it and 24 before. */
    private static final Pattern MONTH_WORD = Pattern.compile(MONTH_START + "\\b" + MONTH + "\\b");
    private static final int MONTH_REACH = 60;
    /** Four digits that can be a year: ISO dates, year ranges and lone years all start with one (51 characters at most). */
    private static final Pattern YEAR_DIGITS = Pattern.compile("(?=[12])(?:19|20)\\d{2}");
    private static final int YEAR_REACH = 60;
    /** A time word, in any case and inside longer words ("Monday", "decades"). */
    private static final Pattern TIME_WORD = Pattern.compile("(?i)year|month|week|day|hour|minute|decade|centur|morrow");
    /** The rules reach at most 32 characters before the time word ("earlier this" + gap, a 31-character number) and a few after. */
    private static final int TIME_REACH = 48;
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH_START + "\\b" + MONTH + GAP + DAY + ",?" + GAP + YEAR + "\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?=\\d)\\b" + DAY + GAP + MONTH + ",?" + GAP + YEAR + "\\b");
    private static final Pattern ISO = Pattern.compile("(?=[12])\\b" + YEAR + "-(\\d{2})-(\\d{2})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH_START + "\\b" + MONTH + ",?" + GAP + YEAR + "\\b");
    private static final Pattern MONTH_DAY = Pattern.compile(MONTH_START + "\\b" + MONTH + GAP + DAY + "\\b(?![,.]?\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile("(?=\\d)\\b" + DAY + GAP + MONTH + "\\b");
    /** A bare month only after a word that makes it a time ("in March"), never "May" the name or verb alone. */
    private static final Pattern CUED_MONTH = Pattern.compile(MONTH_START + "(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Dd]uring|[Ee]arly|[Ll]ate|[Ll]ast|[Nn]ext|[Tt]his|[Bb]efore|[Aa]fter|[Tt]hrough)\\s|\\b[Mm]id-)"
            + MONTH + "\\b");
    private static final Pattern YEAR_RANGE = Pattern.compile("(?=[12])(?<![\\d,.$£€])" + YEAR + OPTIONAL_GAP + "(?:-|–|—|to|through|until)" + OPTIONAL_GAP + "((?:19|20)?\\d{2})(?![\\d,])");
    private static final Pattern LONE_YEAR = Pattern.compile("(?=[12])(?<![\\d,.$£€:/-])" + YEAR + "(s)?(?!\\d|,\\d|:|/|-\\d)");
    /** "2000 people": a year-like number followed by a plural noun counts things. */
    private static final Pattern PLURAL_NOUN_AFTER = Pattern.compile("\\s+(?!(?:as|is|was|has|his|this|its|thus|plus|across|versus)\\b)[a-z]+s\\b");
    /** "5/6/2023": day and month order differ by country, so the value keeps the written form. */
    private static final Pattern SLASHED = Pattern.compile("(?=\\d)(?<![\\d/])\\d{1,2}/\\d{1,2}/(?:19|20)?\\d{2}(?![\\d/])");
    /** A time of day: "10 a.m.", "10:30 p.m.", "7.30pm"; a number before "a.m." counts no things. */
    private static final Pattern TIME_OF_DAY = Pattern.compile(
            "(?=\\d)(?<![\\d.:,])(\\d{1,2})(?:[:.]([0-5]\\d))?\\s?([aApP])(?:\\.[mM]\\.?|[mM]\\b)(?![\\p{L}\\d])");
    private static final Pattern WEEKDAY = Pattern.compile("(?=[MTWFS])\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern RELATIVE_DAY = Pattern.compile("(?=[yYtT])\\b(yesterday|today|tomorrow|Yesterday|Today|Tomorrow)\\b");
    private static final Pattern RELATIVE_PERIOD = Pattern.compile("(?=[LlNnTtEe])\\b(?:[Ll]ast|[Nn]ext|[Tt]his|[Ee]arlier this|[Ll]ater this)" + GAP + "(week|month|year|weekend)\\b");
    private static final Pattern DURATION = Pattern.compile("(?i)(?=[\\dotfsenamw])\\b(" + NUMBER_WORD + ")[- ]" + UNIT + "s?\\b(?!-old)");
    private static final Pattern DECADES = Pattern.compile("(?=[dT])\\b(?:decades|[Tt]he (?:last|past) decade)\\b");

    private static final Map<String, Integer> WORD_VALUES = Map.ofEntries(
            Map.entry("one", 1), Map.entry("a", 1), Map.entry("an", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50));

    private DateRules() {
    }

    /** The label words of PUBLISHED_LABEL anywhere, without its word boundaries: found wherever that can match. */
    private static final Pattern LABEL_WORD = Pattern.compile("(?i)published|posted|updated|date");
    private static final Pattern PUBLISHED_LABEL = Pattern.compile("(?i)\\b(?:published|posted|updated|date)\\s*:?\\s*(?:on\\s+)?$");

    /**
     * The publication date a scraped page states near its top ("Published March 26, 2024", "date 2024-03-26"),
     * for resolving weekdays when the article's metadata has none; null when there is no such label.
     */
    static LocalDate statedPublicationDate(String text) {
        String head = text.substring(0, Math.min(text.length(), 400));
        if (!LABEL_WORD.matcher(head).find()) {
            return null; // no label word, so no labelled date: skips running every date rule on the head
        }
        for (Candidate c : find(head, null)) {
            if (c.entity().matches("\\d{4}-\\d{2}-\\d{2}") && PUBLISHED_LABEL.matcher(head.substring(Math.max(0, c.start() - 30), c.start())).find()) {
                return LocalDate.parse(c.entity());
            }
        }
        return null;
    }

    static List<Candidate> find(String text, LocalDate published) {
        List<Candidate> out = new ArrayList<>();
        // The six month rules run only around month names: one scan finds those, instead of six over the whole text.
        TriggerWindows monthWindows = TriggerWindows.around(text, MONTH_WORD, MONTH_REACH);
        for (MatchResult m : monthWindows.matches(MONTH_DAY_YEAR)) {
            add(out, m.start(), m.end(), iso(m.group(3), month(m.group(1)), m.group(2)));
        }
        for (MatchResult m : monthWindows.matches(DAY_MONTH_YEAR)) {
            add(out, m.start(), m.end(), iso(m.group(3), month(m.group(2)), m.group(1)));
        }
        TriggerWindows yearWindows = TriggerWindows.around(text, YEAR_DIGITS, YEAR_REACH);
        for (MatchResult m : yearWindows.matches(ISO)) {
            add(out, m.start(), m.end(), m.group());
        }
        for (MatchResult m : monthWindows.matches(MONTH_YEAR)) {
            add(out, m.start(), m.end(), m.group(2) + "-" + pad(month(m.group(1))));
        }
        for (MatchResult m : monthWindows.matches(MONTH_DAY)) {
            int year = published == null ? 0 : published.getYear();
            add(out, m.start(), m.end(), year == 0 ? "XXXX-" + pad(month(m.group(1))) + "-" + pad(Integer.parseInt(m.group(2)))
                    : iso(String.valueOf(year), month(m.group(1)), m.group(2)));
        }
        for (MatchResult m : monthWindows.matches(DAY_MONTH)) {
            add(out, m.start(), m.end(), "XXXX-" + pad(month(m.group(2))) + "-" + pad(Integer.parseInt(m.group(1))));
        }
        for (MatchResult m : monthWindows.matches(CUED_MONTH)) {
            add(out, m.start(), m.end(), "XXXX-" + pad(month(m.group(1))));
        }
        for (MatchResult m : yearWindows.matches(YEAR_RANGE)) {
            String to = m.group(2).length() == 2 ? m.group(1).substring(0, 2) + m.group(2) : m.group(2);
            if (Integer.parseInt(to) > Integer.parseInt(m.group(1))) {
                add(out, m.start(), m.end(), m.group(1) + "/" + to);
            }
        }
        for (MatchResult m : yearWindows.matches(LONE_YEAR)) {
            if (m.group(2) == null && PLURAL_NOUN_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
                continue;
            }
            add(out, m.start(), m.end(), m.group(2) == null ? m.group(1) : m.group(1).substring(0, 3) + "X");
        }
        for (Matcher m = SLASHED.matcher(text); m.find(); ) {
            add(out, m.start(), m.end(), m.group());
        }
        for (Matcher m = TIME_OF_DAY.matcher(text); m.find(); ) {
            int hour = Integer.parseInt(m.group(1));
            if (hour >= 1 && hour <= 12) {
                int h24 = hour % 12 + (Character.toLowerCase(m.group(3).charAt(0)) == 'p' ? 12 : 0);
                add(out, m.start(), m.end(), "T" + pad(h24) + ":" + (m.group(2) == null ? "00" : m.group(2)));
            }
        }
        // weekdays, today/yesterday/tomorrow, "last week", durations and decades all contain one of the time words
        TriggerWindows timeWindows = TriggerWindows.around(text, TIME_WORD, TIME_REACH);
        for (MatchResult m : timeWindows.matches(WEEKDAY)) {
            add(out, m.start(), m.end(), weekday(m.group(1), published));
        }
        for (MatchResult m : timeWindows.matches(RELATIVE_DAY)) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            int shift = w.equals("yesterday") ? -1 : w.equals("tomorrow") ? 1 : 0;
            add(out, m.start(), m.end(), published == null ? w : published.plusDays(shift).toString());
        }
        for (MatchResult m : timeWindows.matches(RELATIVE_PERIOD)) {
            add(out, m.start(), m.end(), m.group().toLowerCase(Locale.ROOT));
        }
        for (MatchResult m : timeWindows.matches(DURATION)) {
            String n = m.group(1).toLowerCase(Locale.ROOT);
            Integer value = WORD_VALUES.get(n);
            String amount = value != null ? value.toString() : n.matches("[\\d.]+") ? n : "X";
            add(out, m.start(), m.end(), duration(amount, m.group(2).toLowerCase(Locale.ROOT)));
        }
        for (MatchResult m : timeWindows.matches(DECADES)) {
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
            return name; // unknown date: the analyst still sees which weekday
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
