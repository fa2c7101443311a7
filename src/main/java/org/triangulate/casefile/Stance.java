package org.triangulate.casefile;

/** How the source inside the article holds a claim. */
public enum Stance {
    /** Stated as fact. */
    ASSERTED,
    /** Stated as an accusation or allegation by someone ("accused", "alleged", "blamed"). */
    ALLEGED,
    /** Denied or refuted. */
    DENIED,
    /** Stated with uncertainty ("likely", "reportedly", "suspected"). */
    HEDGED;

    /** The next stance in the cycle the {@code s} key walks through. */
    public Stance next() {
        return values()[(ordinal() + 1) % values().length];
    }
}
