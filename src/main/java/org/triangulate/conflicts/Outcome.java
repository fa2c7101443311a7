package org.triangulate.conflicts;

/** How an attack, attempt or operation against a target ended, as a sentence tells it. */
public enum Outcome {
    ATTEMPTED, SUCCEEDED, THWARTED, UNKNOWN
}
