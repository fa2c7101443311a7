package org.triangulate.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication dates found in metadata and at the top of articles: ISO dates (with or without a time),
 * "March 26, 2024", "26 March 2024", "Mar. 26 2024", "2024/03/26".
 */
final class DateParser {

    static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

    /** One date written in any of the supported ways; the named groups say which. */
    static final String DATE = "(?:(?<isoY>\\d{4})[-/](?<isoM>\\d{1,2})[-/](?<isoD>\\d{1,2})(?!\\d)"
            + "|(?<mdyM>" + MONTH + ")\\s+(?<mdyD>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<mdyY>\\d{4})(?!\\d)"
            + "|(?<!\\d)(?<dmyD>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<dmyM>" + MONTH + "),?\\s+(?<dmyY>\\d{4})(?!\\d))";

    private static final Pattern WHOLE = Pattern.compile("\\s*" + DATE + ".*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private DateParser() {
    }

    /** The date a metadata value starts with (a trailing time or zone is ignored), or null. */
    static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher m = WHOLE.matcher(value);
        return m.matches() ? fromGroups(m) : null;
    }

    /** The date matched by a pattern built from {@link #DATE}, or null when it is not a real calendar date. */
    static LocalDate fromGroups(Matcher m) {
        try {
            if (m.group("isoY") != null) {
                return LocalDate.of(num(m.group("isoY")), num(m.group("isoM")), num(m.group("isoD")));
            }
            if (m.group("mdyY") != null) {
                return LocalDate.of(num(m.group("mdyY")), month(m.group("mdyM")), num(m.group("mdyD")));
            }
            if (m.group("dmyY") != null) {
                return LocalDate.of(num(m.group("dmyY")), month(m.group("dmyM")), num(m.group("dmyD")));
            }
        } catch (DateTimeException e) {
            return null; // "2024-02-31" and the like
        }
        return null;
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }
}
