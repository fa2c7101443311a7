package org.triangulate.corpus;

import java.util.Locale;

/**
 * Keeps article text to a size the index and the reader view can handle. A longer text is cut at a line or
 * sentence end near the limit, so the kept part still reads as whole sentences.
 */
final class TextLimit {

    /** 5 MB of text, counted in characters. */
    static final int MAX_CHARS = 5 * 1024 * 1024;

    /** How far back from the limit we look for a clean place to cut. */
    private static final int LOOK_BACK = 64 * 1024;

    private TextLimit() {
    }

    /** Where to cut {@code text} so that it is at most {@code max} characters; text.length() when it fits. */
    static int cutPoint(String text, int max) {
        if (text.length() <= max) {
            return text.length();
        }
        int floor = Math.max(0, max - LOOK_BACK);
        for (int i = max - 1; i >= floor; i--) {
            if (text.charAt(i) == '\n') {
                return i + 1;
            }
        }
        for (int i = max - 1; i > floor; i--) {
            char c = text.charAt(i);
            if ((c == ' ' || c == '\t') && isSentenceEnd(text.charAt(i - 1))) {
                return i;
            }
        }
        int cut = max;
        if (Character.isLowSurrogate(text.charAt(cut)) && cut > 0) {
            cut--; // never split a character in two
        }
        return cut;
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    static String truncationWarning(int kept, int total, long fileBytes) {
        return String.format(Locale.ROOT,
                "text longer than 5 MB: kept the first %,d of %,d characters read (file is %,d bytes)",
                kept, total, fileBytes);
    }
}
