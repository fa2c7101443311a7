package org.triangulate.conflicts;

import org.triangulate.casefile.Reliability;

/**
 * An outlet's source-reliability grade from the case (F, cannot be judged, until the analyst grades it).
 *
 * @param outlet the outlet, or the article file when unknown
 * @param grade  A-F
 * @param graded true when the analyst set it
 */
public record OutletReliability(String outlet, Reliability grade, boolean graded) {
}
