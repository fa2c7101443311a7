package org.triangulate.app;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import org.triangulate.ui.SampleCorpusExtractor;
import org.triangulate.ui.common.BackgroundTasks;
import org.triangulate.ui.common.FxDialogs;
import org.triangulate.workspace.AppPaths;

/**
 * The real window with the test gazetteer standing in for the entity extractor, for screenshots of what the
 * window looks like with entities until the real extractor is wired in. Run from the test class path:
 * {@code java -cp target/classes:target/test-classes:DEPS org.triangulate.app.DemoWindow [DIR]}.
 */
public final class DemoWindow {

    private DemoWindow() {
    }

    /** Not itself an Application, so the JavaFX jars may sit on the class path (as in the real Launcher). */
    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The application itself. */
    public static final class App extends Application {

        private BackgroundTasks tasks;
        private WorkbenchWindow window;

        @Override
        public void start(Stage stage) {
            tasks = BackgroundTasks.onWorkerThread();
            window = new WorkbenchWindow(AppPaths.forCurrentUser(), SampleCorpusExtractor::new, tasks, FxDialogs::new);
            var raw = getParameters().getRaw();
            window.show(stage, raw.isEmpty() ? null : Path.of(raw.get(0)), AppPaths.bundledCorpus());
        }

        @Override
        public void stop() {
            window.saveAndClose();
            tasks.shutdown();
        }
    }
}
