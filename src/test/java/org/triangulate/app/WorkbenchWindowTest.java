package org.triangulate.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.triangulate.corpus.TextSpan;
import org.triangulate.nlp.Mention;
import org.triangulate.ui.RecordingDialogs;
import org.triangulate.ui.SampleCorpus;
import org.triangulate.ui.SampleCorpusExtractor;
import org.triangulate.ui.common.BackgroundTasks;
import org.triangulate.ui.reader.ColumnViewModel;
import org.triangulate.ui.reader.HighlightLayers;
import org.triangulate.ui.reader.ReaderColumnView;
import org.triangulate.ui.reader.ReaderView;
import org.triangulate.ui.reader.ReaderViewModel;
import org.triangulate.ui.workbench.WorkbenchViewModel;
import org.triangulate.workspace.Json;

/**
 * Drives the real window headlessly (Monocle), from the keyboard only: the sample corpus, three articles side by
 * side, APT31 lit in every column, search hits, the command palette and the shortcut sheet.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchWindowTest {

    @TempDir
    static Path tmp;

    private static int run;
    private Path home;
    private Path corpus;
    private WorkbenchWindow window;
    private WorkbenchViewModel vm;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Path dir = tmp.resolve("run" + run++);
        corpus = SampleCorpus.copyInto(dir.resolve("corpus"));
        home = dir.resolve("home");
        // Inline tasks: the work runs as each key is handled, so the robot's own wait for FX events is enough.
        window = new WorkbenchWindow(SampleCorpus.pathsUnder(home), SampleCorpusExtractor::new, BackgroundTasks.inline(),
                s -> new RecordingDialogs());
        window.show(stage, corpus, corpus);
        vm = window.viewModel();
    }

    @AfterEach
    void closeWindow() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.close()).get();
    }

    private static void keys(FxRobot robot, KeyCode... combo) {
        robot.push(combo);
    }

    private void openThreeArticles(FxRobot robot) {
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT1); // article list
        keys(robot, KeyCode.ENTER);                    // opens the first article
        keys(robot, KeyCode.A);                        // the next one, in a new column
        keys(robot, KeyCode.A);
    }

    private ReaderColumnView columnView(FxRobot robot, ColumnViewModel column) {
        return robot.lookup(".reader-column").queryAllAs(ReaderColumnView.class).stream()
                .filter(v -> v.column() == column).findFirst().orElseThrow();
    }

    @Test
    void atStartTheArticleListHasTheKeyboardSoTheFirstKeysWork(FxRobot robot) {
        // no Ctrl+1 first: what the analyst meets after double-clicking the app
        assertThat(stage.getScene().getFocusOwner()).isSameAs(robot.lookup("#article-list").query());
        keys(robot, KeyCode.A);
        assertThat(vm.reader().columns()).hasSize(1);
        assertThat(robot.lookup("#search-field").queryAs(javafx.scene.control.TextField.class).getText()).isEmpty();
        keys(robot, KeyCode.J);
        assertThat(vm.reader().columns().get(0).chosenSentenceProperty().get()).isNotNull();
    }

    @Test
    void startedAsTheAppStartsTheArticleListHasTheKeyboard(FxRobot robot) throws Exception {
        // The app shows a skeleton first and swaps the workbench in (see showSkeletonFirst); the keyboard must not
        // land in the search box, where "press A to add the next article" would type an "a".
        WaitForAsyncUtils.asyncFx(() -> stage.close()).get();
        WorkbenchWindow app = new WorkbenchWindow(SampleCorpus.pathsUnder(home.resolveSibling("home-app")),
                SampleCorpusExtractor::new, BackgroundTasks.inline(), s -> new RecordingDialogs());
        Stage appStage = WaitForAsyncUtils.asyncFx(() -> {
            Stage s = new Stage();
            app.showSkeletonFirst(s, corpus, corpus);
            return s;
        }).get();
        stage = appStage;
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, app::isBuilt);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(appStage.getScene().getFocusOwner()).isSameAs(appStage.getScene().lookup("#article-list"));
        keys(robot, KeyCode.A);
        assertThat(app.viewModel().reader().columns()).hasSize(1);
        assertThat(((javafx.scene.control.TextField) appStage.getScene().lookup("#search-field")).getText()).isEmpty();
    }

    @Test
    void openingAFolderAgainBringsBackItsArticlesWithTheKeyboardInTheReader(FxRobot robot) throws Exception {
        keys(robot, KeyCode.A);
        keys(robot, KeyCode.A);
        WaitForAsyncUtils.asyncFx(() -> stage.close()).get();
        WaitForAsyncUtils.waitForFxEvents();
        // the next start names the folder (open DIR) rather than reopening the last one
        WorkbenchWindow next = new WorkbenchWindow(SampleCorpus.pathsUnder(home), SampleCorpusExtractor::new,
                BackgroundTasks.inline(), s -> new RecordingDialogs());
        stage = WaitForAsyncUtils.asyncFx(() -> {
            Stage s = new Stage();
            next.show(s, corpus, corpus);
            return s;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(next.viewModel().reader().columns()).extracting(c -> c.article().file())
                .containsExactly("000_8dd3f800fd6951e7.txt", "001_b9333784f3f4ba51.txt");
        javafx.scene.Node owner = stage.getScene().getFocusOwner();
        assertThat(owner).isInstanceOf(org.fxmisc.richtext.StyleClassedTextArea.class);
        assertThat(owner.getId()).startsWith("column-000_");
        keys(robot, KeyCode.J);
        assertThat(next.viewModel().reader().columns().get(0).chosenSentenceProperty().get()).isNotNull();
    }

    @Test
    void goingToTheReaderWithNoArticleOpenGoesToTheArticleList(FxRobot robot) {
        keys(robot, KeyCode.CONTROL, KeyCode.F);
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        assertThat(stage.getScene().getFocusOwner()).isSameAs(robot.lookup("#article-list").query());
        assertThat(vm.statusMessageProperty().get()).contains("No article is open");
        keys(robot, KeyCode.ENTER);
        assertThat(vm.reader().columns()).hasSize(1);
    }

    @Test
    void threeArticlesOpenSideBySideFromTheKeyboard(FxRobot robot) {
        assertThat(vm.articles()).hasSize(5);
        openThreeArticles(robot);
        assertThat(robot.lookup(".reader-column").queryAll()).hasSize(3);
        assertThat(vm.reader().columns()).extracting(c -> c.article().file())
                .containsExactly("000_8dd3f800fd6951e7.txt", "001_b9333784f3f4ba51.txt", "002_cd4c0251b1ad3c11.txt");
        keys(robot, KeyCode.CONTROL, KeyCode.W); // close the focused (last) column
        assertThat(robot.lookup(".reader-column").queryAll()).hasSize(2);
        assertThat(stage.getTitle()).startsWith("Triangulate");
    }

    @Test
    void columnsKeepAReadableWidthAndTheReaderScrollsToTheFocusedOne(FxRobot robot) throws Exception {
        keys(robot, KeyCode.A);
        ReaderColumnView alone = columnView(robot, vm.reader().columns().get(0));
        assertThat(alone.getWidth()).as("one column").isBetween(ReaderView.MIN_COLUMN_WIDTH, ReaderView.MAX_SINGLE_COLUMN_WIDTH);
        for (int n = 2; n <= 4; n++) {
            keys(robot, KeyCode.A);
            assertFocusedColumnInView(robot, "column " + n + " just opened");
            ReaderColumnView opened = columnView(robot, vm.reader().focusedColumn());
            assertThat(WaitForAsyncUtils.asyncFx(() -> opened.body().firstVisibleParToAllParIndex()).get())
                    .as("column %d shows its start", n).isZero();
        }
        assertThat(vm.reader().columns()).hasSize(4);
        for (ColumnViewModel c : vm.reader().columns()) {
            assertThat(columnView(robot, c).getWidth()).as(c.article().file()).isGreaterThanOrEqualTo(ReaderView.MIN_COLUMN_WIDTH);
        }
        for (int i = 0; i < 4; i++) {
            keys(robot, KeyCode.L); // next column, wrapping round
            assertFocusedColumnInView(robot, "column " + i + " after L");
        }
        assertThat(vm.statusMessageProperty().get()).contains("scrolls sideways");
    }

    private void assertFocusedColumnInView(FxRobot robot, String which) throws Exception {
        javafx.scene.control.ScrollPane scroller = robot.lookup("#reader-scroller").queryAs(javafx.scene.control.ScrollPane.class);
        ReaderColumnView focused = columnView(robot, vm.reader().focusedColumn());
        javafx.geometry.Bounds shown = WaitForAsyncUtils.asyncFx(() -> scroller.localToScene(scroller.getLayoutBounds())).get();
        javafx.geometry.Bounds column = WaitForAsyncUtils.asyncFx(() -> focused.localToScene(focused.getLayoutBounds())).get();
        assertThat(column.getMinX()).as("left edge of %s", which).isGreaterThanOrEqualTo(shown.getMinX() - 1);
        assertThat(column.getMaxX()).as("right edge of %s", which).isLessThanOrEqualTo(shown.getMaxX() + 1);
    }

    @Test
    void selectingApt31LightsItsMentionsInEveryColumn(FxRobot robot) throws Exception {
        openThreeArticles(robot);
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT2); // entity filter
        robot.write("APT31");
        keys(robot, KeyCode.ENTER);
        assertThat(vm.reader().selectedEntityKeyProperty().get()).isEqualTo("THREAT_ACTOR:APT31");
        for (ColumnViewModel column : vm.reader().columns()) {
            ReaderColumnView view = columnView(robot, column);
            List<Mention> apt31 = column.mentions().stream().filter(m -> m.entity().equals("APT31")).toList();
            assertThat(apt31).as(column.article().file()).isNotEmpty();
            for (Mention m : apt31) {
                assertThat(view.body().getStyleOfChar(m.start()))
                        .contains(HighlightLayers.ENTITY_SELECTED, "entity-threat-actor");
            }
            assertThat(view.body().getCaretPosition()).isEqualTo(apt31.get(0).start());
        }
        assertThat(robot.lookup("#details-heading").queryAs(Label.class).getText()).isEqualTo("APT31");
        saveSnapshot("snapshot-headless.png");
    }

    @Test
    void mentionKeysWalkAcrossColumns(FxRobot robot) {
        openThreeArticles(robot);
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT2);
        robot.write("APT31");
        keys(robot, KeyCode.ENTER);
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT3); // into the reader
        keys(robot, KeyCode.H);
        keys(robot, KeyCode.H);                       // first column
        assertThat(vm.reader().focusedIndexProperty().get()).isZero();
        int inFirst = (int) vm.reader().columns().get(0).mentions().stream().filter(m -> m.entity().equals("APT31")).count();
        for (int i = 0; i < inFirst; i++) {
            keys(robot, KeyCode.M);
        }
        assertThat(vm.reader().focusedIndexProperty().get()).isEqualTo(1);
        ColumnViewModel second = vm.reader().columns().get(1);
        int first = second.mentions().stream().filter(m -> m.entity().equals("APT31")).findFirst().orElseThrow().start();
        assertThat(columnView(robot, second).body().getCaretPosition()).isEqualTo(first);
    }

    @Test
    void searchLightsHitsAndEnterAndF3StepThroughThem(FxRobot robot) {
        openThreeArticles(robot);
        keys(robot, KeyCode.CONTROL, KeyCode.F);
        robot.write("APT31");
        keys(robot, KeyCode.ENTER);
        List<ReaderViewModel.SearchHit> hits = vm.search().hitsProperty().get();
        assertThat(hits).hasSizeGreaterThan(2);
        assertThat(robot.lookup("#search-summary").queryAs(Label.class).getText()).contains("articles");
        // the first search builds the Search tab: its results list must show that search, not wait for the next one
        javafx.scene.control.TreeView<?> tree = robot.lookup("#search-tree").queryAs(javafx.scene.control.TreeView.class);
        assertThat(tree.getRoot().getChildren()).as("articles with hits in the results list").isNotEmpty();
        assertCurrentHitShown(robot, hits.get(0));
        keys(robot, KeyCode.F3);
        assertCurrentHitShown(robot, hits.get(1));
        keys(robot, KeyCode.ENTER); // still in the search box: Enter goes on to the next hit
        assertCurrentHitShown(robot, hits.get(2));
        keys(robot, KeyCode.SHIFT, KeyCode.F3);
        assertCurrentHitShown(robot, hits.get(1));
    }

    @Test
    void hitsInArticlesNotOpenShowInOneMarkedPreviewColumnThatCanBeKept(FxRobot robot) {
        openThreeArticles(robot);
        List<String> mine = vm.reader().columns().stream().map(c -> c.article().file()).toList();
        keys(robot, KeyCode.CONTROL, KeyCode.F);
        robot.write("APT40");
        keys(robot, KeyCode.ENTER);
        ColumnViewModel preview = vm.reader().previewColumnProperty().get();
        for (int i = 0; i < vm.search().hitsProperty().get().size() && preview == null; i++) {
            keys(robot, KeyCode.F3);
            preview = vm.reader().previewColumnProperty().get();
        }
        assertThat(preview).isNotNull();
        assertThat(vm.reader().columns().stream().map(c -> c.article().file()).toList().subList(0, 3)).isEqualTo(mine);
        ReaderColumnView view = columnView(robot, preview);
        assertThat(view.getPseudoClassStates()).contains(ReaderColumnView.PREVIEW);
        assertThat(robot.from(view).lookup(".preview-row").query().isVisible()).isTrue();
        robot.clickOn(robot.from(view).lookup(".preview-keep").queryAs(javafx.scene.control.Hyperlink.class));
        assertThat(vm.reader().previewColumnProperty().get()).isNull();
        assertThat(view.getPseudoClassStates()).doesNotContain(ReaderColumnView.PREVIEW);
        assertThat(robot.from(view).lookup(".preview-row").query().isVisible()).isFalse();
    }

    private void assertCurrentHitShown(FxRobot robot, ReaderViewModel.SearchHit hit) {
        ColumnViewModel column = vm.reader().columnOf(hit.articleId());
        assertThat(column).isNotNull();
        ReaderColumnView view = columnView(robot, column);
        assertThat(view.body().getStyleOfChar(hit.span().start())).contains(HighlightLayers.SEARCH_HIT_CURRENT);
        assertThat(view.body().getCaretPosition()).isEqualTo(hit.span().start());
        assertThat(vm.reader().focusedColumn()).isSameAs(column);
    }

    @Test
    void anInvalidQueryShowsTheParserMessage(FxRobot robot) {
        keys(robot, KeyCode.CONTROL, KeyCode.F);
        robot.write("foo AND (");
        keys(robot, KeyCode.ENTER);
        Label error = robot.lookup("#search-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("Cannot parse").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void jChoosesASentenceAndTheWireCopyColumnShowsItsTwin(FxRobot robot) {
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        keys(robot, KeyCode.DOWN);
        keys(robot, KeyCode.DOWN);
        keys(robot, KeyCode.ENTER); // 002
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        keys(robot, KeyCode.DOWN);
        keys(robot, KeyCode.ENTER); // 003, the same wire copy
        assertThat(vm.reader().columns()).extracting(c -> c.article().file())
                .containsExactly("002_cd4c0251b1ad3c11.txt", "003_a72829d80c15e821.txt");
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        keys(robot, KeyCode.H);
        ColumnViewModel wire = vm.reader().columns().get(0);
        ColumnViewModel copy = vm.reader().columns().get(1);
        // a sentence both outlets carry (002 also has a photo caption and a sidebar that 003 lacks)
        int shared = wire.article().body().indexOf("Washington said a unit, dubbed APT31");
        int index = wire.article().sentences().indexOf(wire.article().sentenceAt(shared));
        for (int i = 0; i <= index; i++) {
            keys(robot, KeyCode.J);
        }
        TextSpan chosen = wire.chosenSentenceProperty().get();
        assertThat(chosen).isEqualTo(wire.article().sentences().get(index));
        TextSpan twin = copy.similarPassageProperty().get();
        assertThat(twin).isNotNull();
        assertThat(wire.article().text(chosen)).startsWith("Washington said a unit, dubbed APT31");
        assertThat(copy.article().text(twin)).startsWith("Washington said a unit, dubbed APT31"); // reworded after that
        assertThat(columnView(robot, copy).body().getStyleOfChar(twin.start())).contains(HighlightLayers.SIMILAR);
    }

    @Test
    void theCommandPaletteRunsAnyActionByName(FxRobot robot) {
        assertThat(stage.getScene().getRoot().getStyleClass()).contains("theme-light");
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P);
        assertThat(robot.lookup("#command-palette").query().isVisible()).isTrue();
        robot.write("theme");
        keys(robot, KeyCode.ENTER);
        assertThat(robot.lookup("#command-palette").query().isVisible()).isFalse();
        assertThat(vm.themeProperty().get()).isEqualTo("dark");
        assertThat(stage.getScene().getRoot().getStyleClass()).contains("theme-dark");

        keys(robot, KeyCode.CONTROL, KeyCode.K);
        robot.write("next article");
        keys(robot, KeyCode.ENTER);
        assertThat(vm.reader().columns()).hasSize(1);
        keys(robot, KeyCode.CONTROL, KeyCode.K);
        keys(robot, KeyCode.ESCAPE);
        assertThat(robot.lookup("#command-palette").query().isVisible()).isFalse();
        assertThat(vm.reader().columns()).hasSize(1);
    }

    @Test
    void theCommandPaletteOpensARecentFolder(FxRobot robot) {
        Path other = SampleCorpus.copyInto(corpus.resolveSibling("other"));
        robot.interact(() -> vm.openCorpus(other));
        assertThat(vm.workspaceProperty().get().corpusDir()).isEqualTo(other);
        keys(robot, KeyCode.CONTROL, KeyCode.K);
        robot.write("recent");
        var list = robot.lookup("#palette-list").queryListView();
        assertThat(list.getItems()).extracting(a -> ((org.triangulate.ui.commands.AppAction) a).label())
                .containsExactly("Open recent folder: corpus  (" + corpus + ")"); // not the folder open now
        keys(robot, KeyCode.ENTER);
        assertThat(vm.workspaceProperty().get().corpusDir()).isEqualTo(corpus);
    }

    @Test
    void noTwoWindowWideActionsShareAKey() {
        // Two window-wide actions on one key: the dispatcher runs whichever it meets first and the other never runs
        // (Ctrl+E once opened the missed-mention prompt instead of Export). Actions scoped to one part of the window
        // (the conflict list's 1-9, M, D) deliberately shadow window-wide ones while that part has focus.
        var global = window.view().catalogue().all().stream().filter(a -> !a.disabledProperty().isBound()).toList();
        java.util.List<String> clashes = new java.util.ArrayList<>();
        for (int i = 0; i < global.size(); i++) {
            for (int j = i + 1; j < global.size(); j++) {
                for (var key : global.get(i).keys()) {
                    if (global.get(j).keys().contains(key)) {
                        clashes.add(key.getName() + ": " + global.get(i).id() + " and " + global.get(j).id());
                    }
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void everyDefaultKeyIsAKeyPressUnlessItIsAPunctuationCharacter() {
        // KeyCombination.valueOf reads a name JavaFX does not know ("Escape"; the key is "Esc") as a typed
        // character, which no key press ever matches: the action looks bound and never fires.
        java.util.List<String> unreachable = new java.util.ArrayList<>();
        for (var action : window.view().catalogue().all()) {
            for (String name : action.spec().defaultKeys()) {
                var key = javafx.scene.input.KeyCombination.valueOf(name);
                boolean punctuation = key instanceof javafx.scene.input.KeyCharacterCombination c
                        && c.getCharacter().length() == 1 && !Character.isLetterOrDigit(c.getCharacter().charAt(0))
                        && key.getShortcut() == javafx.scene.input.KeyCombination.ModifierValue.UP
                        && key.getControl() == javafx.scene.input.KeyCombination.ModifierValue.UP
                        && key.getAlt() == javafx.scene.input.KeyCombination.ModifierValue.UP;
                if (!(key instanceof javafx.scene.input.KeyCodeCombination) && !punctuation) {
                    unreachable.add(action.id() + ": " + name);
                }
            }
        }
        assertThat(unreachable).isEmpty();
    }

    @Test
    void escapeClearsTheEntitySelection(FxRobot robot) {
        openThreeArticles(robot);
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT2);
        robot.write("APT31");
        keys(robot, KeyCode.ENTER);
        assertThat(vm.reader().selectedEntityKeyProperty().get()).isEqualTo("THREAT_ACTOR:APT31");
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        keys(robot, KeyCode.ESCAPE);
        assertThat(vm.reader().selectedEntityKeyProperty().get()).isNull();
        ColumnViewModel column = vm.reader().columns().get(0);
        Mention apt31 = column.mentions().stream().filter(m -> m.entity().equals("APT31")).findFirst().orElseThrow();
        assertThat(columnView(robot, column).body().getStyleOfChar(apt31.start())).doesNotContain(HighlightLayers.ENTITY_SELECTED);
    }

    @Test
    void theShortcutTableInTheDocsIsTheCatalogues() throws Exception {
        // docs/ui.md once said N opened the next article when the key was A: its table is checked against the keys
        StringBuilder table = new StringBuilder("| Menu | Command | Keys |\n|---|---|---|\n");
        for (var a : window.view().catalogue().all()) {
            String keys = a.keys().stream().map(k -> "`" + k.getDisplayText().replace("↵", "Enter") + "`")
                    .collect(java.util.stream.Collectors.joining(" or "));
            table.append("| ").append(a.spec().menu()).append(" | ").append(a.label().replace("|", "\\|"))
                    .append(" | ").append(keys).append(" |\n");
        }
        String doc = Files.readString(Path.of("docs", "ui.md"));
        String start = "<!-- shortcuts: start -->\n";
        String end = "<!-- shortcuts: end -->";
        assertThat(doc).contains(start, end);
        String inDoc = doc.substring(doc.indexOf(start) + start.length(), doc.indexOf(end));
        if (!inDoc.equals(table.toString())) {
            Files.writeString(Path.of("target", "ui-shortcuts.md"), table);
        }
        assertThat(inDoc).as("the table in docs/ui.md (the catalogue's is in target/ui-shortcuts.md)").isEqualTo(table.toString());
    }

    @Test
    void aKeyReboundInTheShortcutSheetWorksAndIsSaved(FxRobot robot) throws Exception {
        keys(robot, KeyCode.F1);
        assertThat(robot.lookup("#shortcut-sheet").query().isVisible()).isTrue();
        var table = robot.lookup("#shortcut-table").queryTableView();
        int row = -1;
        for (int i = 0; i < table.getItems().size(); i++) {
            if (((org.triangulate.ui.commands.AppAction) table.getItems().get(i)).id().equals("reader.open-next")) {
                row = i;
            }
        }
        int target = row;
        WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().select(target)).get();
        WaitForAsyncUtils.waitForFxEvents();
        keys(robot, KeyCode.ENTER);
        keys(robot, KeyCode.CONTROL, KeyCode.ALT, KeyCode.O);
        assertThat(robot.lookup("#shortcut-prompt").queryAs(Label.class).getText()).contains("is now");
        keys(robot, KeyCode.ESCAPE);
        assertThat(robot.lookup("#shortcut-sheet").query().isVisible()).isFalse();

        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        keys(robot, KeyCode.A); // no longer bound
        assertThat(vm.reader().columns()).isEmpty();
        keys(robot, KeyCode.CONTROL, KeyCode.ALT, KeyCode.O);
        assertThat(vm.reader().columns()).hasSize(1);
        String saved = Files.readString(home.resolve("config").resolve("preferences.json"));
        assertThat(Json.mapper().readTree(saved).path("keyBindings").path("reader.open-next").asText()).isEqualTo("Alt+Shortcut+O");
    }

    @Test
    void takingAKeyFromAnotherCommandSaysWhichAndWaitsForConfirmation(FxRobot robot) throws Exception {
        var catalogue = window.view().catalogue();
        var n = javafx.scene.input.KeyCombination.valueOf("N");
        assertThat(catalogue.get("claims.note").keys()).containsExactly(n);
        keys(robot, KeyCode.F1);
        var table = robot.lookup("#shortcut-table").queryTableView();
        int row = table.getItems().indexOf(catalogue.get("reader.open-next"));
        WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().select(row)).get();
        WaitForAsyncUtils.waitForFxEvents();
        Label prompt = robot.lookup("#shortcut-prompt").queryAs(Label.class);

        keys(robot, KeyCode.ENTER);
        keys(robot, KeyCode.N);
        assertThat(prompt.getText()).contains("N is “Write a note on the claim”", "no key", "Enter", "Escape");
        assertThat(catalogue.get("reader.open-next").keys()).as("nothing changes before the analyst confirms")
                .containsExactly(javafx.scene.input.KeyCombination.valueOf("A"));
        keys(robot, KeyCode.ESCAPE); // keeps N where it is; the sheet stays open
        assertThat(robot.lookup("#shortcut-sheet").query().isVisible()).isTrue();
        assertThat(prompt.getText()).contains("No key was changed");
        assertThat(catalogue.get("claims.note").keys()).containsExactly(n);
        assertThat(catalogue.get("reader.open-next").keys()).containsExactly(javafx.scene.input.KeyCombination.valueOf("A"));

        keys(robot, KeyCode.ENTER);
        keys(robot, KeyCode.N);
        keys(robot, KeyCode.ENTER); // take it
        assertThat(catalogue.get("reader.open-next").keys()).containsExactly(n);
        assertThat(catalogue.get("claims.note").keys()).isEmpty();
        assertThat(prompt.getText()).contains("is now N", "“Write a note on the claim” now has no key");
    }

    @Test
    void questionMarkOpensTheCheatSheetButNotWhileTyping(FxRobot robot) {
        keys(robot, KeyCode.CONTROL, KeyCode.F);
        robot.write("why?");
        // the sheet joins the scene when first shown, so "not shown" is either absent or hidden
        assertThat(robot.lookup("#shortcut-sheet").tryQuery().filter(javafx.scene.Node::isVisible)).isEmpty();
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        robot.write("?");
        assertThat(robot.lookup("#shortcut-sheet").query().isVisible()).isTrue();
    }

    @Test
    void altAndADigitTogglesAnEntityTypeAndTheLegendFollows(FxRobot robot) {
        keys(robot, KeyCode.A);
        ColumnViewModel column = vm.reader().columns().get(0);
        Mention apt31 = column.mentions().stream().filter(m -> m.entity().equals("APT31")).findFirst().orElseThrow();
        ReaderColumnView view = columnView(robot, column);
        var legendToggle = robot.lookup("#legend-entity-threat-actor").queryAs(javafx.scene.control.ToggleButton.class);
        assertThat(view.body().getStyleOfChar(apt31.start())).contains("entity-threat-actor");
        assertThat(legendToggle.isSelected()).isTrue();
        keys(robot, KeyCode.ALT, KeyCode.DIGIT4); // threat actors are the fourth type
        assertThat(view.body().getStyleOfChar(apt31.start())).doesNotContain("entity", "entity-threat-actor");
        assertThat(legendToggle.isSelected()).isFalse();
        keys(robot, KeyCode.ALT, KeyCode.DIGIT4);
        assertThat(view.body().getStyleOfChar(apt31.start())).contains("entity-threat-actor");
    }

    @Test
    void clickingAMentionSelectsItsEntityEverywhere(FxRobot robot) throws Exception {
        openThreeArticles(robot);
        ColumnViewModel first = vm.reader().columns().get(0);
        Mention dowden = first.mentions().stream().filter(m -> m.entity().equals("Oliver Dowden")).findFirst().orElseThrow();
        ReaderColumnView view = columnView(robot, first);
        robot.interact(() -> {
            view.body().moveTo(dowden.start());
            view.body().requestFollowCaret();
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds bounds = WaitForAsyncUtils.asyncFx(() ->
                view.body().getCharacterBoundsOnScreen(dowden.start(), dowden.start() + 2).orElseThrow()).get();
        robot.clickOn(new javafx.geometry.Point2D(bounds.getMinX() + bounds.getWidth() / 2, bounds.getMinY() + bounds.getHeight() / 2));
        assertThat(vm.reader().selectedEntityKeyProperty().get()).isEqualTo("PERSON:Oliver Dowden");
        for (ColumnViewModel c : vm.reader().columns()) {
            c.mentions().stream().filter(m -> m.entity().equals("Oliver Dowden")).forEach(m ->
                    assertThat(columnView(robot, c).body().getStyleOfChar(m.start())).contains(HighlightLayers.ENTITY_SELECTED));
        }
    }

    @Test
    void oneClickOnAMentionInAnotherColumnSelectsItsEntityAndThatColumnStaysPut(FxRobot robot) throws Exception {
        openThreeArticles(robot);
        ColumnViewModel second = vm.reader().columns().get(1);
        ReaderColumnView view = columnView(robot, second);
        assertThat(vm.reader().focusedColumn()).isNotSameAs(second);
        // a mention further down whose entity is also mentioned earlier: selecting it must not scroll this column
        // back to the first mention, away from the text under the mouse
        Mention target = second.mentions().stream()
                .filter(m -> second.article().body().indexOf("\n", m.start()) > 0)
                .filter(m -> second.mentions().indexOf(m) > 8)
                .filter(m -> second.mentions().stream().anyMatch(o -> o.entityKey().equals(m.entityKey()) && o.start() < m.start()
                        && paragraphOf(view, o.start()) < paragraphOf(view, m.start()) - 2))
                .findFirst().orElseThrow();
        int paragraph = paragraphOf(view, target.start());
        robot.interact(() -> view.body().showParagraphAtTop(paragraph));
        WaitForAsyncUtils.waitForFxEvents();
        int topBefore = WaitForAsyncUtils.asyncFx(() -> view.body().firstVisibleParToAllParIndex()).get();
        javafx.geometry.Bounds bounds = WaitForAsyncUtils.asyncFx(() ->
                view.body().getCharacterBoundsOnScreen(target.start(), target.start() + 2).orElseThrow()).get();
        robot.clickOn(new javafx.geometry.Point2D(bounds.getMinX() + bounds.getWidth() / 2, bounds.getMinY() + bounds.getHeight() / 2));
        assertThat(vm.reader().selectedEntityKeyProperty().get()).isEqualTo(target.entityKey());
        assertThat(vm.reader().focusedColumn()).isSameAs(second);
        assertThat(WaitForAsyncUtils.asyncFx(() -> view.body().firstVisibleParToAllParIndex()).get()).isEqualTo(topBefore);
        assertThat(robot.lookup("#details-heading").queryAs(Label.class).getText()).isEqualTo(target.entity());
    }

    private static int paragraphOf(ReaderColumnView view, int offset) {
        return view.body().offsetToPosition(offset, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {1600, 1368, 1200, 1000, 900})
    void theLegendNeverRunsUnderTheSearchBox(int width, FxRobot robot) throws Exception {
        // The headless screen is narrower than some of these widths, so the top bar is laid out at each width on its
        // own, as the window would lay it out.
        javafx.scene.layout.Region top = robot.lookup(".top-bar").queryAs(javafx.scene.layout.Region.class);
        List<String> overlaps = WaitForAsyncUtils.asyncFx(() -> {
            top.resize(width, top.getHeight());
            top.applyCss();
            top.layout();
            top.applyCss();
            top.layout();
            javafx.scene.Node search = top.lookup("#search-field");
            double searchLeft = search.localToScene(search.getLayoutBounds()).getMinX();
            List<String> found = new java.util.ArrayList<>();
            for (javafx.scene.Node toggle : top.lookupAll(".legend-toggle")) {
                double right = toggle.localToScene(toggle.getLayoutBounds()).getMaxX();
                if (right > searchLeft) {
                    found.add(((javafx.scene.control.ToggleButton) toggle).getText() + " ends at " + right
                            + ", the search box starts at " + searchLeft);
                }
            }
            if (search.getLayoutBounds().getWidth() < 200) {
                found.add("search box " + search.getLayoutBounds().getWidth() + " px wide");
            }
            return found;
        }).get();
        robot.interact(top::requestLayout);
        assertThat(overlaps).as("at %d px", width).isEmpty();
    }

    @Test
    void theWholeWindowFitsALaptopScreen(FxRobot robot) throws Exception {
        // At 1280 px less the desktop's margins the bar once kept its named legend, so its minimum width pushed the
        // workbench past the window's edges (menus and tabs cut off on both sides).
        double width = stage.getWidth();
        double height = stage.getHeight();
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(1180);
            stage.setHeight(740);
        }).get();
        try {
            assertWorkbenchFitsTheScene(robot);
        } finally {
            // TestFX hands every test the same stage: the next test gets the size it had before.
            WaitForAsyncUtils.asyncFx(() -> {
                stage.setWidth(width);
                stage.setHeight(height);
            }).get();
        }
    }

    private void assertWorkbenchFitsTheScene(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.getScene().getRoot().layout());
        WaitForAsyncUtils.waitForFxEvents();
        double sceneWidth = stage.getScene().getWidth();
        javafx.scene.layout.Region root = (javafx.scene.layout.Region) stage.getScene().getRoot();
        javafx.scene.layout.Region top = robot.lookup(".top-bar").queryAs(javafx.scene.layout.Region.class);
        assertThat(root.getWidth()).as("workbench laid out in a %s px scene", sceneWidth).isLessThanOrEqualTo(sceneWidth);
        assertThat(top.localToScene(top.getLayoutBounds()).getMaxX()).isLessThanOrEqualTo(sceneWidth);
    }

    /** The text a label or cell actually draws: "D…" when JavaFX had to cut it. */
    private static String drawn(javafx.scene.Node labeled) {
        javafx.scene.Node text = labeled.lookup(".text");
        return text instanceof javafx.scene.text.Text t ? t.getText() : "";
    }

    @Test
    void theArticleListShowsWholeCountsAndHeadingsEvenSorted(FxRobot robot) throws Exception {
        // a long article: thousands of mentions must not be cut to "12…"
        var first = vm.articles().get(0);
        robot.interact(() -> vm.articles().set(0, new org.triangulate.ui.workbench.ArticleRow(first.article(), 12345, 99)));
        javafx.scene.control.TableView<?> list = robot.lookup("#article-list").queryTableView();
        for (var column : list.getColumns()) {
            if (!column.isVisible()) {
                continue;
            }
            robot.interact(() -> {
                list.getSortOrder().setAll(java.util.List.of());
                column.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
                @SuppressWarnings("unchecked")
                var order = (javafx.collections.ObservableList<javafx.scene.control.TableColumn<?, ?>>) (Object) list.getSortOrder();
                order.add(column);
            });
            WaitForAsyncUtils.waitForFxEvents();
            for (javafx.scene.Node header : list.lookupAll(".column-header .label")) {
                javafx.scene.control.Labeled label = (javafx.scene.control.Labeled) header;
                String want = label.getText() != null ? label.getText()
                        : label.getGraphic() instanceof javafx.scene.control.Labeled g ? g.getText() : "";
                String shown = label.getText() != null ? drawn(label) : drawn(label.getGraphic());
                if (!want.isEmpty() && !"Title".equals(want)) {
                    assertThat(shown).as("heading %s, sorted by %s", want, column.getText()).isEqualTo(want);
                }
            }
        }
        for (javafx.scene.Node cell : list.lookupAll(".table-cell")) {
            javafx.scene.control.TableCell<?, ?> c = (javafx.scene.control.TableCell<?, ?>) cell;
            if (c.getItem() != null && c.getTableColumn() != list.getColumns().get(0) && c.getText() != null) {
                assertThat(drawn(c)).as("a %s cell", c.getTableColumn().getText()).isEqualTo(c.getText());
            }
        }
    }

    @Test
    void everyRightHandTabShowsItsWholeName(FxRobot robot) {
        javafx.scene.control.TabPane tabs = robot.lookup("#side-tabs").queryAs(javafx.scene.control.TabPane.class);
        javafx.geometry.Bounds pane = tabs.localToScene(tabs.getLayoutBounds());
        for (javafx.scene.Node tab : tabs.lookupAll(".tab")) {
            javafx.geometry.Bounds b = tab.localToScene(tab.getLayoutBounds());
            assertThat(b.getMaxX()).as("tab %s", drawn(tab.lookup(".tab-label"))).isLessThanOrEqualTo(pane.getMaxX());
            javafx.scene.control.Label label = (javafx.scene.control.Label) tab.lookup(".tab-label");
            assertThat(drawn(label)).isEqualTo(label.getText());
        }
        assertThat(tabs.lookup(".control-buttons-tab").isVisible()).as("the overflow menu").isFalse();
    }

    @Test
    void theCurrentColumnIsMarkedApartFromAFocusedListAndRingedWhenItHasTheKeyboard(FxRobot robot) {
        keys(robot, KeyCode.A);
        keys(robot, KeyCode.A); // the keyboard stays in the list; the second column is the reader's current one
        javafx.scene.layout.Region list = robot.lookup("#article-list").queryAs(javafx.scene.layout.Region.class);
        javafx.scene.layout.BorderStroke listRing = list.getBorder().getStrokes().get(0);
        assertThat(list.isFocused()).isTrue();
        ReaderColumnView current = columnView(robot, vm.reader().focusedColumn());
        ReaderColumnView other = columnView(robot, vm.reader().columns().get(0));
        javafx.scene.layout.BorderStroke bar = current.getBorder().getStrokes().get(0);
        assertThat(bar.getWidths().getTop()).as("the current column's top bar").isGreaterThanOrEqualTo(4)
                .isGreaterThan(listRing.getWidths().getTop());
        assertThat(bar.getTopStroke()).isEqualTo(listRing.getTopStroke()); // the accent
        assertThat(bar.getLeftStroke()).as("no ring while the list has the keyboard").isNotEqualTo(listRing.getLeftStroke());
        assertThat(other.getBorder().getStrokes().get(0).getTopStroke()).isNotEqualTo(listRing.getTopStroke());

        assertThat(current.getInsets()).as("the text does not shift as the focus moves").isEqualTo(other.getInsets());
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        assertThat(current.getInsets()).isEqualTo(other.getInsets());
        javafx.scene.layout.BorderStroke ringed = current.getBorder().getStrokes().get(0);
        assertThat(ringed.getLeftStroke()).as("ringed once its text has the keyboard").isEqualTo(listRing.getLeftStroke());
        assertThat(ringed.getWidths().getLeft()).isGreaterThanOrEqualTo(2);
        assertThat(ringed.getWidths().getTop()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void hoveringAMentionNamesItsTypeAndEntity(FxRobot robot) throws Exception {
        keys(robot, KeyCode.A);
        ColumnViewModel column = vm.reader().columns().get(0);
        Mention usa = column.mentions().stream().filter(m -> m.text().equals("U.S.")).findFirst().orElseThrow();
        ReaderColumnView view = columnView(robot, column);
        WaitForAsyncUtils.asyncFx(() -> view.body().fireEvent(org.fxmisc.richtext.event.MouseOverTextEvent.beginAt(
                new javafx.geometry.Point2D(10, 10), usa.start() + 1))).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".mention-hover").queryAs(Label.class).getText()).isEqualTo("Location · United States");
    }

    @Test
    void windowStateIsSavedWhenTheWindowCloses(FxRobot robot) throws Exception {
        keys(robot, KeyCode.A);
        keys(robot, KeyCode.A);
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D); // hide the details pane
        WaitForAsyncUtils.asyncFx(() -> stage.close()).get();
        WaitForAsyncUtils.waitForFxEvents();
        var saved = Json.mapper().readTree(home.resolve("config").resolve("preferences.json").toFile());
        assertThat(saved.path("openArticles")).extracting(n -> n.asText())
                .containsExactly("000_8dd3f800fd6951e7.txt", "001_b9333784f3f4ba51.txt");
        assertThat(saved.path("detailsVisible").asBoolean()).isFalse();
        assertThat(saved.path("window").path("width").asDouble()).isGreaterThan(400);
        assertThat(saved.path("dividers").path("sidebar").asDouble()).isBetween(0.05, 0.6);
        assertThat(saved.path("lastCorpus").asText()).isEqualTo(corpus.toString());
    }

    private void saveSnapshot(String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        Path out = Path.of("target", name);
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
    }
}
