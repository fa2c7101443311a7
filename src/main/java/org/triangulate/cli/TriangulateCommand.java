package org.triangulate.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: the same services as the desktop window, for scripting and testing. */
@Command(name = "triangulate", mixinStandardHelpOptions = true, version = "Triangulate 0.1.0",
        description = "Read many reports of the same event side by side and brief on what is actually known.",
        footer = {"", "The desktop window: triangulate (no arguments: the last workspace, or the sample corpus on first run),",
                "triangulate open DIR (a folder of articles), or triangulate CASE.triangulate (a saved case)."},
        subcommands = {IndexCommand.class, SearchCommand.class, SimilarCommand.class, EntitiesCommand.class, ClaimsCommand.class, ConflictsCommand.class, ExportCommand.class, BenchCommand.class})
public final class TriangulateCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A command line with our exit codes: 0 success, 1 failure (one line on stderr), 2 usage error. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new TriangulateCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("triangulate " + commandLine.getCommandName() + ": " + oneLine(e));
            commandLine.getErr().flush();
            return 1;
        });
        return cl;
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse(message);
    }
}
