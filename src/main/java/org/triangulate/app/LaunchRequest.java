package org.triangulate.app;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the command line asks for: the window (optionally on a folder or a case file), a CLI command, or nothing
 * sensible.
 *
 * @param kind     which of the three
 * @param corpus   the folder to open in the window, or null for the default
 * @param error    for {@link Kind#ERROR}, the one-line message
 * @param exitCode for {@link Kind#ERROR}, 1 (failure) or 2 (usage), as the CLI uses them
 * @param caseFile a case file to open in the window ({@link CaseFileLaunch} decides on which corpus), or null
 */
public record LaunchRequest(Kind kind, Path corpus, String error, int exitCode, Path caseFile) {

    public enum Kind { WINDOW, CLI, ERROR, HELP }

    /** What {@code open --help} prints (the window is not a picocli command: it must start without the CLI's classes). */
    static final String OPEN_HELP = """
            Usage: triangulate open DIR
            Opens the desktop window on the articles in folder DIR (recursively: .txt, .md, .html, .pdf).
            With no arguments at all, triangulate opens the last workspace, or the bundled sample corpus on first run.""";

    public LaunchRequest(Kind kind, Path corpus, String error, int exitCode) {
        this(kind, corpus, error, exitCode, null);
    }

    public static LaunchRequest parse(String[] args) {
        if (args.length == 0) {
            return new LaunchRequest(Kind.WINDOW, null, null, 0);
        }
        if (args.length == 1 && isCaseFileName(args[0]) && Files.isRegularFile(Path.of(args[0]))) {
            return caseFile(Path.of(args[0]).toAbsolutePath().normalize());
        }
        if (!"open".equals(args[0])) {
            return new LaunchRequest(Kind.CLI, null, null, 0);
        }
        if (args.length == 2 && (args[1].equals("--help") || args[1].equals("-h"))) {
            return new LaunchRequest(Kind.HELP, null, OPEN_HELP, 0);
        }
        if (args.length != 2) {
            return new LaunchRequest(Kind.ERROR, null, "usage: triangulate open DIR", 2);
        }
        Path dir = Path.of(args[1]).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            return new LaunchRequest(Kind.ERROR, null, "triangulate open: " + args[1] + " is not a folder", 1);
        }
        return new LaunchRequest(Kind.WINDOW, dir, null, 0);
    }

    /** Only these names are taken for a case file, so no file named like a command can shadow it. */
    static boolean isCaseFileName(String arg) {
        String name = Path.of(arg).getFileName() == null ? "" : Path.of(arg).getFileName().toString();
        return name.endsWith(".triangulate") || name.equals("case.json");
    }

    /**
     * A case file double-clicked in the file manager (the desktop entry passes it as the only argument). It always
     * opens the window: whether its corpus is here, and what to tell the analyst, is {@link CaseFileLaunch}'s to
     * decide, since a double-click has no terminal to read an error in.
     */
    static LaunchRequest caseFile(Path file) {
        return new LaunchRequest(Kind.WINDOW, null, null, 0, file);
    }
}
