package org.triangulate.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.corpus.Article;
import org.triangulate.corpus.TextSpan;
import org.triangulate.nlp.EntityType;
import org.triangulate.nlp.Mention;
import org.triangulate.ui.RecordingDialogs;
import org.triangulate.ui.SampleCorpus;
import org.triangulate.ui.SampleCorpusExtractor;
import org.triangulate.ui.common.BackgroundTasks;
import org.triangulate.ui.common.PreferencesStore;
import org.triangulate.ui.common.UiPreferences;
import org.triangulate.ui.reader.ColumnViewModel;
import org.triangulate.ui.reader.HighlightLayers;
import org.triangulate.ui.reader.ReaderViewModel;
import org.triangulate.ui.reader.StyleRun;
import org.triangulate.workspace.AppPaths;

/** The window's state and commands, driven without a window (inline background tasks, no JavaFX toolkit). */
class WorkbenchViewModelTest {

    @TempDir
    Path tmp;

    private Path corpus;
    private AppPaths paths;
    private RecordingDialogs dialogs;
    private WorkbenchViewModel vm;

    @BeforeEach
    void openSample() {
        corpus = SampleCorpus.copyInto(tmp.resolve("corpus"));
        paths = SampleCorpus.pathsUnder(tmp.resolve("home"));
        dialogs = new RecordingDialogs();
        vm = new WorkbenchViewModel(BackgroundTasks.inline(), paths, SampleCorpusExtractor::new, dialogs);
        vm.openCorpus(corpus);
    }

    private Article article(String file) {
        return vm.workspaceProperty().get().articleByFile(file).orElseThrow();
    }

    private ColumnViewModel open(String file) {
        return vm.reader().open(article(file));
    }

    /** Offsets where the runs of a column carry a style class. */
    private static boolean styled(ColumnViewModel column, int offset, String styleClass) {
        int at = 0;
        for (StyleRun run : column.styleRuns()) {
            if (offset < at + run.length()) {
                return run.styleClasses().contains(styleClass);
            }
            at += run.length();
        }
        return false;
    }

    @Test
    void openingACorpusListsItsArticlesAndFindsEntities() {
        assertThat(vm.articles()).hasSize(5);
        assertThat(vm.entities()).extracting(e -> e.name()).contains("APT31", "Oliver Dowden", "Electoral Commission");
        assertThat(vm.articles()).allMatch(r -> r.entityMentions() > 0);
        assertThat(vm.corpusLabelProperty().get()).isEqualTo("corpus · 5 articles");
        assertThat(vm.recentCorpora()).containsExactly(corpus);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void theFifthArticleReplacesTheFocusedColumn() {
        open("000_8dd3f800fd6951e7.txt");
        open("001_b9333784f3f4ba51.txt");
        open("002_cd4c0251b1ad3c11.txt");
        open("003_a72829d80c15e821.txt");
        vm.reader().focusColumn(1);
        open("004_9d3866efc89fffe9.txt");
        assertThat(vm.reader().columns()).extracting(c -> c.article().file()).containsExactly(
                "000_8dd3f800fd6951e7.txt", "004_9d3866efc89fffe9.txt", "002_cd4c0251b1ad3c11.txt", "003_a72829d80c15e821.txt");
        assertThat(vm.reader().focusedIndexProperty().get()).isEqualTo(1);
    }

    @Test
    void openNextArticleSkipsArticlesAlreadyOpen() {
        open("001_b9333784f3f4ba51.txt");
        vm.reader().focusColumn(0);
        vm.openNextArticle();
        vm.openNextArticle();
        assertThat(vm.reader().columns()).extracting(c -> c.article().file())
                .containsExactly("001_b9333784f3f4ba51.txt", "002_cd4c0251b1ad3c11.txt", "003_a72829d80c15e821.txt");
    }

    @Test
    void selectingAnEntityLightsEveryMentionInEveryColumnAndRevealsTheFirst() {
        List<ColumnViewModel> columns = List.of(open("000_8dd3f800fd6951e7.txt"), open("001_b9333784f3f4ba51.txt"),
                open("003_a72829d80c15e821.txt"));
        vm.reader().selectEntity("THREAT_ACTOR:APT31");
        for (ColumnViewModel c : columns) {
            List<Mention> apt31 = c.mentions().stream().filter(m -> m.entity().equals("APT31")).toList();
            assertThat(apt31).isNotEmpty();
            assertThat(apt31).allMatch(m -> styled(c, m.start(), HighlightLayers.ENTITY_SELECTED));
            assertThat(c.revealProperty().get().offset()).isEqualTo(apt31.get(0).start());
        }
        assertThat(vm.detailsProperty().get().heading()).isEqualTo("APT31");
        assertThat(vm.detailsProperty().get().kind()).startsWith("Threat actor · ");
    }

    @Test
    void aClickedMentionSelectsItsEntityAndOnlyTheOtherColumnsScrollToIt() {
        ColumnViewModel first = open("000_8dd3f800fd6951e7.txt");
        ColumnViewModel second = open("001_b9333784f3f4ba51.txt");
        List<Mention> apt31 = first.mentions().stream().filter(m -> m.entity().equals("APT31")).toList();
        Mention later = apt31.get(apt31.size() - 1);
        assertThat(later.start()).isGreaterThan(apt31.get(0).start());
        var revealBefore = first.revealProperty().get();
        vm.reader().mentionClicked(first, later.start() + 1, later);
        assertThat(vm.reader().selectedEntityKeyProperty().get()).isEqualTo(later.entityKey());
        assertThat(vm.reader().focusedColumn()).isSameAs(first);
        assertThat(first.caret()).isEqualTo(later.start() + 1);
        assertThat(first.revealProperty().get()).as("the clicked column stays where the analyst reads").isEqualTo(revealBefore);
        assertThat(first.chosenSentenceProperty().get()).as("a click on a mention does not choose the sentence").isNull();
        Mention inSecond = second.mentions().stream().filter(m -> m.entity().equals("APT31")).findFirst().orElseThrow();
        assertThat(second.revealProperty().get().offset()).isEqualTo(inSecond.start());
    }

    @Test
    void selectingTheEntityAtTheCaretLeavesThatColumnWhereItIs() {
        ColumnViewModel first = open("000_8dd3f800fd6951e7.txt");
        List<Mention> apt31 = first.mentions().stream().filter(m -> m.entity().equals("APT31")).toList();
        Mention later = apt31.get(apt31.size() - 1);
        first.reveal(later.start());
        var revealed = first.revealProperty().get();
        assertThat(vm.reader().selectEntityAtCaret()).isTrue();
        assertThat(vm.reader().selectedEntityKeyProperty().get()).isEqualTo(later.entityKey());
        assertThat(first.revealProperty().get()).isEqualTo(revealed);
    }

    @Test
    void nextMentionWalksThroughTheSelectedEntityAcrossColumns() {
        ColumnViewModel first = open("000_8dd3f800fd6951e7.txt");
        ColumnViewModel second = open("001_b9333784f3f4ba51.txt");
        vm.reader().selectEntity("THREAT_ACTOR:APT31");
        vm.reader().focusColumn(0);
        List<Mention> inFirst = first.mentions().stream().filter(m -> m.entity().equals("APT31")).toList();
        int stops = inFirst.size();
        for (int i = 0; i < stops; i++) {
            vm.reader().moveToMention(1);
        }
        // past the last mention in the first column, the walk continues in the second
        assertThat(vm.reader().focusedIndexProperty().get()).isEqualTo(1);
        Mention firstInSecond = second.mentions().stream().filter(m -> m.entity().equals("APT31")).findFirst().orElseThrow();
        assertThat(second.caret()).isEqualTo(firstInSecond.start());
        vm.reader().moveToMention(-1);
        assertThat(vm.reader().focusedIndexProperty().get()).isZero();
        assertThat(first.caret()).isEqualTo(inFirst.get(inFirst.size() - 1).start());
    }

    @Test
    void choosingASentenceLightsTheSamePassageInTheWireCopy() {
        ColumnViewModel wire = open("002_cd4c0251b1ad3c11.txt");
        ColumnViewModel copy = open("003_a72829d80c15e821.txt");
        String sentence = "Washington said a unit, dubbed APT31";
        int at = wire.article().body().indexOf(sentence);
        assertThat(at).isNotNegative();
        vm.reader().focusColumn(0);
        vm.reader().caretMoved(wire, at + 5);
        TextSpan similar = copy.similarPassageProperty().get();
        assertThat(similar).isNotNull();
        assertThat(copy.article().body().substring(similar.start(), similar.end())).startsWith(sentence);
        assertThat(styled(copy, similar.start(), HighlightLayers.SIMILAR)).isTrue();
        assertThat(copy.revealProperty().get().offset()).isEqualTo(similar.start());
        assertThat(styled(wire, at, HighlightLayers.SENTENCE_CHOSEN)).isTrue();
    }

    @Test
    void jAndKMoveSentenceBySentence() {
        ColumnViewModel c = open("000_8dd3f800fd6951e7.txt");
        List<TextSpan> sentences = c.article().sentences();
        vm.reader().moveSentence(1);
        assertThat(c.chosenSentenceProperty().get()).isEqualTo(sentences.get(0));
        vm.reader().moveSentence(1);
        vm.reader().moveSentence(1);
        assertThat(c.chosenSentenceProperty().get()).isEqualTo(sentences.get(2));
        vm.reader().moveSentence(-1);
        assertThat(c.chosenSentenceProperty().get()).isEqualTo(sentences.get(1));
        assertThat(c.caret()).isEqualTo(sentences.get(1).start());
    }

    @Test
    void searchLightsHitsAndStepsThroughThemOpeningArticlesAsNeeded() {
        vm.search().queryProperty().set("APT31");
        vm.search().submit();
        List<ReaderViewModel.SearchHit> hits = vm.search().hitsProperty().get();
        assertThat(hits).hasSizeGreaterThan(3);
        assertThat(vm.search().currentIndexProperty().get()).isZero();
        ColumnViewModel shown = vm.reader().focusedColumn();
        assertThat(shown.article().id()).isEqualTo(hits.get(0).articleId());
        assertThat(styled(shown, hits.get(0).span().start(), HighlightLayers.SEARCH_HIT_CURRENT)).isTrue();
        vm.search().submit(); // Enter again: next hit
        assertThat(vm.search().currentIndexProperty().get()).isEqualTo(1);
        assertThat(vm.detailsProperty().get().heading()).isEqualTo("Search hit 2 of " + hits.size());
        assertThat(vm.detailsProperty().get().lines().get(0)).contains("APT31");
        vm.search().step(-1);
        vm.search().step(-1); // wraps round to the last hit
        assertThat(vm.search().currentIndexProperty().get()).isEqualTo(hits.size() - 1);
        assertThat(vm.reader().focusedColumn().article().id()).isEqualTo(hits.get(hits.size() - 1).articleId());
    }

    private List<String> openFiles() {
        return vm.reader().columns().stream().map(c -> c.article().file()).toList();
    }

    @Test
    void steppingThroughHitsNeverReplacesAnArticleTheAnalystOpened() {
        open("000_8dd3f800fd6951e7.txt");
        open("001_b9333784f3f4ba51.txt");
        open("002_cd4c0251b1ad3c11.txt");
        vm.search().queryProperty().set("APT40");
        vm.search().submit();
        List<ReaderViewModel.SearchHit> hits = vm.search().hitsProperty().get();
        assertThat(hits).extracting(ReaderViewModel.SearchHit::articleId).hasSizeGreaterThan(4)
                .contains(article("003_a72829d80c15e821.txt").id(), article("004_9d3866efc89fffe9.txt").id());
        for (int i = 0; i < 2 * hits.size(); i++) {
            ReaderViewModel.SearchHit hit = vm.search().currentHit();
            ColumnViewModel shown = vm.reader().focusedColumn();
            assertThat(shown.article().id()).as("hit %d is shown in its article", i).isEqualTo(hit.articleId());
            assertThat(openFiles().subList(0, 3)).as("after hit %d", i).containsExactly(
                    "000_8dd3f800fd6951e7.txt", "001_b9333784f3f4ba51.txt", "002_cd4c0251b1ad3c11.txt");
            assertThat(openFiles()).hasSizeLessThanOrEqualTo(4);
            vm.search().step(1);
        }
        // the fourth column is the search preview, reused hit after hit, and it is not remembered as open
        ColumnViewModel preview = vm.reader().previewColumnProperty().get();
        assertThat(preview).isSameAs(vm.reader().columns().get(3));
        assertThat(vm.statusMessageProperty().get()).contains("search preview");
        assertThat(vm.toPreferences(UiPreferences.defaults()).openArticles()).hasSize(3);
        // opening that article keeps it: the next hit elsewhere cannot replace it
        vm.openArticle(preview.article());
        assertThat(vm.reader().previewColumnProperty().get()).isNull();
        assertThat(vm.toPreferences(UiPreferences.defaults()).openArticles()).hasSize(4);
    }

    @Test
    void withFourArticlesOpenAHitElsewhereShowsInTheDetailsOnly() {
        List<String> mine = List.of("000_8dd3f800fd6951e7.txt", "001_b9333784f3f4ba51.txt", "002_cd4c0251b1ad3c11.txt",
                "003_a72829d80c15e821.txt");
        mine.forEach(this::open);
        vm.search().queryProperty().set("APT40");
        vm.search().submit();
        String fifth = article("004_9d3866efc89fffe9.txt").id();
        List<ReaderViewModel.SearchHit> hits = vm.search().hitsProperty().get();
        int index = hits.stream().map(ReaderViewModel.SearchHit::articleId).toList().indexOf(fifth);
        assertThat(index).isNotNegative();
        vm.search().go(index);
        assertThat(openFiles()).containsExactlyElementsOf(mine);
        assertThat(vm.statusMessageProperty().get()).contains("four articles you opened fill the reader");
        assertThat(vm.detailsProperty().get().heading()).isEqualTo("Search hit " + (index + 1) + " of " + hits.size());
    }

    @Test
    void anInvalidQueryGivesTheParsersMessage() {
        vm.search().queryProperty().set("foo AND (");
        vm.search().submit();
        assertThat(vm.search().errorProperty().get()).contains("Cannot parse").doesNotContain("Exception");
        assertThat(vm.search().hitsProperty().get()).isEmpty();
        assertThat(dialogs.errors).isEmpty();
        vm.search().queryProperty().set("APT40");
        vm.search().submit();
        assertThat(vm.search().errorProperty().get()).isNull();
    }

    @Test
    void hiddenTypesAreNotLitButTheSelectedEntityStillIs() {
        ColumnViewModel c = open("000_8dd3f800fd6951e7.txt");
        Mention china = c.mentions().stream().filter(m -> m.entity().equals("China")).findFirst().orElseThrow();
        Mention apt31 = c.mentions().stream().filter(m -> m.entity().equals("APT31")).findFirst().orElseThrow();
        assertThat(styled(c, china.start(), HighlightLayers.classOf(EntityType.LOCATION))).isTrue();
        vm.toggleType(EntityType.LOCATION);
        vm.toggleType(EntityType.THREAT_ACTOR);
        vm.reader().selectEntity(apt31.entityKey());
        assertThat(styled(c, china.start(), HighlightLayers.ENTITY)).isFalse();
        assertThat(styled(c, apt31.start(), HighlightLayers.ENTITY_SELECTED)).isTrue();
    }

    @Test
    void theNextStartReopensTheLastCorpusWithItsArticlesThemeAndHiddenTypes() throws Exception {
        open("001_b9333784f3f4ba51.txt");
        open("004_9d3866efc89fffe9.txt");
        vm.toggleTheme();
        vm.toggleType(EntityType.DATE);
        PreferencesStore store = new PreferencesStore(paths.configDir());
        store.save(vm.toPreferences(UiPreferences.defaults()));
        vm.close();

        WorkbenchViewModel next = new WorkbenchViewModel(BackgroundTasks.inline(), paths, SampleCorpusExtractor::new, dialogs);
        UiPreferences prefs = store.load();
        next.apply(prefs);
        next.startUp(null, prefs, Path.of("does-not-matter"));
        assertThat(next.reader().columns()).extracting(c -> c.article().file())
                .containsExactly("001_b9333784f3f4ba51.txt", "004_9d3866efc89fffe9.txt");
        assertThat(next.themeProperty().get()).isEqualTo("dark");
        assertThat(next.isTypeShown(EntityType.DATE)).isFalse();
        assertThat(next.workspaceProperty().get().corpusDir()).isEqualTo(corpus);
        next.close();
    }

    @Test
    void eachFolderReopensWithTheArticlesItHadOpenAlsoAfterARestart() throws Exception {
        open("001_b9333784f3f4ba51.txt");
        open("003_a72829d80c15e821.txt");
        Path other = SampleCorpus.copyInto(tmp.resolve("other"));
        vm.openCorpus(other);
        assertThat(openFiles()).isEmpty();
        open("000_8dd3f800fd6951e7.txt");
        vm.openCorpus(corpus); // as File › Open recent does
        assertThat(openFiles()).containsExactly("001_b9333784f3f4ba51.txt", "003_a72829d80c15e821.txt");

        PreferencesStore store = new PreferencesStore(paths.configDir());
        store.save(vm.toPreferences(UiPreferences.defaults()));
        vm.close();
        WorkbenchViewModel next = new WorkbenchViewModel(BackgroundTasks.inline(), paths, SampleCorpusExtractor::new, dialogs);
        UiPreferences prefs = store.load();
        next.apply(prefs);
        next.startUp(other, prefs, Path.of("does-not-matter")); // open DIR: not the folder open last
        assertThat(next.reader().columns()).extracting(c -> c.article().file()).containsExactly("000_8dd3f800fd6951e7.txt");
        next.close();
    }

    @Test
    void droppingAFolderOpensItAndDroppingFilesOpensThem() {
        Path other = SampleCorpus.copyInto(tmp.resolve("other"));
        vm.openDropped(List.of(other.resolve("003_a72829d80c15e821.txt"), other.resolve("000_8dd3f800fd6951e7.txt")));
        assertThat(vm.workspaceProperty().get().corpusDir()).isEqualTo(other);
        assertThat(vm.reader().columns()).extracting(c -> c.article().file())
                .containsExactly("003_a72829d80c15e821.txt", "000_8dd3f800fd6951e7.txt");
        assertThat(vm.recentCorpora()).containsExactly(other, corpus);
    }

    @Test
    void readingTheFolderAgainPicksUpANewArticleAndKeepsTheReaderOpen() throws Exception {
        open("000_8dd3f800fd6951e7.txt");
        java.nio.file.Files.writeString(corpus.resolve("005_new.txt"), "APT31 again.\n\nThe Electoral Commission said so.");
        vm.resync();
        assertThat(vm.articles()).hasSize(6);
        assertThat(vm.reader().columns()).hasSize(1);
        assertThat(vm.articles().stream().filter(r -> r.article().file().equals("005_new.txt")).findFirst().orElseThrow()
                .entityMentions()).isEqualTo(2);
    }

    @Test
    void withoutAnExtractorTheWindowStillWorksAndSaysWhy() {
        WorkbenchViewModel bare = new WorkbenchViewModel(BackgroundTasks.inline(), SampleCorpus.pathsUnder(tmp.resolve("h2")), () -> null, dialogs);
        bare.openCorpus(SampleCorpus.copyInto(tmp.resolve("c2")));
        assertThat(bare.articles()).hasSize(5);
        assertThat(bare.entities()).isEmpty();
        assertThat(bare.statusMessageProperty().get()).contains("entity extraction is not available");
        bare.close();
    }
}
