package org.triangulate.briefing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.triangulate.claims.ClaimView;
import org.triangulate.claims.GroupView;
import org.triangulate.corpus.Article;

/** Which outlet reports which agreed point or disputed claim: the gaps show what rests on few sources. */
final class CoverageTable {

    private CoverageTable() {
    }

    static Briefing.Coverage of(Briefing.Agreement agreement, EvidenceInput evidence, Map<String, GroupView> groupsById,
                                Map<String, Article> byFile) {
        List<String> outlets = new ArrayList<>(new LinkedHashSet<>(byFile.values().stream().map(SourceLabels::column).toList()));
        Set<String> groupIds = new LinkedHashSet<>();
        agreement.points().forEach(p -> groupIds.add(p.groupId()));
        evidence.conflicts().stream().map(BriefingConflict::groupId).filter(groupsById::containsKey).forEach(groupIds::add);
        List<Briefing.CoverageRow> rows = new ArrayList<>();
        for (String id : groupIds) {
            GroupView g = groupsById.get(id);
            if (g == null) {
                continue;
            }
            Set<String> reporting = new LinkedHashSet<>();
            for (ClaimView c : g.claims()) {
                Article a = byFile.get(c.file());
                reporting.add(a == null ? c.file() : SourceLabels.column(a));
            }
            rows.add(new Briefing.CoverageRow(BriefingAssembler.oneLine(g.summary()),
                    outlets.stream().map(reporting::contains).toList()));
        }
        return new Briefing.Coverage(outlets, rows);
    }
}
