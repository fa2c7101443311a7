package org.triangulate.conflicts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates a sentence gives, as day spans: calendar dates, weekdays and "yesterday" (resolved against the
 * article's publication date when it is known), years and year ranges. Vague periods ("around the same period")
 * give no date: they cannot contradict one.
 */
final class DateReader {

    /** A date or period a sentence gives; weekday set when it could not be resolved to a date. */
    record Stated(LocalDate from, LocalDate to, boolean dayPrecise, DayOfWeek weekday, String said) {

        boolean overlaps(Stated o) {
            return !from.isAfter(o.to) && !o.from.isAfter(to);
        }
    }

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(yesterday|today)\\b");
    private static final Pattern YEAR_RANGE = Pattern.compile("\\b((?:19|20)\\d\\d)\\s*(?:-|–|to|through|and)\\s*((?:19|20)?\\d\\d)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:in|since|during|of|by|until|from|throughout)\\s+((?:19|20)\\d\\d)\\b(?![-–,]\\d)");

    List<Stated> read(String text, LocalDate published) {
        List<Stated> out = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        for (Matcher m = MONTH_DAY_YEAR.matcher(text); m.find(); ) {
            day(out, taken, m, date(m.group(3), m.group(1), m.group(2)));
        }
        for (Matcher m = DAY_MONTH_YEAR.matcher(text); m.find(); ) {
            day(out, taken, m, date(m.group(3), m.group(2), m.group(1)));
        }
        for (Matcher m = ISO.matcher(text); m.find(); ) {
            try {
                day(out, taken, m, LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            } catch (java.time.DateTimeException e) {
                // not a date after all
            }
        }
        for (Matcher m = WEEKDAY.matcher(text); m.find(); ) {
            if (free(taken, m)) {
                DayOfWeek d = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
                if (published != null) {
                    // news uses a bare weekday for the last such day up to publication
                    day(out, taken, m, published.with(TemporalAdjusters.previousOrSame(d)));
                } else {
                    mark(taken, m);
                    out.add(new Stated(LocalDate.MIN, LocalDate.MAX, true, d, m.group()));
                }
            }
        }
        if (published != null) {
            for (Matcher m = RELATIVE.matcher(text); m.find(); ) {
                if (free(taken, m) && !text.substring(Math.max(0, m.start() - 8), m.start()).contains("“")) {
                    day(out, taken, m, m.group(1).equalsIgnoreCase("yesterday") ? published.minusDays(1) : published);
                }
            }
        }
        for (Matcher m = YEAR_RANGE.matcher(text); m.find(); ) {
            if (free(taken, m)) {
                int from = Integer.parseInt(m.group(1));
                String t = m.group(2);
                int to = t.length() == 2 ? from / 100 * 100 + Integer.parseInt(t) : Integer.parseInt(t);
                if (to > from && to - from < 50) {
                    mark(taken, m);
                    out.add(new Stated(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), false, null, m.group()));
                }
            }
        }
        for (Matcher m = YEAR.matcher(text); m.find(); ) {
            if (!taken[m.start(1)]) {
                int y = Integer.parseInt(m.group(1));
                out.add(new Stated(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), false, null, m.group(1)));
            }
        }
        return out;
    }

    private static LocalDate date(String year, String month, String day) {
        String key = month.substring(0, 3).toLowerCase(Locale.ROOT);
        int mo = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(key) + 1;
        try {
            return LocalDate.of(Integer.parseInt(year), mo, Integer.parseInt(day));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static void day(List<Stated> out, boolean[] taken, Matcher m, LocalDate d) {
        if (d != null && free(taken, m)) {
            mark(taken, m);
            out.add(new Stated(d, d, true, d.getDayOfWeek(), m.group()));
        }
    }

    private static boolean free(boolean[] taken, Matcher m) {
        for (int i = m.start(); i < m.end(); i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static void mark(boolean[] taken, Matcher m) {
        for (int i = m.start(); i < m.end(); i++) {
            taken[i] = true;
        }
    }
}
