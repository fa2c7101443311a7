package org.triangulate.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import javafx.application.Application;
import org.triangulate.cli.TriangulateCommand;

/**
 * The entry point of the jar: no arguments opens the window on the last corpus (the bundled sample the first time),
 * {@code open DIR} opens the window on a folder, anything else is the command line. A plain class, not a JavaFX
 * {@code Application}, so the JavaFX runtime can sit on the class path and commands run without touching the toolkit.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        // The file log (packaged app) goes where AppPaths puts Triangulate's data; set before anything logs.
        if (System.getProperty("triangulate.log.dir") == null) {
            System.setProperty("triangulate.log.dir", org.triangulate.workspace.AppPaths.forCurrentUser().logDir().toString());
        }
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        LaunchRequest request = LaunchRequest.parse(args);
        if (request.kind() == LaunchRequest.Kind.WINDOW && args.length == 1 && args[0].endsWith(".triangulate")) {
            importCase(Path.of(args[0]), request.corpus(), err);
        }
        int code = switch (request.kind()) {
            case CLI -> TriangulateCommand.commandLine(out, err).execute(args);
            case ERROR -> {
                err.println(request.error());
                yield request.exitCode();
            }
            case WINDOW -> openWindow(request, err);
        };
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** An exported case opened from the file manager joins its corpus's workspace unless that has a case already. */
    private static void importCase(Path caseFile, Path corpus, PrintWriter err) {
        try {
            Path workspace = org.triangulate.workspace.AppPaths.forCurrentUser().workspaceFor(corpus);
            if (!org.triangulate.workspace.CaseImport.importIfAbsent(caseFile, workspace)) {
                err.println("triangulate: " + corpus + " already has a case; " + caseFile.getFileName() + " was not imported");
            }
        } catch (java.io.IOException e) {
            err.println("triangulate: could not import " + caseFile + ": " + e.getMessage());
        }
    }

    private static int openWindow(LaunchRequest request, PrintWriter err) {
        StartupWarmUp.start();
        try {
            Application.launch(TriangulateApp.class, request.corpus() == null ? new String[0] : new String[] {request.corpus().toString()});
            return 0;
        } catch (RuntimeException e) {
            // Typically no display ("Unable to open DISPLAY") or no GTK: say so in one line, as the CLI does.
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            err.println("triangulate: cannot open the window: " + (cause.getMessage() == null ? cause : cause.getMessage()));
            return 1;
        }
    }
}
