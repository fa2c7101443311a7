package org.triangulate.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.triangulate.casefile.Resolution;
import org.triangulate.conflicts.Conflict;
import org.triangulate.conflicts.ConflictBoard;
import org.triangulate.conflicts.ConflictReport;
import org.triangulate.conflicts.CoverageCell;
import org.triangulate.conflicts.GroupCredibility;
import org.triangulate.conflicts.OutletReliability;
import org.triangulate.conflicts.ResolvedConflict;
import org.triangulate.conflicts.Variant;
import org.triangulate.workspace.Workspace;
import picocli.CommandLine.Command;

@Command(name = "conflicts", mixinStandardHelpOptions = true,
        description = "List where the sources disagree (numbers, outcomes, certainty, attribution, dates), with the "
                + "coverage of each claim group by outlet and the credibility and reliability grades.")
public final class ConflictsCommand extends WorkspaceReportCommand<ConflictReport> {

    @Override
    ConflictReport report(WorkspaceOptions.Opened opened) {
        Workspace ws = opened.workspace();
        return new ConflictBoard().report(ws.articles(), ws::mentions, opened.kase());
    }

    @Override
    Object json(ConflictReport report) {
        return toJson(report);
    }

    static ConflictsJson toJson(ConflictReport report) {
        List<ConflictJson> conflicts = report.conflicts().stream().map(ConflictsCommand::conflict).toList();
        List<CoverageJson> coverage = report.coverage().rows().stream()
                .map(r -> new CoverageJson(r.groupId(), r.summary(), r.cells())).toList();
        List<CredibilityJson> credibility = report.credibility().stream().map(ConflictsCommand::credibility).toList();
        List<ReliabilityJson> reliability = report.reliability().stream()
                .map(r -> new ReliabilityJson(r.outlet(), r.grade().name(), r.graded())).toList();
        return new ConflictsJson(conflicts, new CoverageTableJson(report.coverage().outlets(), coverage), credibility, reliability);
    }

    private static ConflictJson conflict(ResolvedConflict rc) {
        Conflict c = rc.conflict();
        List<VariantJson> variants = c.variants().stream()
                .map(v -> new VariantJson(v.file(), v.outlet(), v.start(), v.end(), v.text(), v.value())).toList();
        Resolution r = rc.resolution();
        ResolutionJson resolution = r == null ? null : new ResolutionJson(r.kind().name(),
                rc.acceptedIndex() < 0 ? null : rc.acceptedIndex(), r.reading(), r.rationale(),
                r.decided() == null ? null : r.decided().toString(), rc.changedSinceResolved(), rc.changes());
        return new ConflictJson(c.id(), c.kind().name(), c.severity().name(), c.groupId(), c.summary(), c.reason(), variants, resolution);
    }

    private static CredibilityJson credibility(GroupCredibility g) {
        return new CredibilityJson(g.groupId(), g.independentSources(), g.openConflicts(), g.proposed().grade(),
                g.override() == null ? null : g.override().grade().grade(), g.override() == null ? null : g.override().reason(),
                g.effective().grade(), g.effective().label(), g.basis());
    }

    @Override
    void printText(ConflictReport report, PrintWriter out) {
        List<ResolvedConflict> conflicts = report.conflicts();
        out.println(conflicts.size() + " conflict" + (conflicts.size() == 1 ? "" : "s") + ", " + report.open().size() + " open");
        for (ResolvedConflict rc : conflicts) {
            Conflict c = rc.conflict();
            out.printf("%n%s  %s %s%s  %s%n", c.id(), c.severity(), c.kind(), c.groupId() == null ? "" : "  [" + c.groupId() + "]",
                    rc.isOpen() ? "OPEN" : "resolved: " + rc.resolution().kind()
                            + (rc.changedSinceResolved() ? " (CHANGED since resolved: " + String.join("; ", rc.changes()) + ")" : ""));
            out.println("   " + c.summary());
            out.println("   why: " + c.reason());
            for (Variant v : c.variants()) {
                out.printf("   - %s (%s:%d) %s%n       \"%s\"%n", v.outlet(), v.file(), v.start(), v.value(), v.text().replace('\n', ' '));
            }
        }
        if (!report.unattached().isEmpty()) {
            out.printf("%n%d earlier decision%s fit%s no conflict found now (the articles changed):%n", report.unattached().size(),
                    report.unattached().size() == 1 ? "" : "s", report.unattached().size() == 1 ? "s" : "");
            for (Resolution r : report.unattached()) {
                out.printf("   %s %s%s%n", r.conflictId(), r.kind(), r.rationale().isBlank() ? "" : ": " + r.rationale());
            }
        }
        out.println();
        out.println("Coverage (R reported, D reported differently, . silent):");
        List<String> outlets = report.coverage().outlets();
        for (int i = 0; i < outlets.size(); i++) {
            out.printf("   %d = %s%n", i + 1, outlets.get(i));
        }
        for (var row : report.coverage().rows()) {
            StringBuilder cells = new StringBuilder();
            for (String o : outlets) {
                CoverageCell cell = row.cells().get(o);
                cells.append(cell == CoverageCell.REPORTED ? 'R' : cell == CoverageCell.REPORTED_DIFFERENTLY ? 'D' : '.');
            }
            String summary = row.summary().replace('\n', ' ');
            out.printf("   %-5s %s  %s%n", row.groupId(), cells, summary.length() > 90 ? summary.substring(0, 90) + "..." : summary);
        }
        out.println();
        out.println("Credibility of claim groups (1 confirmed ... 6 cannot be judged):");
        for (GroupCredibility g : report.credibility()) {
            out.printf("   %-5s %d %s (%s)%s%n", g.groupId(), g.effective().grade(), g.effective().label(), g.basis(),
                    g.override() == null ? "" : "; analyst override: " + g.override().reason());
        }
        out.println();
        out.println("Reliability of outlets (A completely reliable ... F cannot be judged):");
        for (OutletReliability r : report.reliability()) {
            out.printf("   %s %s%s%n", r.grade(), r.outlet(), r.graded() ? "" : " (not graded)");
        }
    }

    record ConflictsJson(List<ConflictJson> conflicts, CoverageTableJson coverage, List<CredibilityJson> credibility,
                         List<ReliabilityJson> reliability) {
    }

    record ConflictJson(String id, String kind, String severity, String group, String summary, String reason,
                        List<VariantJson> variants, ResolutionJson resolution) {
    }

    record VariantJson(String file, String outlet, int start, int end, String text, String value) {
    }

    /**
     * {@code acceptedVariant}: index among the conflict's variants now, null when none (or it is no longer there);
     * {@code changedSinceResolved}: the variants differ from those the analyst decided on, as {@code changes} says.
     */
    record ResolutionJson(String kind, Integer acceptedVariant, String reading, String rationale, String decided,
                          boolean changedSinceResolved, List<String> changes) {
    }

    record CoverageTableJson(List<String> outlets, List<CoverageJson> rows) {
    }

    record CoverageJson(String group, String summary, Map<String, CoverageCell> cells) {
    }

    record CredibilityJson(String group, int independentSources, int openConflicts, int proposed, Integer override,
                           String overrideReason, int grade, String label, String basis) {
    }

    record ReliabilityJson(String outlet, String grade, boolean graded) {
    }
}
