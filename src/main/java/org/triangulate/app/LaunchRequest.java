package org.triangulate.app;

import java.nio.file.Files;
import java.nio.file.Path;

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
}
