package org.triangulate.conflicts;

import org.triangulate.casefile.Resolution;
import org.triangulate.casefile.ResolutionKind;

/**
 * A conflict with the analyst's decision on it, if any.
 *
 * @param conflict   the conflict
 * @param resolution the decision stored in the case, or null while open
 */
public record ResolvedConflict(Conflict conflict, Resolution resolution) {

    public boolean isOpen() {
        return resolution == null;
    }

    /** Still weighs against the claim: open, or resolved as genuinely disputed. */
    public boolean stillDisputed() {
        return resolution == null || resolution.kind() == ResolutionKind.DISPUTED;
    }
}
