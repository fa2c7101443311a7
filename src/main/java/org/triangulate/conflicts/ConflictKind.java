package org.triangulate.conflicts;

/** What the sources disagree about. */
public enum ConflictKind {
    /** Numbers or amounts of the same measured thing that do not fit together. */
    QUANTITY,
    /** One source says it succeeded, another that it was thwarted. */
    OUTCOME,
    /** The same outcome, stated as fact by one source and hedged or denied by another. */
    CERTAINTY,
    /** Different parties named as the one who did it or the one who says it. */
    ATTRIBUTION,
    /** Different dates or periods for the same event. */
    DATE
}
