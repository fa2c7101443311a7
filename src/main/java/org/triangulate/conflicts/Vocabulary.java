package org.triangulate.conflicts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated word lists in {@code resources/conflicts/}: one entry a line, '#' starts a comment. */
final class Vocabulary {

    private Vocabulary() {
    }

    static List<String[]> rows(String resource) {
        try (InputStream in = Vocabulary.class.getResourceAsStream("/conflicts/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource /conflicts/" + resource);
            }
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    rows.add(l.split("\t"));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
