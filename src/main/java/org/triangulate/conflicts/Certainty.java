package org.triangulate.conflicts;

/** How firmly a sentence states what it states. */
public enum Certainty {
    /** "likely", "suspected", "reportedly". */
    HEDGED,
    /** Said as fact. */
    ASSERTED,
    /** Denied or refuted. */
    DENIED
}
