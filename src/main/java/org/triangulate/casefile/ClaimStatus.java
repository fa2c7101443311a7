package org.triangulate.casefile;

/** Where a claim stands with the analyst. */
public enum ClaimStatus {
    /** Proposed by the machine, not yet reviewed. */
    SUGGESTED,
    /** Made or accepted by the analyst. */
    ACCEPTED,
    /** A suggestion the analyst turned down; kept so it is not proposed again. */
    REJECTED
}
