package org.triangulate.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.triangulate.casefile.ClaimStatus;
import org.triangulate.casefile.Stance;
import org.triangulate.claims.ClaimView;
import org.triangulate.ui.claims.ClaimsViewModel;
import org.triangulate.ui.common.BackgroundTasks;
import org.triangulate.ui.conflicts.ConflictsViewModel;
import org.triangulate.ui.reader.ColumnViewModel;
import org.triangulate.ui.reader.HighlightLayers;
import org.triangulate.ui.reader.ReaderColumnView;
import org.triangulate.ui.workbench.WorkbenchViewModel;
import org.triangulate.ui.RecordingDialogs;
import org.triangulate.ui.SampleCorpus;
import org.triangulate.ui.SampleCorpusExtractor;
import org.triangulate.workspace.CaseStore;

/**
 * The analyst's claim loop in the real window (headless Monocle), from the keyboard only: walk sentences, tag,
 * tag with a digit, cycle stance, undo and redo, accept and reject suggestions, dismiss and reopen a conflict, and
 * find it all saved after closing.
 */
@ExtendWith(ApplicationExtension.class)
class ClaimsWindowTest {

    @TempDir
    static Path tmp;

    private static int run;
    private Path home;
    private WorkbenchWindow window;
    private WorkbenchViewModel vm;
    private ClaimsViewModel claims;
    private ConflictsViewModel conflicts;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Path dir = tmp.resolve("run" + run++);
        Path corpus = SampleCorpus.copyInto(dir.resolve("corpus"));
        home = dir.resolve("home");
        window = new WorkbenchWindow(SampleCorpus.pathsUnder(home), SampleCorpusExtractor::new, BackgroundTasks.inline(),
                s -> new RecordingDialogs());
        window.show(stage, corpus, corpus);
        vm = window.viewModel();
        claims = window.claimsViewModel();
        conflicts = window.conflictsViewModel();
    }

    @AfterEach
    void closeWindow() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.close()).get();
    }

    private static void keys(FxRobot robot, KeyCode... combo) {
        robot.push(combo);
    }

    private void openTwoArticlesAndGoToTheReader(FxRobot robot) {
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        keys(robot, KeyCode.ENTER);
        keys(robot, KeyCode.A);
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
    }

    private ClaimView claimAtCurrentSentence() {
        ColumnViewModel column = vm.reader().focusedColumn();
        int start = column.chosenSentenceProperty().get().start();
        return claims.claimsIn(column.article().id()).stream()
                .filter(c -> c.start() <= start && start < c.end()).filter(c -> c.id() != null).findFirst().orElse(null);
    }

    @Test
    void tagTagDigitStanceUndoAndRedoFromTheKeyboard(FxRobot robot) {
        openTwoArticlesAndGoToTheReader(robot);
        keys(robot, KeyCode.J);
        keys(robot, KeyCode.J);
        keys(robot, KeyCode.C);
        ClaimView tagged = claimAtCurrentSentence();
        assertThat(tagged).isNotNull();
        assertThat(tagged.status()).isEqualTo(ClaimStatus.ACCEPTED);
        Stance stance = tagged.stance();

        keys(robot, KeyCode.DIGIT2);
        keys(robot, KeyCode.S);
        assertThat(claimAtCurrentSentence().tags()).containsExactly("impact");
        assertThat(claimAtCurrentSentence().stance()).isEqualTo(stance.next());

        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(claimAtCurrentSentence().tags()).isEmpty();
        assertThat(claimAtCurrentSentence().stance()).isEqualTo(stance);
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertThat(claimAtCurrentSentence().tags()).containsExactly("impact");

        ColumnViewModel column = vm.reader().focusedColumn();
        ReaderColumnView view = robot.lookup(".reader-column").queryAllAs(ReaderColumnView.class).stream()
                .filter(v -> v.column() == column).findFirst().orElseThrow();
        assertThat(view.body().getStyleOfChar(claimAtCurrentSentence().start() + 1)).contains(HighlightLayers.CLAIM_SAVED);
    }

    @Test
    void enterAcceptsAndXRejectsSuggestions(FxRobot robot) {
        openTwoArticlesAndGoToTheReader(robot);
        ColumnViewModel column = vm.reader().focusedColumn();
        ClaimView suggestion = claims.claimsIn(column.article().id()).stream().filter(c -> c.id() == null).findFirst().orElseThrow();
        while (column.chosenSentenceProperty().get() == null || column.chosenSentenceProperty().get().start() < suggestion.start()) {
            keys(robot, KeyCode.J);
        }
        keys(robot, KeyCode.ENTER);
        assertThat(claims.currentCase().claims()).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(ClaimStatus.ACCEPTED));

        // Enter moved on to the next suggestion; walk to one and reject it
        ClaimView next;
        do {
            keys(robot, KeyCode.J);
            int at = column.chosenSentenceProperty().get().start();
            next = claims.claimsIn(column.article().id()).stream()
                    .filter(c -> c.id() == null && c.start() <= at && at < c.end()).findFirst().orElse(null);
        } while (next == null);
        int rejectedAt = next.start();
        keys(robot, KeyCode.X);
        assertThat(claims.currentCase().claims()).hasSize(2)
                .anySatisfy(c -> assertThat(c.status()).isEqualTo(ClaimStatus.REJECTED));
        assertThat(claims.claimsIn(column.article().id())).noneMatch(c -> c.start() == rejectedAt);
    }

    @Test
    void aConflictIsDismissedAndReopenedFromTheKeyboardAndEverythingIsSaved(FxRobot robot) throws Exception {
        Path workspace = claims.workspace().directory();
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT5);
        assertThat(conflicts.visibleConflicts()).isNotEmpty();
        assertThat(conflicts.selectedProperty().get()).isNotNull();
        String id = conflicts.selectedProperty().get().conflict().id();
        keys(robot, KeyCode.F);
        assertThat(claims.currentCase().resolution(id)).isPresent();
        keys(robot, KeyCode.R);
        assertThat(claims.currentCase().resolution(id)).isEmpty();
        keys(robot, KeyCode.F);

        WaitForAsyncUtils.asyncFx(() -> stage.close()).get();
        assertThat(new CaseStore(workspace).load().kase().resolution(id)).isPresent();
    }
}
