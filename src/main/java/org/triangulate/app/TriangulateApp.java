package org.triangulate.app;

import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.stage.Stage;
import org.triangulate.nlp.EntityExtractor;
import org.triangulate.ui.common.BackgroundTasks;
import org.triangulate.ui.common.FxDialogs;
import org.triangulate.workspace.AppPaths;

/**
 * The JavaFX application (its class name is the window's WM_CLASS). It only builds the {@link WorkbenchWindow} with
 * the real services; everything else lives there.
 */
public final class TriangulateApp extends Application {

    private BackgroundTasks tasks;
    private WorkbenchWindow window;

    /**
     * The entity extractor the window runs after each sync. The real one (CoreNLP + rules) is found through
     * {@link ServiceLoader} once it is on the class path; until then there is none and the window says so.
     */
    static Supplier<EntityExtractor> defaultExtractor() {
        return () -> ServiceLoader.load(EntityExtractor.class).findFirst().orElse(null);
    }

    @Override
    public void start(Stage stage) {
        List<String> raw = getParameters().getRaw();
        Path corpus = raw.isEmpty() ? null : Path.of(raw.get(0));
        tasks = BackgroundTasks.onWorkerThread();
        window = new WorkbenchWindow(AppPaths.forCurrentUser(), defaultExtractor(), tasks, FxDialogs::new);
        window.show(stage, corpus, AppPaths.bundledCorpus());
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
