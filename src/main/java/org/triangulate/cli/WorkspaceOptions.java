package org.triangulate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.triangulate.corpus.SkippedFile;
import org.triangulate.task.Progress;
import org.triangulate.workspace.AppPaths;
import org.triangulate.casefile.CaseFile;
import org.triangulate.workspace.CaseStore;
import org.triangulate.workspace.Extractors;
import org.triangulate.workspace.SyncReport;
import org.triangulate.workspace.Workspace;
import picocli.CommandLine.Option;

/** The {@code --workspace} option every command shares, and how a command gets an up-to-date workspace. */
final class WorkspaceOptions {

    @Option(names = {"-w", "--workspace"}, paramLabel = "W",
            description = "Workspace folder (index, saved work). Default: one per corpus folder under the user's data dir.")
    Path workspace;

    /** Opens the workspace of {@code corpus} (the bundled sample when null) and brings its index up to date. */
    Opened open(Path corpus, PrintWriter err) throws IOException {
        Path corpusDir = corpus != null ? corpus : AppPaths.bundledCorpus();
        Path workspaceDir = workspace != null ? workspace : AppPaths.forCurrentUser().workspaceFor(corpusDir);
        Workspace ws = Workspace.open(corpusDir, workspaceDir);
        try {
            ws.openingNotes().forEach(note -> err.println("note: " + note));
            SyncReport report = ws.sync(Progress.NONE);
            return new Opened(ws, report, null);
        } catch (IOException | RuntimeException e) {
            ws.close();
            throw e;
        }
    }

    /**
     * Like {@link #open}, then makes sure every article's entities are extracted (cached in the workspace, so this
     * costs nothing the second time).
     */
    Opened openWithEntities(Path corpus, PrintWriter err) throws IOException {
        Opened opened = open(corpus, err);
        try {
            // The case is read once: a damaged file is moved aside on reading, so a second read would lose the note.
            CaseStore.Loaded loaded = new CaseStore(opened.workspace().directory()).load();
            if (loaded.problem() != null) {
                err.println("note: " + loaded.problem());
            }
            opened.workspace().setEntityCorrections(loaded.kase().entityCorrections());
            opened.workspace().extractEntities(Extractors.forWorkspace(opened.workspace().directory()), Progress.NONE);
            opened.workspace().reindexCorrectedEntities(); // searches see the analyst's entity names
            return new Opened(opened.workspace(), opened.report(), loaded.kase());
        } catch (IOException | RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    static void printProblems(SyncReport report, PrintWriter out) {
        for (SkippedFile s : report.skipped()) {
            out.println("skipped " + s.file() + ": " + s.reason());
        }
        for (SkippedFile w : report.warnings()) {
            out.println("warning " + w.file() + ": " + w.reason());
        }
    }

    /** @param kase the saved case, for {@link #openWithEntities}; null for {@link #open} */
    record Opened(Workspace workspace, SyncReport report, CaseFile kase) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            workspace.close();
        }
    }
}
