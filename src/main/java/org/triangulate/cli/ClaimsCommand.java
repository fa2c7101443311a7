package org.triangulate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.triangulate.claims.ClaimBoard;
import org.triangulate.claims.ClaimOverview;
import org.triangulate.claims.ClaimView;
import org.triangulate.claims.GroupView;
import org.triangulate.workspace.Json;
import org.triangulate.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "claims", mixinStandardHelpOptions = true,
        description = "List the saved and suggested claims, grouped by what they state across sources.")
final class ClaimsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Corpus folder. Default: the bundled sample corpus.")
    Path corpus;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (WorkspaceOptions.Opened opened = workspaceOptions.openWithEntities(corpus, err)) {
            Workspace ws = opened.workspace();
            ClaimOverview overview = new ClaimBoard().overview(ws.articles(), ws::mentions, opened.kase());
            if (json) {
                out.println(Json.mapper().writeValueAsString(toJson(overview)));
            } else {
                printText(overview, out);
            }
            out.flush();
        }
        return 0;
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

    private static void printText(ClaimOverview overview, PrintWriter out) {
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
