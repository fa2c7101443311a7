package org.triangulate.briefing;

import java.util.regex.Pattern;

/**
 * Makes untrusted text (article quotes, titles, outlet names) literal in CommonMark: whatever it contains, it renders
 * as the same characters and never as a link, image, raw HTML, emphasis, heading, list or table cell break.
 * Backslash escapes are used because CommonMark allows one before any ASCII punctuation, and they keep plain-text
 * reading easy.
 */
final class MarkdownText {

    /** Punctuation that can start markup anywhere in a line. */
    private static final String INLINE_SPECIAL = "\\`*_[]<>|&!~#{}";
    /** What makes a line a list item, heading, quote or thematic break when it starts the text. */
    private static final Pattern BLOCK_START = Pattern.compile("^(\\d{1,9})([.)])|^([-+=:])");

    private MarkdownText() {
    }

    /** Escapes {@code text} for use inside a paragraph, list item or table cell; line breaks become spaces. */
    static String escape(String text) {
        String oneLine = text == null ? "" : text.replaceAll("[\\s\\u2028\\u2029\\u0085]+", " ").strip();
        StringBuilder out = new StringBuilder(oneLine.length() + 8);
        for (int i = 0; i < oneLine.length(); i++) {
            char c = oneLine.charAt(i);
            if (c == 0) {
                out.append('\uFFFD'); // CommonMark replaces NUL anyway; make it visible
            } else if (INLINE_SPECIAL.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return BLOCK_START.matcher(out).replaceFirst(m -> m.group(1) != null
                ? m.group(1) + "\\\\" + m.group(2) : "\\\\" + m.group(3));
    }
}
