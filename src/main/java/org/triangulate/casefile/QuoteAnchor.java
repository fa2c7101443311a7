package org.triangulate.casefile;

import java.util.Objects;

/**
 * Where a claim sits in an article, stored so it survives the article being re-imported or lightly edited: the
 * offsets, the exact quote, and a little text on either side to tell repeated quotes apart.
 *
 * @param file   article file, relative to the corpus folder
 * @param start  body offset of the quote when it was anchored
 * @param end    body offset after the quote
 * @param quote  the exact quoted text
 * @param prefix up to {@link #CONTEXT} characters before the quote
 * @param suffix up to {@link #CONTEXT} characters after the quote
 */
public record QuoteAnchor(String file, int start, int end, String quote, String prefix, String suffix) {

    public static final int CONTEXT = 32;

    public QuoteAnchor {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(quote, "quote");
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
    }

    /** Anchors [start, end) of {@code body}. */
    public static QuoteAnchor of(String file, String body, int start, int end) {
        return new QuoteAnchor(file, start, end, body.substring(start, end),
                body.substring(Math.max(0, start - CONTEXT), start), body.substring(end, Math.min(body.length(), end + CONTEXT)));
    }

    public QuoteAnchor movedTo(int newStart) {
        return new QuoteAnchor(file, newStart, newStart + quote.length(), quote, prefix, suffix);
    }
}
