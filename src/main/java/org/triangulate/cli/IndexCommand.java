package org.triangulate.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.triangulate.workspace.SyncReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Index a folder of articles (txt, md, html, pdf), re-reading only what changed since last time.")
final class IndexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Corpus folder. Default: the bundled sample corpus.")
    Path corpus;

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        try (WorkspaceOptions.Opened opened = workspaceOptions.open(corpus, spec.commandLine().getErr())) {
            SyncReport report = opened.report();
            out.println(report.summary());
            WorkspaceOptions.printProblems(report, out);
            out.println("workspace: " + opened.workspace().directory());
            out.flush();
        }
        return 0;
    }
}
