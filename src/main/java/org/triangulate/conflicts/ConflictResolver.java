package org.triangulate.conflicts;

import java.time.Instant;
import org.triangulate.casefile.CaseFile;
import org.triangulate.casefile.Resolution;
import org.triangulate.casefile.ResolutionKind;

/**
 * The analyst's four ways to settle a conflict, each a new case (so undo is the case history's). Checks what the
 * case model cannot: that an accepted variant exists in the conflict. Each decision records the conflict's kind and
 * variants by quote, and the accepted variant by quote, so it finds its conflict again after the articles change.
 * The {@link ResolvedConflict} forms replace the decision the conflict showed, whatever id it was stored under.
 */
public final class ConflictResolver {

    private ConflictResolver() {
    }

    public static CaseFile acceptVariant(CaseFile kase, Conflict conflict, int variant, String rationale) {
        if (variant < 0 || variant >= conflict.variants().size()) {
            throw new IllegalArgumentException("conflict " + conflict.id() + " has no variant " + variant);
        }
        return kase.withResolution(resolution(conflict, ResolutionKind.ACCEPT_VARIANT, variant, "", rationale));
    }

    public static CaseFile mergedReading(CaseFile kase, Conflict conflict, String reading, String rationale) {
        return kase.withResolution(resolution(conflict, ResolutionKind.MERGED_READING, -1, reading, rationale));
    }

    public static CaseFile disputed(CaseFile kase, Conflict conflict, String rationale) {
        return kase.withResolution(resolution(conflict, ResolutionKind.DISPUTED, -1, "", rationale));
    }

    public static CaseFile notAConflict(CaseFile kase, Conflict conflict, String note) {
        return kase.withResolution(resolution(conflict, ResolutionKind.NOT_A_CONFLICT, -1, "", note));
    }

    public static CaseFile reopen(CaseFile kase, Conflict conflict) {
        return kase.withoutResolution(conflict.id());
    }

    // ---- on a conflict as the report shows it: its earlier decision may be stored under an older id ----

    public static CaseFile acceptVariant(CaseFile kase, ResolvedConflict rc, int variant, String rationale) {
        return acceptVariant(withoutEarlier(kase, rc), rc.conflict(), variant, rationale);
    }

    public static CaseFile mergedReading(CaseFile kase, ResolvedConflict rc, String reading, String rationale) {
        return mergedReading(withoutEarlier(kase, rc), rc.conflict(), reading, rationale);
    }

    public static CaseFile disputed(CaseFile kase, ResolvedConflict rc, String rationale) {
        return disputed(withoutEarlier(kase, rc), rc.conflict(), rationale);
    }

    public static CaseFile notAConflict(CaseFile kase, ResolvedConflict rc, String note) {
        return notAConflict(withoutEarlier(kase, rc), rc.conflict(), note);
    }

    public static CaseFile reopen(CaseFile kase, ResolvedConflict rc) {
        return reopen(withoutEarlier(kase, rc), rc.conflict());
    }

    private static CaseFile withoutEarlier(CaseFile kase, ResolvedConflict rc) {
        return rc.resolution() == null ? kase : kase.withoutResolution(rc.resolution().conflictId());
    }

    private static Resolution resolution(Conflict c, ResolutionKind kind, int variant, String reading, String rationale) {
        return new Resolution(c.id(), kind, variant, reading, rationale, Instant.now(), c.kind().name(), c.variantRefs(),
                variant < 0 ? null : Conflict.ref(c.variants().get(variant)));
    }
}
