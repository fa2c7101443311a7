package org.triangulate.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.triangulate.workspace.AppPaths;

/** Copies of the bundled sample corpus and throwaway app folders, so UI tests never touch the analyst's own. */
public final class SampleCorpus {

    private SampleCorpus() {
    }

    /** The five sample articles (without the README) copied into {@code dir}. */
    public static Path copyInto(Path dir) {
        try {
            Files.createDirectories(dir);
            try (Stream<Path> files = Files.list(Path.of("corpus"))) {
                for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".txt")).toList()) {
                    Files.copy(f, dir.resolve(f.getFileName()));
                }
            }
            return dir.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AppPaths pathsUnder(Path home) {
        return new AppPaths(home.resolve("data"), home.resolve("config"));
    }
}
