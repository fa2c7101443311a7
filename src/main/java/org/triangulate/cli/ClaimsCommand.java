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
        return new ClaimsJson(groups, overview.ungrouped().stream().map(ClaimsCommand::claim).toList());
    }

    private static ClaimJson claim(ClaimView c) {
        return new ClaimJson(c.id(), c.file(), c.start(), c.end(), c.text(), c.attribution(), c.stance().name(),
                c.status().name(), c.entities(), c.values(), c.tags());
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
    }

    record ClaimsJson(List<GroupJson> groups, List<ClaimJson> ungrouped) {
    }

    record GroupJson(String id, String summary, int independentSources, boolean suggested, List<ClaimJson> claims) {
    }

    record ClaimJson(String id, String file, int start, int end, String text, String attribution, String stance,
                     String status, List<String> entities, List<String> values, List<String> tags) {
    }
}
