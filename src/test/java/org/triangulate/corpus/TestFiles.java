package org.triangulate.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small fixture files into a test's temp folder and reads them the way the app does. */
final class TestFiles {

    private TestFiles() {
    }

    static Path write(Path dir, String relative, String text) {
        return write(dir, relative, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String relative, byte[] bytes) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CorpusFile corpusFile(Path dir, Path file) {
        try {
            return new CorpusFile(file, dir.relativize(file).toString().replace('\\', '/'), Files.size(file),
                    Files.getLastModifiedTime(file).toMillis());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReadResult read(Path dir, Path file) {
        return new ArticleLoader(new BreakIteratorSentenceSplitter()).read(corpusFile(dir, file));
    }

    static ReadResult read(Path dir, String relative, String text) {
        return read(dir, write(dir, relative, text));
    }
}
