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
        List<BriefingConflict> conflicts = report.conflicts().stream().map(ResolvedConflict::conflict)
                .map(DetectedEvidence::conflict).toList();
        Map<String, Credibility> proposed = new LinkedHashMap<>();
        for (GroupCredibility g : report.credibility()) {
            proposed.put(g.groupId(), g.proposed());
        }
        return new EvidenceInput(conflicts, proposed);
    }

    /** The resolution is left null: the briefing takes it from the case by the conflict's stable id. */
    private static BriefingConflict conflict(Conflict c) {
        List<BriefingConflict.Variant> variants = c.variants().stream()
                .map(v -> new BriefingConflict.Variant(v.outlet(), v.file(), v.start(), v.end(), v.text(), v.value())).toList();
        return new BriefingConflict(c.id(), c.kind().name(), BriefingConflict.Severity.valueOf(c.severity().name()),
                c.groupId(), c.summary(), variants, null);
    }
}
