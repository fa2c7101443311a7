package org.triangulate.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.input.KeyCodeCombination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.ui.RecordingDialogs;
import org.triangulate.ui.SampleCorpus;
import org.triangulate.ui.SampleCorpusExtractor;
import org.triangulate.ui.commands.ActionCatalogue;
import org.triangulate.ui.common.BackgroundTasks;

/** The window's catalogue of commands, without a window. */
class WorkbenchActionsTest {

    @TempDir
    Path tmp;

    private static final WorkbenchActions.Window NO_WINDOW = new WorkbenchActions.Window() {
        @Override
        public void focusArticles() {
        }

        @Override
        public void focusEntities() {
        }

        @Override
        public void focusReader() {
        }

        @Override
        public void focusSearch() {
        }

        @Override
        public void showCommandPalette() {
        }

        @Override
        public void showShortcuts() {
        }

        @Override
        public void quit() {
        }
    };

    @Test
    void theCancelCommandStopsTheWorkUnderWayAndIsOffOtherwise() {
        BackgroundTasks tasks = BackgroundTasks.inline();
        WorkbenchViewModel vm = new WorkbenchViewModel(tasks, SampleCorpus.pathsUnder(tmp), SampleCorpusExtractor::new,
                new RecordingDialogs());
        ActionCatalogue catalogue = WorkbenchActions.create(vm, NO_WINDOW);
        var cancel = catalogue.get("file.cancel-work");
        assertThat(cancel.keys()).singleElement().isInstanceOf(KeyCodeCombination.class);
        assertThat(cancel.keysText()).isEqualTo("Ctrl+.");
        assertThat(cancel.disabledProperty().get()).as("nothing to cancel").isTrue();
        boolean[] cancelled = {false};
        tasks.run("Slow work", p -> {
            assertThat(cancel.disabledProperty().get()).isFalse();
            cancel.fire(); // as the key would, while the work runs
            cancelled[0] = p.isCancelled();
            return null;
        }, r -> { }, e -> { });
        assertThat(cancelled[0]).isTrue();
        assertThat(cancel.disabledProperty().get()).isTrue();
    }
}
