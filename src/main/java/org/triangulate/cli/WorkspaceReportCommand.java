package org.triangulate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.triangulate.workspace.Json;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * A command that opens a corpus's workspace with its entities and case, works out a report from them and prints it
 * as text or, with {@code --json}, as JSON ({@code entities}, {@code claims}, {@code conflicts}).
 *
 * @param <R> the report
 */
abstract class WorkspaceReportCommand<R> implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Corpus folder. Default: the bundled sample corpus.")
    Path corpus;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Override
    public final Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (WorkspaceOptions.Opened opened = workspaceOptions.openWithEntities(corpus, spec.commandLine().getErr())) {
            R report = report(opened);
            if (json) {
                out.println(Json.mapper().writeValueAsString(json(report)));
            } else {
                printText(report, out);
            }
            out.flush();
        }
        return 0;
    }

    /** The report, from the open workspace and its saved case. */
    abstract R report(WorkspaceOptions.Opened opened);

    /** What {@code --json} prints: an object Jackson writes as it is. */
    abstract Object json(R report);

    abstract void printText(R report, PrintWriter out);
}
