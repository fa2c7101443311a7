package org.triangulate.briefing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triangulate.casefile.Credibility;
import org.triangulate.conflicts.Conflict;
import org.triangulate.conflicts.ConflictReport;
import org.triangulate.conflicts.GroupCredibility;
import org.triangulate.conflicts.ResolvedConflict;

/** Adapts what conflict detection found (and the credibility it proposes) to the briefing's {@link EvidenceInput}. */
public final class DetectedEvidence {

    private DetectedEvidence() {
    }

    public static EvidenceInput from(ConflictReport report) {
        List<BriefingConflict> conflicts = report.conflicts().stream().map(DetectedEvidence::conflict).toList();
        Map<String, Credibility> proposed = new LinkedHashMap<>();
        for (GroupCredibility g : report.credibility()) {
            proposed.put(g.groupId(), g.proposed());
        }
        return new EvidenceInput(conflicts, proposed);
    }

    /**
     * The resolution is the one the report found for the conflict, which may be stored under an older id when the
     * conflict changed since (so the briefing must not look it up by id); null while open.
     */
    private static BriefingConflict conflict(ResolvedConflict rc) {
        Conflict c = rc.conflict();
        List<BriefingConflict.Variant> variants = c.variants().stream()
                .map(v -> new BriefingConflict.Variant(v.outlet(), v.file(), v.start(), v.end(), v.text(), v.value())).toList();
        BriefingConflict.Settlement s = rc.resolution() == null ? null : BriefingConflict.Settlement.from(rc.resolution(), variants);
        if (s != null && rc.changedSinceResolved()) {
            s = new BriefingConflict.Settlement(s.decision() + " (decided before the sources changed)", s.rationale());
        }
        return new BriefingConflict(c.id(), c.kind().name(), BriefingConflict.Severity.valueOf(c.severity().name()),
                c.groupId(), c.summary(), variants, s);
    }
}
