package org.triangulate.conflicts;

import java.util.List;
import org.triangulate.casefile.Resolution;
import org.triangulate.casefile.ResolutionKind;

/**
 * A conflict with the analyst's decision on it, if any. A decision taken when the conflict had other variants (an
 * article was edited, added or removed since) is still attached, with what changed, so the analyst can look again.
 *
 * @param conflict   the conflict
 * @param resolution the decision stored in the case, or null while open; its {@code acceptedVariant} is the index in
 *                   the conflict as it is now (-1 when the accepted variant is no longer among its variants) and its
 *                   {@code conflictId} the id it is stored under
 * @param changes    what differs from the conflict the analyst resolved, in words; empty when nothing does
 */
public record ResolvedConflict(Conflict conflict, Resolution resolution, List<String> changes) {

    public ResolvedConflict {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public ResolvedConflict(Conflict conflict, Resolution resolution) {
        this(conflict, resolution, List.of());
    }

    public boolean isOpen() {
        return resolution == null;
    }

    /** Still weighs against the claim: open, or resolved as genuinely disputed. */
    public boolean stillDisputed() {
        return resolution == null || resolution.kind() == ResolutionKind.DISPUTED;
    }

    /** Resolved, but the conflict's variants are no longer those the analyst decided on. */
    public boolean changedSinceResolved() {
        return resolution != null && !changes.isEmpty();
    }

    /** The index of the accepted variant among the conflict's variants now, or -1 (none accepted, or it is gone). */
    public int acceptedIndex() {
        return resolution == null || resolution.kind() != ResolutionKind.ACCEPT_VARIANT
                || resolution.acceptedVariant() >= conflict.variants().size() ? -1 : resolution.acceptedVariant();
    }
}
