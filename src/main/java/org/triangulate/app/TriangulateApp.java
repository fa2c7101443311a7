package org.triangulate.app;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import org.triangulate.ui.common.BackgroundTasks;
import org.triangulate.ui.common.FxDialogs;
import org.triangulate.workspace.AppPaths;
import org.triangulate.workspace.Extractors;

/**
 * The JavaFX application (its class name is the window's WM_CLASS). It only builds the {@link WorkbenchWindow} with
 * the real services; everything else lives there.
 */
public final class TriangulateApp extends Application {

    private BackgroundTasks tasks;
    private WorkbenchWindow window;

    @Override
    public void start(Stage stage) {
        List<String> raw = getParameters().getRaw();
        Path corpus = raw.isEmpty() ? null : Path.of(raw.get(0));
        CaseFileLaunch caseFile = Launcher.takePendingCaseFile();
        if (caseFile != null) {
            caseFile.askBeforeOpening(new FxDialogs(stage)); // before the workspace opens: it may replace its case
            corpus = caseFile.corpusToOpen();
        }
        tasks = BackgroundTasks.onWorkerThread();
        // The full extractor (CoreNLP + rules + the workspace's own gazetteer), built off the FX thread on first use.
        window = new WorkbenchWindow(tasks, AppPaths.forCurrentUser(), ws -> Extractors.forWorkspace(ws.directory()), FxDialogs::new);
        window.showSkeletonFirst(stage, corpus, AppPaths.bundledCorpus());
        if (caseFile != null) {
            caseFile.tellAfterOpening(new FxDialogs(stage));
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.saveAndClose();
        }
        if (tasks != null) {
            tasks.shutdown();
        }
    }
}
