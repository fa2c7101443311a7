package org.triangulate.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.triangulate.ui.RecordingDialogs;
import org.triangulate.ui.SampleCorpus;
import org.triangulate.ui.SampleCorpusExtractor;
import org.triangulate.ui.common.BackgroundTasks;
import org.triangulate.ui.common.Themes;
import org.triangulate.ui.workbench.StartupSkeleton;
import org.triangulate.ui.workbench.WorkbenchView;

/**
 * The app's start: the window first shows the workbench's outline, then the workbench replaces it and the corpus
 * opens; closing the window before that loses nothing and builds nothing.
 */
@ExtendWith(ApplicationExtension.class)
class SkeletonFirstStartTest {

    @TempDir
    Path tmp;

    private WorkbenchWindow window(Path home) {
        return new WorkbenchWindow(SampleCorpus.pathsUnder(home), SampleCorpusExtractor::new, BackgroundTasks.inline(),
                s -> new RecordingDialogs());
    }

    @Test
    void theSkeletonShowsFirstThenTheWorkbenchReplacesItAndTheCorpusOpens() throws Exception {
        Path corpus = SampleCorpus.copyInto(tmp.resolve("corpus"));
        WorkbenchWindow window = window(tmp.resolve("home"));
        Stage stage = WaitForAsyncUtils.asyncFx(() -> new Stage()).get();
        Parent first = WaitForAsyncUtils.asyncFx(() -> {
            window.showSkeletonFirst(stage, corpus, corpus);
            return stage.getScene().getRoot();
        }).get();
        assertThat(first).isInstanceOf(StartupSkeleton.class);
        assertThat(window.isBuilt()).isFalse();
        // the workspace opens while the skeleton shows (here at once: the test's tasks run inline)
        assertThat(window.viewModel().workspaceProperty().get()).as("the corpus opens behind the skeleton").isNotNull();
        assertThat(window.viewModel().articles()).hasSize(5);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, window::isBuilt);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getRoot()).isInstanceOf(WorkbenchView.class).isSameAs(window.view());
        assertThat(stage.getScene().getStylesheets()).contains(Themes.APP_CSS);
        assertThat(window.viewModel().workspaceProperty().get().articles()).hasSize(5);
        assertThat(stage.getTitle()).contains("5 articles");
        // views built after the corpus had opened show it: the article list and the entities
        javafx.scene.control.TableView<?> list = (javafx.scene.control.TableView<?>) stage.getScene().lookup("#article-list");
        assertThat(list.getItems()).hasSize(5);
        javafx.scene.control.TreeView<?> entities = (javafx.scene.control.TreeView<?>) stage.getScene().lookup("#entity-tree");
        assertThat(entities.getRoot().getChildren()).as("entity types listed").isNotEmpty();
        WaitForAsyncUtils.asyncFx(stage::close).get();
    }

    @Test
    void closingTheWindowBeforeTheWorkbenchIsBuiltSavesThePreferencesAndBuildsNothing() throws Exception {
        Path corpus = SampleCorpus.copyInto(tmp.resolve("corpus"));
        Path home = tmp.resolve("home");
        WorkbenchWindow window = window(home);
        Stage stage = WaitForAsyncUtils.asyncFx(() -> new Stage()).get();
        WaitForAsyncUtils.asyncFx(() -> {
            window.showSkeletonFirst(stage, corpus, corpus);
            stage.close();
        }).get();
        for (int i = 0; i < 20; i++) { // well past the pulses after which the workbench would be built
            WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(window.isBuilt()).isFalse();
        assertThat(window.view()).isNull();
        assertThat(window.viewModel().workspaceProperty().get()).isNull();
        assertThat(home.resolve("config").resolve("preferences.json")).exists();
        assertThat(Files.readString(home.resolve("config").resolve("preferences.json"))).contains("formatVersion");
    }
}
