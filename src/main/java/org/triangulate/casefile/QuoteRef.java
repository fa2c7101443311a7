package org.triangulate.casefile;

import java.util.Objects;

/**
 * A passage named by its article and exact words, without offsets, so that it is recognised again after text above
 * it moves: what a resolution resolved and which claims a credibility grade was given to are stored this way.
 *
 * @param file  article file, relative to the corpus folder
 * @param quote the exact quoted text
 * @param value the normalised value read from it when it was a conflict variant ("> 10000 email"), else empty
 */
public record QuoteRef(String file, String quote, String value) {

    public QuoteRef {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(quote, "quote");
        value = value == null ? "" : value;
    }

    public QuoteRef(String file, String quote) {
        this(file, quote, "");
    }

    /** True when this names the passage {@code quote} of {@code file} (runs of white space count as one space). */
    public boolean names(String otherFile, String otherQuote) {
        return file.equals(otherFile) && normal(quote).equals(normal(otherQuote));
    }

    /** The quote as compared: white space collapsed, ends trimmed. */
    public static String normal(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
