package org.triangulate.corpus;

/**
 * Text decoded from a file's bytes, or why it is not text.
 *
 * @param text       the decoded text (null when {@code skipReason} is set)
 * @param warning    a note for the analyst, e.g. the charset fallback used; null when none
 * @param skipReason why the bytes are not treated as text; null when they are
 */
record DecodedText(String text, String warning, String skipReason) {

    static DecodedText of(String text, String warning) {
        return new DecodedText(text, warning, null);
    }

    static DecodedText notText(String reason) {
        return new DecodedText(null, null, reason);
    }

    boolean isText() {
        return skipReason == null;
    }
}
