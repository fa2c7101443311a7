package org.triangulate.conflicts;

/** What an outlet does with a claim group. */
public enum CoverageCell {
    /** It carries the claim. */
    REPORTED,
    /** It carries the claim, in a version another outlet contradicts (a variant of an open conflict). */
    REPORTED_DIFFERENTLY,
    /** It does not carry it: an omission, not a conflict. */
    SILENT
}
