package org.triangulate.conflicts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.triangulate.claims.ClaimView;
import org.triangulate.claims.GroupView;

/**
 * The coverage matrix: claim groups by outlets, each cell reported, reported differently or silent. It is how an
 * omission shows: a key claim most outlets carry and one does not.
 *
 * @param outlets the columns, in corpus order
 * @param rows    one per claim group
 */
public record Coverage(List<String> outlets, List<Row> rows) {

    /** One claim group across the outlets. */
    public record Row(String groupId, String summary, Map<String, CoverageCell> cells) {
        public Row {
            cells = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        }
    }

    public Coverage {
        outlets = List.copyOf(outlets);
        rows = List.copyOf(rows);
    }

    /**
     * @param groups        the claim groups
     * @param outlets       every outlet of the corpus, in order
     * @param outletOfFile  outlet by article file
     * @param openConflicts conflicts not yet resolved
     */
    public static Coverage of(List<GroupView> groups, List<String> outlets, Map<String, String> outletOfFile,
                              List<Conflict> openConflicts) {
        Set<String> disputedPlaces = new HashSet<>();
        for (Conflict c : openConflicts) {
            c.variants().forEach(v -> disputedPlaces.add(v.file() + ":" + v.start()));
        }
        List<Row> rows = new ArrayList<>();
        for (GroupView g : groups) {
            Map<String, CoverageCell> cells = new LinkedHashMap<>();
            outlets.forEach(o -> cells.put(o, CoverageCell.SILENT));
            for (ClaimView c : g.claims()) {
                String outlet = outletOfFile.getOrDefault(c.file(), c.file());
                CoverageCell cell = disputedPlaces.contains(c.file() + ":" + c.start())
                        ? CoverageCell.REPORTED_DIFFERENTLY : CoverageCell.REPORTED;
                if (cells.get(outlet) != CoverageCell.REPORTED_DIFFERENTLY) {
                    cells.put(outlet, cell);
                }
            }
            rows.add(new Row(g.id(), g.summary(), cells));
        }
        return new Coverage(outlets, rows);
    }
}
