package org.triangulate.conflicts;

import java.util.List;

/**
 * Everything the conflicts view and the CLI show: the conflicts with their resolutions, the coverage matrix, each
 * claim group's credibility and each outlet's reliability.
 */
public record ConflictReport(List<ResolvedConflict> conflicts, Coverage coverage, List<GroupCredibility> credibility,
                             List<OutletReliability> reliability) {

    public ConflictReport {
        conflicts = List.copyOf(conflicts);
        credibility = List.copyOf(credibility);
        reliability = List.copyOf(reliability);
    }

    public List<ResolvedConflict> open() {
        return conflicts.stream().filter(ResolvedConflict::isOpen).toList();
    }
}
