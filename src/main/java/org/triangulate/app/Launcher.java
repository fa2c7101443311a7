package org.triangulate.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import javafx.application.Application;
import org.triangulate.cli.TriangulateCommand;

/**
 * The entry point of the jar: no arguments opens the window on the last corpus (the bundled sample the first time),
 * {@code open DIR} opens the window on a folder, a case file ({@code .triangulate}) opens the window on its corpus,
 * anything else is the command line. A plain class, not a JavaFX
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
        int code = switch (request.kind()) {
            case CLI -> TriangulateCommand.commandLine(out, err).execute(args);
            case ERROR -> {
                err.println(request.error());
                yield request.exitCode();
            }
            case HELP -> {
                out.println(request.error());
                yield 0;
            }
            case WINDOW -> openWindow(request, err);
        };
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** A case file opened from the file manager, handed to {@link TriangulateApp} (JavaFX starts it by class). */
    private static volatile CaseFileLaunch pendingCaseFile;

    /** The case file this launch opens, once: null when none or already taken. */
    static CaseFileLaunch takePendingCaseFile() {
        CaseFileLaunch taken = pendingCaseFile;
        pendingCaseFile = null;
        return taken;
    }

    private static int openWindow(LaunchRequest request, PrintWriter err) {
        StartupWarmUp.start();
        Path corpus = request.corpus();
        if (request.caseFile() != null) {
            // decided (and imported, when the corpus has no case yet) before JavaFX starts; questions and messages
            // wait for the window, and TriangulateApp opens the corpus the decision settles on
            pendingCaseFile = CaseFileLaunch.decide(request.caseFile(), org.triangulate.workspace.AppPaths.forCurrentUser());
        }
        try {
            Application.launch(TriangulateApp.class, corpus == null ? new String[0] : new String[] {corpus.toString()});
            return 0;
        } catch (RuntimeException e) {
            // Typically no display ("Unable to open DISPLAY") or no GTK: say so in one line, as the CLI does.
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            err.println("triangulate: cannot open the window: " + (cause.getMessage() == null ? cause : cause.getMessage()));
            return 1;
        }
    }
}
