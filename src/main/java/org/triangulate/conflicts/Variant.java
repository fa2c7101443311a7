package org.triangulate.conflicts;

/**
 * One source's version in a conflict: the exact quote and what the machine read in it.
 *
 * @param articleId article id
 * @param file      article file
 * @param outlet    the outlet, or the file when the outlet is unknown
 * @param start     body offset of the quote
 * @param end       body offset after it
 * @param text      the quote (the sentence carrying the variant)
 * @param value     the normalised value read from it ("> 10000 emails", "thwarted: Electoral Commission")
 */
public record Variant(String articleId, String file, String outlet, int start, int end, String text, String value) {

    /** Where the variant sits; the conflict id is made from these. */
    public String place() {
        return file + ":" + start;
    }
}
