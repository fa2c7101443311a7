package org.triangulate.ui.claims;

import org.triangulate.casefile.Stance;

/** Stance names as the analyst reads them. */
final class StanceLabels {

    private StanceLabels() {
    }

    static String label(Stance stance) {
        return switch (stance) {
            case ASSERTED -> "asserted";
            case ALLEGED -> "alleged";
            case DENIED -> "denied";
            case HEDGED -> "hedged";
        };
    }
}
