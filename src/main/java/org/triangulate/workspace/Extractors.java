package org.triangulate.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.triangulate.nlp.EntityExtractor;
import org.triangulate.nlp.Gazetteer;
import org.triangulate.nlp.LayeredExtractor;

/**
 * The entity extractor for a workspace: the full pipeline with the bundled gazetteer, plus the analyst's own
 * {@code gazetteer.tsv} in the workspace folder when there is one (its entries win alias conflicts, and its content
 * is part of the extractor's version, so editing it re-extracts). Built once per gazetteer, since CoreNLP and the
 * gazetteers take seconds to load; never call it on the JavaFX thread.
 */
public final class Extractors {

    /** The analyst's gazetteer: type, canonical name, aliases (|-separated), as in the bundled files. */
    public static final String USER_GAZETTEER = "gazetteer.tsv";

    private static final Map<String, EntityExtractor> BUILT = new HashMap<>();

    private Extractors() {
    }

    public static synchronized EntityExtractor forWorkspace(Path workspaceDir) {
        Path user = workspaceDir == null ? null : workspaceDir.resolve(USER_GAZETTEER);
        try {
            if (user == null || !Files.isRegularFile(user)) {
                return BUILT.computeIfAbsent("", k -> new LayeredExtractor());
            }
            String key = user.toAbsolutePath() + "@" + Files.getLastModifiedTime(user).toMillis() + "/" + Files.size(user);
            EntityExtractor known = BUILT.get(key);
            if (known == null) {
                known = new LayeredExtractor(Gazetteer.withUserFile(user));
                BUILT.put(key, known);
            }
            return known;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer " + user + ": " + e.getMessage(), e);
        }
    }
}
