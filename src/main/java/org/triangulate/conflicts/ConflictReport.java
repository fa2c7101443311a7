package org.triangulate.conflicts;

import java.util.List;
import org.triangulate.casefile.Resolution;

/**
 * Everything the conflicts view and the CLI show: the conflicts with their resolutions, the coverage matrix, each
 * claim group's credibility and each outlet's reliability, and the analyst's decisions on conflicts that are no
 * longer found (so they are reported rather than silently dropped).
 */
public record ConflictReport(List<ResolvedConflict> conflicts, Coverage coverage, List<GroupCredibility> credibility,
                             List<OutletReliability> reliability, List<Resolution> unattached) {

    public ConflictReport {
        conflicts = List.copyOf(conflicts);
        credibility = List.copyOf(credibility);
        reliability = List.copyOf(reliability);
        unattached = unattached == null ? List.of() : List.copyOf(unattached);
    }

    public ConflictReport(List<ResolvedConflict> conflicts, Coverage coverage, List<GroupCredibility> credibility,
                          List<OutletReliability> reliability) {
        this(conflicts, coverage, credibility, reliability, List.of());
    }

    public List<ResolvedConflict> open() {
        return conflicts.stream().filter(ResolvedConflict::isOpen).toList();
    }
}
