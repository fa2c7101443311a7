package org.triangulate.conflicts;

/** How sure the machine is that the variants cannot all be right. */
public enum Severity {
    /** The variants contradict each other even on a generous reading. */
    HIGH,
    /** They contradict each other on a literal reading, but a loose one could reconcile them. */
    MEDIUM,
    /** Compatible, but said with different precision or confidence: worth a look, not a contradiction. */
    LOW
}
