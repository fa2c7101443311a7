package org.triangulate.conflicts;

import java.time.Instant;
import org.triangulate.casefile.CaseFile;
import org.triangulate.casefile.Resolution;
import org.triangulate.casefile.ResolutionKind;

/**
 * The analyst's four ways to settle a conflict, each a new case (so undo is the case history's). Checks what the
 * case model cannot: that an accepted variant exists in the conflict.
 */
public final class ConflictResolver {

    private ConflictResolver() {
    }

    public static CaseFile acceptVariant(CaseFile kase, Conflict conflict, int variant, String rationale) {
        if (variant < 0 || variant >= conflict.variants().size()) {
            throw new IllegalArgumentException("conflict " + conflict.id() + " has no variant " + variant);
        }
        return kase.withResolution(new Resolution(conflict.id(), ResolutionKind.ACCEPT_VARIANT, variant, "", rationale, Instant.now()));
    }

    public static CaseFile mergedReading(CaseFile kase, Conflict conflict, String reading, String rationale) {
        return kase.withResolution(new Resolution(conflict.id(), ResolutionKind.MERGED_READING, -1, reading, rationale, Instant.now()));
    }

    public static CaseFile disputed(CaseFile kase, Conflict conflict, String rationale) {
        return kase.withResolution(new Resolution(conflict.id(), ResolutionKind.DISPUTED, -1, "", rationale, Instant.now()));
    }

    public static CaseFile notAConflict(CaseFile kase, Conflict conflict, String note) {
        return kase.withResolution(new Resolution(conflict.id(), ResolutionKind.NOT_A_CONFLICT, -1, "", note, Instant.now()));
    }

    public static CaseFile reopen(CaseFile kase, Conflict conflict) {
        return kase.withoutResolution(conflict.id());
    }
}
