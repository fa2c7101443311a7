package org.triangulate.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Builds corpus folders for tests: copies of the bundled sample, or small articles written on the spot. */
public final class TestCorpus {

    private TestCorpus() {
    }

    /** The repository's bundled sample corpus. */
    public static Path sample() {
        return Path.of("corpus").toAbsolutePath();
    }

    /** A copy of the five sample articles (without the README) in {@code dir}. */
    public static Path copyOfSample(Path dir) {
        try {
            Files.createDirectories(dir);
            try (Stream<Path> files = Files.list(sample())) {
                for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".txt")).toList()) {
                    Files.copy(f, dir.resolve(f.getFileName()));
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path write(Path dir, String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
