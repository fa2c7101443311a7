package org.triangulate.nlp;

/**
 * Where the sentence around an offset starts and ends, as the rules' cue checks need it. The look-ups walk at most
 * {@link #REACH} characters: no rule needs more of a sentence than that, and a text without full stops or line
 * breaks (a scraped page on one line) would otherwise make every look-up walk to the top of the text, so the rules
 * layer grew with the square of the line's length.
 */
final class Sentences {

    /** How far a look-up walks; real sentences are far shorter. */
    static final int REACH = 1_000;

    private Sentences() {
    }

    /**
     * The offset after the last line break or sentence end ('.', '!' or '?' before whitespace) before {@code at}, or
     * {@link #REACH} characters before {@code at} when none is that near.
     */
    static int start(String text, int at) {
        int limit = Math.max(0, at - REACH);
        for (int i = at - 1; i > limit; i--) {
            char c = text.charAt(i);
            if (c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return limit;
    }

    /** The first ". " at or after {@code from}, or where the look-up stopped (text end or {@link #REACH} on). */
    static int endAtFullStop(String text, int from) {
        int limit = Math.min(text.length(), from + REACH);
        for (int i = from; i + 1 < limit; i++) {
            if (text.charAt(i) == '.' && text.charAt(i + 1) == ' ') {
                return i;
            }
        }
        return limit;
    }
}
