package org.triangulate.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.triangulate.cli.TriangulateCommand;

/**
 * The entry point of the jar. A plain class (not a JavaFX {@code Application}) so the JavaFX runtime can sit on the
 * class path, and so commands run headless without touching the toolkit.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = TriangulateCommand.commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
