package org.triangulate.casefile;

/** Analytic confidence in a judgment (ICD 203): how sound the sourcing and reasoning are. */
public enum Confidence {
    LOW, MODERATE, HIGH
}
