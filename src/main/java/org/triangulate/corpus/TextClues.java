package org.triangulate.corpus;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metadata guessed from the article text itself, for files that carry none: a headline on the first line and a
 * publication date near the top. Only reads the text; the body is never changed.
 */
final class TextClues {

    /** Dates are looked for only this near the top, where bylines and datelines sit. */
    private static final int DATE_WINDOW = 1500;
    private static final int MAX_HEADLINE_CHARS = 200;
    private static final int MAX_HEADLINE_WORDS = 30;

    /** A date after a word that announces it: "Published March 26, 2024", "date 2024-03-26", "Updated: Tue 26 March 2024". */
    private static final Pattern CUED_DATE = Pattern.compile(
            "\\b(?:published|updated|posted|dated?|first published)\\b\\s*(?:on\\b)?[:\\s]*"
                    + "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?"
                    + DateParser.DATE,
            Pattern.CASE_INSENSITIVE);

    /** A date that opens a line, as in a dateline "26 March 2024 — ...". */
    private static final Pattern LINE_START_DATE = Pattern.compile(
            "(?m)^[ \\t]*" + DateParser.DATE, Pattern.CASE_INSENSITIVE);

    private TextClues() {
    }

    /** The text without a date cue or dateline it opens with ("date 2024-03-26 China has…" → "China has…"). */
    static String withoutLeadingDate(String text) {
        for (Pattern p : new Pattern[]{CUED_DATE, LINE_START_DATE}) {
            Matcher m = p.matcher(text);
            if (m.lookingAt()) {
                return text.substring(m.end()).replaceFirst("^[\\s,:;.\u2013\u2014-]+", "");
            }
        }
        return text;
    }

    /** The first line when it reads as a headline (short, not ending in a full stop), else null. */
    static String headline(String body) {
        int start = 0;
        while (start < body.length() && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < body.length() && body.charAt(end) != '\n' && body.charAt(end) != '\r') {
            end++;
        }
        if (end == body.length()) {
            return null; // a one-line file is all body, no headline above it
        }
        String line = body.substring(start, end).strip();
        if (line.startsWith("#")) {
            line = stripMarkdownHeading(line); // "# Title" in Markdown
        } else if (!looksLikeHeadline(line)) {
            return null;
        }
        return line.isEmpty() ? null : line;
    }

    static boolean looksLikeHeadline(String line) {
        if (line.length() < 3 || line.length() > MAX_HEADLINE_CHARS || countWords(line) > MAX_HEADLINE_WORDS) {
            return false;
        }
        int last = line.length() - 1;
        while (last > 0 && isClosingMark(line.charAt(last))) {
            last--;
        }
        char end = line.charAt(last);
        if (end == '.' || end == ':' || end == ';' || end == ',') {
            return false; // a sentence or a lead-in, not a headline
        }
        for (int i = 0; i < line.length(); i++) {
            if (Character.isLetter(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The publication date near the top of the text, or null. */
    static LocalDate date(String body) {
        String top = body.substring(0, Math.min(body.length(), DATE_WINDOW));
        LocalDate date = firstDate(CUED_DATE.matcher(top));
        return date != null ? date : firstDate(LINE_START_DATE.matcher(top));
    }

    private static LocalDate firstDate(Matcher m) {
        while (m.find()) {
            LocalDate date = DateParser.fromGroups(m);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static String stripMarkdownHeading(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == '#') {
            i++;
        }
        return line.substring(i).strip();
    }

    private static boolean isClosingMark(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019' || c == '\u00BB';
    }

    private static int countWords(String line) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            boolean space = Character.isWhitespace(line.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
