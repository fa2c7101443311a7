package org.triangulate.briefing;

/**
 * Something in the briefing a careful reader would object to. Warnings never block an export.
 *
 * @param rule    which rule
 * @param message what and where, for the analyst
 */
public record LintWarning(Rule rule, String message) {

    public enum Rule {
        /** Likelihood expressed on more than one scale (ICD 203 terms, UK yardstick terms, percentages). */
        MIXED_LIKELIHOOD_SCALES,
        /** A judgment that states both a likelihood and a confidence level: ICD 203 keeps them apart. */
        LIKELIHOOD_WITH_CONFIDENCE,
        /** A key judgment that no claim group supports. */
        UNSUPPORTED_JUDGMENT,
        /** A factual sentence with no citation. */
        UNCITED_FACT,
        /** A high-severity conflict the analyst has not resolved. */
        UNRESOLVED_HIGH_SEVERITY_CONFLICT,
        /** Characters no available font has a glyph for: the PDF would print them as "#". */
        MISSING_GLYPHS
    }
}
