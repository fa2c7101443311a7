package org.triangulate.casefile;

/** How the analyst settled a conflict between sources. */
public enum ResolutionKind {
    /** One variant is right; the others are wrong or outdated. */
    ACCEPT_VARIANT,
    /** The analyst writes their own reading that reconciles the variants. */
    MERGED_READING,
    /** The sources genuinely disagree: report both. */
    DISPUTED,
    /** The flag was a false alarm. */
    NOT_A_CONFLICT
}
