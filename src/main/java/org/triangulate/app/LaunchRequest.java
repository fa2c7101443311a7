package org.triangulate.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.triangulate.workspace.Json;
import org.triangulate.workspace.WorkspaceInfo;

/**
 * What the command line asks for: the window (optionally on a folder), a CLI command, or nothing sensible.
 *
 * @param kind     which of the three
 * @param corpus   the folder to open in the window, or null for the default
 * @param error    for {@link Kind#ERROR}, the one-line message
 * @param exitCode for {@link Kind#ERROR}, 1 (failure) or 2 (usage), as the CLI uses them
 */
public record LaunchRequest(Kind kind, Path corpus, String error, int exitCode) {

    public enum Kind { WINDOW, CLI, ERROR }

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
     * A case file double-clicked in the file manager (the desktop entry passes it as the only argument): open the
     * corpus of the workspace it belongs to. A case file on its own (say, mailed by a colleague) names no corpus.
     */
    static LaunchRequest caseFile(Path file) {
        java.util.Optional<Path> exportedFor = org.triangulate.workspace.CaseImport.corpusOf(file);
        if (exportedFor.isPresent()) {
            return new LaunchRequest(Kind.WINDOW, exportedFor.get(), null, 0);
        }
        Path info = file.resolveSibling(WorkspaceInfo.FILE_NAME);
        if (Files.isRegularFile(info)) {
            try {
                WorkspaceInfo ws = Json.mapper().readValue(info.toFile(), WorkspaceInfo.class);
                if (ws.corpus() != null && Files.isDirectory(Path.of(ws.corpus()))) {
                    return new LaunchRequest(Kind.WINDOW, Path.of(ws.corpus()), null, 0);
                }
            } catch (IOException | RuntimeException e) {
                // fall through to the message below
            }
        }
        return new LaunchRequest(Kind.ERROR, null, "triangulate: " + file + " is not inside a Triangulate workspace with a "
                + "readable corpus folder; open the corpus folder instead (triangulate open DIR)", 1);
    }
}
