package org.triangulate.cli;

import java.io.PrintWriter;
import java.util.List;
import org.triangulate.claims.ClaimBoard;
import org.triangulate.claims.ClaimOverview;
import org.triangulate.claims.ClaimView;
import org.triangulate.claims.GroupView;
import org.triangulate.workspace.Workspace;
import picocli.CommandLine.Command;

@Command(name = "claims", mixinStandardHelpOptions = true,
        description = "List the saved and suggested claims, grouped by what they state across sources.")
final class ClaimsCommand extends WorkspaceReportCommand<ClaimOverview> {

    @Override
    ClaimOverview report(WorkspaceOptions.Opened opened) {
        Workspace ws = opened.workspace();
        return new ClaimBoard().overview(ws.articles(), ws::mentions, opened.kase());
    }

    @Override
    Object json(ClaimOverview overview) {
        return toJson(overview);
    }

    static ClaimsJson toJson(ClaimOverview overview) {
        List<GroupJson> groups = overview.groups().stream().map(g -> new GroupJson(g.id(), g.summary(),
                g.independentSources(), g.suggested(), g.claims().stream().map(ClaimsCommand::claim).toList())).toList();
        return new ClaimsJson(groups, overview.ungrouped().stream().map(ClaimsCommand::claim).toList(),
                overview.lost().stream().map(ClaimsCommand::claim).toList());
    }

    /** A lost claim has no place in the current text: its offsets are printed as null. */
    private static ClaimJson claim(ClaimView c) {
        return new ClaimJson(c.id(), c.file(), c.isLost() ? null : c.start(), c.isLost() ? null : c.end(), c.text(),
                c.attribution(), c.stance().name(), c.status().name(), c.anchor().name(), c.groupId(), c.note(),
                c.entities(), c.values(), c.tags());
    }

    @Override
    void printText(ClaimOverview overview, PrintWriter out) {
        out.println(overview.groups().size() + " claim groups, " + overview.ungrouped().size() + " claims reported by one article only");
        for (GroupView g : overview.groups()) {
            out.printf("%n%s  %s  [%d independent source%s%s]%n", g.id(), g.summary().replace('\n', ' '),
                    g.independentSources(), g.independentSources() == 1 ? "" : "s", g.suggested() ? ", suggested" : "");
            for (ClaimView c : g.claims()) {
                out.printf("   %s:%d  %s, %s: %s%n", c.file(), c.start(), c.attribution(), c.stance(), c.text().replace('\n', ' '));
            }
        }
        if (!overview.lost().isEmpty()) {
            out.printf("%n%d saved claim%s can no longer be found in %s article (edited or removed):%n", overview.lost().size(),
                    overview.lost().size() == 1 ? "" : "s", overview.lost().size() == 1 ? "its" : "their");
            for (ClaimView c : overview.lost()) {
                out.printf("   LOST %s %s%s: %s%n", c.id(), c.file(), c.groupId() == null ? "" : " [" + c.groupId() + "]",
                        c.text().replace('\n', ' '));
            }
        }
    }

    /** {@code lost}: the analyst's claims whose quote is no longer in their article, with their saved group. */
    record ClaimsJson(List<GroupJson> groups, List<ClaimJson> ungrouped, List<ClaimJson> lost) {
    }

    record GroupJson(String id, String summary, int independentSources, boolean suggested, List<ClaimJson> claims) {
    }

    /** {@code anchor}: EXACT or MOVED (found in the current text), LOST (its quote cannot be found). */
    record ClaimJson(String id, String file, Integer start, Integer end, String text, String attribution, String stance,
                     String status, String anchor, String group, String note, List<String> entities, List<String> values,
                     List<String> tags) {
    }
}
