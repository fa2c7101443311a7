package org.triangulate.casefile;

/** The ICD 203 scale of likelihood terms, in order. */
public enum Likelihood {
    ALMOST_NO_CHANCE("almost no chance"),
    VERY_UNLIKELY("very unlikely"),
    UNLIKELY("unlikely"),
    ROUGHLY_EVEN_CHANCE("roughly even chance"),
    LIKELY("likely"),
    VERY_LIKELY("very likely"),
    ALMOST_CERTAIN("almost certain");

    private final String phrase;

    Likelihood(String phrase) {
        this.phrase = phrase;
    }

    public String phrase() {
        return phrase;
    }
}
