package org.triangulate.briefing;

import java.util.Locale;

/** The paper a PDF briefing is laid out for. */
public enum PaperSize {
    A4("A4"), LETTER("letter");

    private final String cssSize;

    PaperSize(String cssSize) {
        this.cssSize = cssSize;
    }

    /** The CSS {@code @page size} value. */
    String cssSize() {
        return cssSize;
    }

    /** "a4" or "letter", any case. */
    public static PaperSize parse(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }
}
