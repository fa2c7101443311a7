package org.triangulate.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.triangulate.casefile.CaseFile;

/**
 * Exported case files ({@code .triangulate}): a case plus the corpus folder it belongs to. Opening one puts the case
 * into that corpus's workspace when the workspace has none yet; an existing case is never overwritten.
 */
public final class CaseImport {

    /** The extra field an exported case carries besides the case itself. */
    public static final String CORPUS_FIELD = "corpus";

    private CaseImport() {
    }

    /** The corpus folder an exported case names, if it names one that exists here. */
    public static Optional<Path> corpusOf(Path caseFile) {
        try {
            JsonNode tree = Json.mapper().readTree(caseFile.toFile());
            JsonNode corpus = tree == null ? null : tree.get(CORPUS_FIELD);
            if (corpus != null && corpus.isTextual() && Files.isDirectory(Path.of(corpus.asText()))) {
                return Optional.of(Path.of(corpus.asText()));
            }
        } catch (IOException | RuntimeException e) {
            // not an exported case: no corpus
        }
        return Optional.empty();
    }

    /**
     * Copies the exported case into the workspace when it has no case yet. Returns true if it did; false when the
     * workspace already has a case (kept as it is) or the file is not a readable case.
     */
    public static boolean importIfAbsent(Path caseFile, Path workspaceDir) throws IOException {
        CaseStore store = new CaseStore(workspaceDir);
        if (Files.exists(store.file())) {
            return false;
        }
        CaseFile kase;
        try {
            kase = Json.mapper().readValue(caseFile.toFile(), CaseFile.class);
        } catch (IOException e) {
            return false;
        }
        Files.createDirectories(workspaceDir);
        store.save(kase);
        return true;
    }
}
