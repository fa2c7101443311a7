package org.triangulate.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triangulate.casefile.CaseFile;
import org.triangulate.ui.common.Dialogs;
import org.triangulate.workspace.AppPaths;
import org.triangulate.workspace.CaseStore;
import org.triangulate.workspace.Json;
import org.triangulate.workspace.WorkspaceInfo;

/**
 * A case file opened from the file manager ({@code .triangulate}, or a workspace's {@code case.json}): which corpus
 * the window opens, whether the case joins that corpus's workspace, and what the analyst is told. A double-click has
 * no terminal, so nothing here ends in stderr: every problem is shown in the window, and the window always opens
 * (on the last corpus or the sample when the case's own is not on this computer).
 *
 * <p>Decided in three steps so the logic runs without a display: {@link #decide} before JavaFX starts, {@link
 * #askBeforeOpening} before the window opens the workspace (a case must not change under an open workspace), and
 * {@link #tellAfterOpening} once the window shows.
 */
final class CaseFileLaunch {

    private static final Logger LOG = LoggerFactory.getLogger(CaseFileLaunch.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    /** What {@link #decide} found. */
    enum Outcome {
        /** The workspace's own case, or an exported case the workspace already holds unchanged: just open. */
        OPEN,
        /** The exported case joined its corpus's workspace, which had none. */
        IMPORTED,
        /** The corpus's workspace has another case: ask before replacing it. */
        OFFER_IMPORT,
        /** The case names a corpus folder that is not on this computer. */
        CORPUS_MISSING,
        /** The case names no corpus at all (a case file on its own). */
        NO_CORPUS,
        /** Not a case file Triangulate can read. */
        UNREADABLE
    }

    private final Path file;
    private final AppPaths paths;
    private Outcome outcome;
    /** The corpus the window opens; null for the usual choice (last corpus, else the sample). */
    private Path corpus;
    /** The corpus folder the case names, as written there, for messages. */
    private final String named;
    private String problem;
    private final List<String> notices = new ArrayList<>();
    private final List<String[]> errors = new ArrayList<>();

    private CaseFileLaunch(Path file, AppPaths paths, Outcome outcome, Path corpus, String named, String problem) {
        this.file = file;
        this.paths = paths;
        this.outcome = outcome;
        this.corpus = corpus;
        this.named = named;
        this.problem = problem;
    }

    /** Looks at the case file and its corpus; imports it at once when its corpus's workspace has no case yet. */
    static CaseFileLaunch decide(Path file, AppPaths paths) {
        Path info = file.resolveSibling(WorkspaceInfo.FILE_NAME);
        if (file.getFileName().toString().equals(CaseStore.FILE_NAME) && Files.isRegularFile(info)) {
            // a workspace's own case: open its corpus, nothing to import
            try {
                String corpus = Json.mapper().readValue(info.toFile(), WorkspaceInfo.class).corpus();
                if (corpus != null && Files.isDirectory(Path.of(corpus))) {
                    return new CaseFileLaunch(file, paths, Outcome.OPEN, Path.of(corpus), corpus, null);
                }
                return new CaseFileLaunch(file, paths, Outcome.CORPUS_MISSING, null, corpus, null);
            } catch (IOException | RuntimeException e) {
                return new CaseFileLaunch(file, paths, Outcome.UNREADABLE, null, null, e.getMessage());
            }
        }
        JsonNode tree;
        try {
            tree = Json.mapper().readTree(file.toFile());
            Json.mapper().treeToValue(tree, CaseFile.class);
        } catch (IOException | RuntimeException e) {
            return new CaseFileLaunch(file, paths, Outcome.UNREADABLE, null, null, e.getMessage());
        }
        JsonNode corpusField = tree == null ? null : tree.get(org.triangulate.workspace.CaseImport.CORPUS_FIELD);
        if (corpusField == null || !corpusField.isTextual() || corpusField.asText().isBlank()) {
            return new CaseFileLaunch(file, paths, Outcome.NO_CORPUS, null, null, null);
        }
        String named = corpusField.asText();
        if (!Files.isDirectory(Path.of(named))) {
            return new CaseFileLaunch(file, paths, Outcome.CORPUS_MISSING, null, named, null);
        }
        CaseFileLaunch launch = new CaseFileLaunch(file, paths, Outcome.OPEN, Path.of(named), named, null);
        launch.joinCorpus(Path.of(named));
        return launch;
    }

    /** Puts the case into {@code corpusDir}'s workspace if that has none; notes whether to ask otherwise. */
    private void joinCorpus(Path corpusDir) {
        corpus = corpusDir;
        Path workspace = paths.workspaceFor(corpusDir);
        Path existing = new CaseStore(workspace).file();
        try {
            if (org.triangulate.workspace.CaseImport.importIfAbsent(file, workspace)) {
                outcome = Outcome.IMPORTED;
                notices.add("The case " + file.getFileName() + " was imported for " + corpusDir.getFileName() + ".");
            } else if (read(existing).equals(read(file))) {
                outcome = Outcome.OPEN; // opened again: the workspace holds this very case
            } else {
                outcome = Outcome.OFFER_IMPORT;
            }
        } catch (IOException | RuntimeException e) {
            outcome = Outcome.UNREADABLE;
            problem = e.getMessage();
        }
    }

    private static CaseFile read(Path caseFile) throws IOException {
        return Json.mapper().readValue(caseFile.toFile(), CaseFile.class);
    }

    private static void save(Path workspace, CaseFile kase) throws IOException {
        Files.createDirectories(workspace);
        new CaseStore(workspace).save(kase);
    }

    Outcome outcome() {
        return outcome;
    }

    /** The corpus folder the window opens, or null for the usual one (the last corpus, else the sample). */
    Path corpusToOpen() {
        return corpus;
    }

    /**
     * Before the window opens a workspace: offers to replace a corpus's different case (keeping it as a backup), or
     * to point at the corpus folder when the case's own is not on this computer.
     */
    void askBeforeOpening(Dialogs dialogs) {
        String name = file.getFileName().toString();
        if (outcome == Outcome.CORPUS_MISSING || outcome == Outcome.NO_CORPUS) {
            String why = outcome == Outcome.CORPUS_MISSING
                    ? name + " belongs to the corpus folder " + named + ", which is not on this computer."
                    : name + " does not say which corpus folder it belongs to.";
            if (dialogs.confirm("Where is the corpus of this case?", why + " If you have a copy of that corpus "
                    + "folder, choose it and the case will join it. Otherwise Triangulate opens as usual and the case "
                    + "stays as it is.", "Choose the corpus folder…", "Not now")) {
                var chosen = dialogs.chooseFolder("The corpus folder of " + name, null);
                if (chosen.isPresent()) {
                    joinCorpus(chosen.get());
                    if (outcome != Outcome.OFFER_IMPORT) {
                        return;
                    }
                }
            }
            if (outcome == Outcome.CORPUS_MISSING || outcome == Outcome.NO_CORPUS) {
                // the analyst has just read why; a passing notice, not a second dialog
                notices.add(name + " was not opened: its corpus folder is not here. Copy the folder to this computer, "
                        + "then open " + name + " again and choose it.");
                return;
            }
        }
        if (outcome == Outcome.OFFER_IMPORT) {
            Path workspace = paths.workspaceFor(corpus);
            Path existing = new CaseStore(workspace).file();
            Path backup = existing.resolveSibling(CaseStore.FILE_NAME + ".before-import-" + LocalDateTime.now().format(STAMP));
            if (dialogs.confirm("This corpus already has a case", corpus.getFileName() + " already has a case in "
                    + "Triangulate, different from " + name + ". Replace it with " + name + "? The current case is kept "
                    + "as " + backup.getFileName() + " in " + workspace + ", so nothing is lost.",
                    "Replace, keeping a backup", "Keep the current case")) {
                try {
                    Files.copy(existing, backup, StandardCopyOption.COPY_ATTRIBUTES);
                    save(workspace, read(file));
                    outcome = Outcome.IMPORTED;
                    notices.add("The case " + name + " was imported; the previous case is kept as " + backup.getFileName() + ".");
                } catch (IOException | RuntimeException e) {
                    LOG.warn("Could not import {} into {}", file, workspace, e);
                    errors.add(new String[]{"The case was not imported", "Importing " + name + " failed: " + e.getMessage()
                            + ". The current case is unchanged."});
                }
            } else {
                notices.add("Kept the current case; " + name + " was not imported. Open it again to replace the case.");
            }
        }
        if (outcome == Outcome.UNREADABLE) {
            errors.add(new String[]{"The case could not be read", name + " is not a Triangulate case file Triangulate can "
                    + "read" + (problem == null ? "." : ": " + problem)});
        }
    }

    /** Once the window shows: what happened, as notices, and what went wrong, as error dialogs. */
    void tellAfterOpening(Dialogs dialogs) {
        notices.forEach(dialogs::notify);
        errors.forEach(e -> dialogs.showError(e[0], e[1]));
        notices.clear();
        errors.clear();
    }
}
