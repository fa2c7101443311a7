package org.triangulate.corpus;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A metadata header at the very top of a text or Markdown file: a YAML block between {@code ---} lines, or plain
 * {@code key: value} lines ended by a blank line. The header is not part of the article, so the body starts
 * after it (and after the blank lines that separate it from the text).
 *
 * @param fields    lower-cased keys to values, in file order
 * @param bodyStart offset in the text where the article body begins
 */
record FrontMatter(Map<String, String> fields, int bodyStart) {

    /** Keys that make a run of plain "key: value" lines a header rather than the article's first words. */
    private static final Set<String> KNOWN_KEYS = Set.of("title", "headline", "source", "outlet", "publisher",
            "url", "link", "date", "published", "language", "lang", "author", "byline");

    private static final int MAX_HEADER_LINES = 60;
    private static final int MAX_KEY_LENGTH = 30;

    /** The header at the top of {@code text}, or null when there is none. */
    static FrontMatter find(String text) {
        FrontMatter yaml = yamlBlock(text);
        return yaml != null ? yaml : plainBlock(text);
    }

    String get(String... keys) {
        for (String key : keys) {
            String value = fields.get(key);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static FrontMatter yamlBlock(String text) {
        int end = lineEnd(text, 0);
        if (!text.substring(0, end).strip().equals("---")) {
            return null;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        int pos = next(text, end);
        for (int lines = 0; pos < text.length() && lines < MAX_HEADER_LINES; lines++) {
            end = lineEnd(text, pos);
            String line = text.substring(pos, end);
            String trimmed = line.strip();
            if (trimmed.equals("---") || trimmed.equals("...")) {
                return fields.isEmpty() ? null : new FrontMatter(fields, skipBlankLines(text, next(text, end)));
            }
            // nested YAML (indented lines, list items) and comments are skipped: we only need flat scalar fields
            boolean nestedOrComment = line.startsWith(" ") || line.startsWith("\t") || trimmed.startsWith("#")
                    || trimmed.startsWith("- ") || trimmed.isEmpty();
            if (!nestedOrComment && putKeyValue(line, fields) == null) {
                return null; // prose between two rules is article text, not a header
            }
            pos = next(text, end);
        }
        return null; // no closing line: it was not a header after all
    }

    private static FrontMatter plainBlock(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        boolean anyKnown = false;
        int pos = 0;
        for (int lines = 0; pos < text.length() && lines < MAX_HEADER_LINES; lines++) {
            int end = lineEnd(text, pos);
            String line = text.substring(pos, end);
            if (line.isBlank()) {
                if (lines == 0 || !anyKnown) {
                    return null;
                }
                int bodyStart = skipBlankLines(text, pos);
                // a header with nothing after it is the whole file, i.e. the article itself
                return bodyStart < text.length() ? new FrontMatter(fields, bodyStart) : null;
            }
            String key = putKeyValue(line, fields);
            if (key == null) {
                return null;
            }
            anyKnown |= KNOWN_KEYS.contains(key);
            pos = next(text, end);
        }
        return null;
    }

    /** Adds "key: value" to the fields; returns the key, or null when the line is not of that shape. */
    private static String putKeyValue(String line, Map<String, String> fields) {
        int colon = line.indexOf(':');
        if (colon <= 0 || colon > MAX_KEY_LENGTH) {
            return null;
        }
        String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
                return null; // "Beijing, Tuesday:" is prose, not a key
            }
        }
        if (key.isEmpty()) {
            return null;
        }
        String value = line.substring(colon + 1).strip();
        // "|" and ">" start multi-line YAML values, which headers of articles do not need
        if (!value.startsWith("|") && !value.startsWith(">")) {
            fields.putIfAbsent(key, unquote(value));
        }
        return key;
    }

    private static String unquote(String value) {
        if (value.length() >= 2) {
            char first = value.charAt(0);
            char last = value.charAt(value.length() - 1);
            if ((first == '"' || first == '\'') && last == first) {
                return value.substring(1, value.length() - 1);
            }
        }
        return value;
    }

    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** The start of the line after the one ending at {@code lineEnd} (handles \n, \r\n and \r). */
    private static int next(String text, int lineEnd) {
        if (lineEnd < text.length() && text.charAt(lineEnd) == '\r') {
            lineEnd++;
        }
        if (lineEnd < text.length() && text.charAt(lineEnd) == '\n') {
            lineEnd++;
        }
        return lineEnd;
    }

    private static int skipBlankLines(String text, int pos) {
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            if (!text.substring(pos, end).isBlank()) {
                return pos;
            }
            pos = next(text, end);
            if (end == text.length()) {
                return text.length();
            }
        }
        return pos;
    }
}
