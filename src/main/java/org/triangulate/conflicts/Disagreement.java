package org.triangulate.conflicts;

/** Why two variants do not fit together, and how seriously. */
record Disagreement(Severity severity, String reason) {
}
