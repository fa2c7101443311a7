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
import org.fxmisc.richtext.TextExt;
import org.triangulate.casefile.Claim;
import org.triangulate.casefile.ClaimStatus;
import org.triangulate.casefile.Stance;
import org.triangulate.claims.ClaimActions;
import org.triangulate.claims.ClaimView;
import org.triangulate.corpus.TextSpan;
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
import java.util.List;

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

    private ReaderColumnView viewOf(FxRobot robot, ColumnViewModel column) {
        return robot.lookup(".reader-column").queryAllAs(ReaderColumnView.class).stream()
                .filter(v -> v.column() == column).findFirst().orElseThrow();
    }

    /** The text nodes the column draws with a style class, CSS applied. */
    private static List<TextExt> textsWith(FxRobot robot, ReaderColumnView view, String styleClass) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.from(view.body()).lookup((java.util.function.Predicate<javafx.scene.Node>) n -> n instanceof TextExt && n.getStyleClass().contains(styleClass))
                .queryAllAs(TextExt.class).stream().toList();
    }

    private static double waveOf(TextExt t) {
        return t.getUnderlineWaveRadius() == null ? 0 : t.getUnderlineWaveRadius().doubleValue();
    }

    private void walkToFirstSuggestion(FxRobot robot, ColumnViewModel column) {
        ClaimView suggestion = claims.claimsIn(column.article().id()).stream().filter(c -> c.id() == null).findFirst().orElseThrow();
        while (column.chosenSentenceProperty().get() == null || column.chosenSentenceProperty().get().start() < suggestion.start()) {
            keys(robot, KeyCode.J);
        }
    }

    @Test
    void enterAndXMoveTheCurrentSentenceOnSoEveryKeyDecidesTheNextSuggestion(FxRobot robot) {
        openTwoArticlesAndGoToTheReader(robot);
        ColumnViewModel column = vm.reader().focusedColumn();
        walkToFirstSuggestion(robot, column);
        TextSpan first = column.chosenSentenceProperty().get();

        keys(robot, KeyCode.ENTER);
        TextSpan second = column.chosenSentenceProperty().get();
        assertThat(second.start()).as("Enter moved the current sentence on").isGreaterThanOrEqualTo(first.end());
        assertThat(claims.claimsIn(column.article().id())).anyMatch(c -> c.id() == null && c.start() == second.start());

        keys(robot, KeyCode.ENTER);
        keys(robot, KeyCode.X);
        keys(robot, KeyCode.C);
        List<Claim> saved = claims.currentCase().claims();
        assertThat(saved).hasSize(4).extracting(c -> c.anchor().start()).doesNotHaveDuplicates();
        assertThat(saved).extracting(Claim::status).containsExactly(
                ClaimStatus.ACCEPTED, ClaimStatus.ACCEPTED, ClaimStatus.REJECTED, ClaimStatus.ACCEPTED);
        assertThat(saved.get(0).anchor().start()).isEqualTo(first.start());
        assertThat(saved.get(1).anchor().start()).isEqualTo(second.start());
    }

    @Test
    void shiftJExtendsTheSelectionByASentenceAndCTagsAllOfItAsOneClaim(FxRobot robot) {
        openTwoArticlesAndGoToTheReader(robot);
        ColumnViewModel column = vm.reader().focusedColumn();
        keys(robot, KeyCode.J);
        keys(robot, KeyCode.J);
        TextSpan current = column.chosenSentenceProperty().get();
        List<TextSpan> sentences = column.article().sentences();
        int i = sentences.indexOf(current);
        keys(robot, KeyCode.SHIFT, KeyCode.J);
        keys(robot, KeyCode.SHIFT, KeyCode.J);
        keys(robot, KeyCode.SHIFT, KeyCode.J);
        keys(robot, KeyCode.SHIFT, KeyCode.K); // back up one: the current sentence and the two after it
        TextSpan range = new TextSpan(current.start(), sentences.get(i + 2).end());
        assertThat(column.extendedSelectionProperty().get()).isEqualTo(range);
        ReaderColumnView view = viewOf(robot, column);
        assertThat(view.body().getStyleOfChar(sentences.get(i + 2).start() + 1)).contains(HighlightLayers.SENTENCE_RANGE);
        assertThat(view.body().getStyleOfChar(sentences.get(i + 3).start() + 1)).doesNotContain(HighlightLayers.SENTENCE_RANGE);
        assertThat(textsWith(robot, view, HighlightLayers.SENTENCE_RANGE)).isNotEmpty()
                .allSatisfy(t -> assertThat(t.getBorderStrokeColor()).as("the range is outlined").isNotNull());

        keys(robot, KeyCode.C);
        assertThat(claims.currentCase().claims()).singleElement().satisfies(c -> {
            assertThat(c.anchor().start()).isEqualTo(range.start());
            assertThat(c.anchor().end()).isEqualTo(range.end());
        });
        keys(robot, KeyCode.J); // moving on drops the extension
        assertThat(column.extendedSelectionProperty().get()).isNull();
    }

    @Test
    void uTakesTheClaimOutOfItsGroup(FxRobot robot) throws Exception {
        openTwoArticlesAndGoToTheReader(robot);
        keys(robot, KeyCode.J);
        keys(robot, KeyCode.C);
        String id = claims.currentCase().claims().get(0).id();
        WaitForAsyncUtils.asyncFx(() -> claims.edit("Add to group", ClaimActions.addToGroup(id, null))).get();
        assertThat(claims.currentCase().claim(id).orElseThrow().groupId()).isNotNull();
        keys(robot, KeyCode.U);
        assertThat(claims.currentCase().claim(id).orElseThrow().groupId()).isNull();
        assertThat(window.view().catalogue().get("claims.attribution").keys()).extracting(k -> k.getName()).containsExactly("W");
        assertThat(window.view().catalogue().get("claims.rename-group").keys()).extracting(k -> k.getName()).containsExactly("Shift+G");
    }

    @Test
    void everySuggestionInAnOpenColumnIsOutlinedNotOnlyTheCurrentSentence(FxRobot robot) {
        openTwoArticlesAndGoToTheReader(robot);
        ColumnViewModel column = vm.reader().focusedColumn();
        assertThat(column.chosenSentenceProperty().get()).isNull();
        List<TextExt> suggested = textsWith(robot, viewOf(robot, column), HighlightLayers.CLAIM_SUGGESTED);
        assertThat(suggested).isNotEmpty().allSatisfy(t -> {
            assertThat(t.getBorderStrokeColor()).isNotNull();
            assertThat(t.getBorderStrokeDashArray()).as("dotted, unlike the current search hit's solid frame").isNotEmpty();
        });
        List<TextExt> plain = robot.from(viewOf(robot, column).body()).lookup((java.util.function.Predicate<javafx.scene.Node>) n -> n instanceof TextExt && n.getStyleClass().equals(List.of("text")))
                .queryAllAs(TextExt.class).stream().toList();
        assertThat(plain).isNotEmpty().allSatisfy(t -> assertThat(t.getBorderStrokeColor()).isNull());
    }

    @Test
    void quotesInAConflictAreMarkedInTheReaderOpenAndThenResolved(FxRobot robot) throws Exception {
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT5);
        // a quote that is a variant of this conflict only, so resolving it leaves the quote with no open conflict
        var all = conflicts.visibleConflicts();
        var chosen = all.stream().filter(c -> c.conflict().variants().stream().anyMatch(v -> all.stream()
                .filter(o -> o != c).flatMap(o -> o.conflict().variants().stream())
                .noneMatch(o -> o.articleId().equals(v.articleId()) && o.start() < v.end() && v.start() < o.end())))
                .findFirst().orElseThrow();
        var variant = chosen.conflict().variants().stream().filter(v -> all.stream().filter(o -> o != chosen)
                .flatMap(o -> o.conflict().variants().stream())
                .noneMatch(o -> o.articleId().equals(v.articleId()) && o.start() < v.end() && v.start() < o.end()))
                .findFirst().orElseThrow();
        WaitForAsyncUtils.asyncFx(() -> conflicts.selectedProperty().set(chosen)).get();
        WaitForAsyncUtils.waitForFxEvents();
        ColumnViewModel column = vm.reader().columnOf(variant.articleId());
        assertThat(column).as("selecting a conflict opens its variants").isNotNull();
        ReaderColumnView view = viewOf(robot, column);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.body().getStyleOfChar(variant.start() + 1)).contains(HighlightLayers.CONFLICT_OPEN);
        assertThat(textsWith(robot, view, HighlightLayers.CONFLICT_OPEN)).isNotEmpty()
                .anySatisfy(t -> assertThat(waveOf(t)).as("a wavy underline").isPositive());

        keys(robot, KeyCode.F); // not a conflict: resolved
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.body().getStyleOfChar(variant.start() + 1)).contains(HighlightLayers.CONFLICT_RESOLVED)
                .doesNotContain(HighlightLayers.CONFLICT_OPEN);
        assertThat(textsWith(robot, view, HighlightLayers.CONFLICT_RESOLVED)).isNotEmpty().allSatisfy(t -> {
            assertThat(t.getUnderlineColor()).isNotNull();
            assertThat(waveOf(t)).as("a straight underline").isZero();
        });
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
