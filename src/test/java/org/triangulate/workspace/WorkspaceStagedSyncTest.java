package org.triangulate.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.corpus.Article;
import org.triangulate.index.SimilarPassage;
import org.triangulate.nlp.RuleBasedExtractor;
import org.triangulate.task.CancelledException;
import org.triangulate.task.Progress;

/**
 * A sync indexes article documents first (searchable early) and their sentences after; cancelling in between or
 * extracting entities later must never leave an article without its sentences or indexed twice.
 */
class WorkspaceStagedSyncTest {

    private static final String SHARED = "Okapis graze near the river at dawn in the quiet reserve.";
    private static final int ARTICLES = 120;

    @TempDir
    Path tmp;

    private Path corpus() {
        Path dir = tmp.resolve("corpus");
        for (int i = 0; i < ARTICLES; i++) {
            TestCorpus.write(dir, String.format("a%03d.txt", i), "Report number " + i + " names the ranger zq" + i
                    + "x in its first line.\n\n" + SHARED + "\n\nThe closing line of report " + i + " is its own.\n");
        }
        return dir;
    }

    /** Cancels once the sync has reported {@code after} steps. */
    private static Progress cancelAfter(int after) {
        return new Progress() {
            int updates;

            @Override
            public void update(long done, long total, String text) {
                updates++;
            }

            @Override
            public boolean isCancelled() {
                return updates >= after;
            }
        };
    }

    /** The articles whose copy of the shared sentence the given article's copy is similar to. */
    private static Set<String> similarToShared(Workspace ws, Article from) throws Exception {
        int offset = from.body().indexOf(SHARED);
        return ws.similar(from.id(), offset, 1000, 1).stream().map(SimilarPassage::file).collect(Collectors.toSet());
    }

    private static void assertEachArticleIndexedOnceWithItsSentences(Workspace ws) throws Exception {
        for (Article a : ws.articles()) {
            String unique = "zq" + a.file().substring(1, 4).replaceFirst("^0+(?=.)", "") + "x";
            assertThat(ws.search(unique, 10).total()).as("hits for %s", unique).isEqualTo(1);
        }
        Article first = ws.articles().get(0);
        Set<String> others = ws.articles().stream().skip(1).map(Article::file).collect(Collectors.toSet());
        assertThat(similarToShared(ws, first)).isEqualTo(others);
    }

    @Test
    void aCancelledSyncKeepsWhatItReadWholeAndTheNextSyncReadsTheRest() throws Exception {
        Path corpus = corpus();
        int kept;
        try (Workspace ws = Workspace.open(corpus, tmp.resolve("ws"))) {
            assertThatThrownBy(() -> ws.sync(cancelAfter(30))).isInstanceOf(CancelledException.class);
            kept = ws.articles().size();
            assertThat(kept).isBetween(2, ARTICLES - 1);
            assertEachArticleIndexedOnceWithItsSentences(ws);
        }
        try (Workspace ws = Workspace.open(corpus, tmp.resolve("ws"))) {
            assertThat(ws.articles()).hasSize(kept);
            SyncReport report = ws.sync(Progress.NONE);
            assertThat(report.unchanged()).hasSize(kept);
            assertThat(report.added()).hasSize(ARTICLES - kept);
            assertEachArticleIndexedOnceWithItsSentences(ws);
        }
    }

    @Test
    void textIsSearchableBeforeTheSyncEnds() throws Exception {
        try (Workspace ws = Workspace.open(corpus(), tmp.resolve("ws"))) {
            SyncReport report = ws.sync(Progress.NONE);
            assertThat(report.searchableAfter()).isPositive().isLessThanOrEqualTo(report.took());
            assertEachArticleIndexedOnceWithItsSentences(ws);
        }
    }

    @Test
    void extractingEntitiesKeepsEverySentenceFindable() throws Exception {
        try (Workspace ws = Workspace.open(corpus(), tmp.resolve("ws"))) {
            ws.sync(Progress.NONE);
            ws.extractEntities(new RuleBasedExtractor(), Progress.NONE);
            assertEachArticleIndexedOnceWithItsSentences(ws);
        }
        try (Workspace ws = Workspace.open(null, tmp.resolve("ws"))) {
            assertThat(ws.entitiesUpToDate(new RuleBasedExtractor())).isTrue();
            assertEachArticleIndexedOnceWithItsSentences(ws);
        }
    }

    @Test
    void reopeningLoadsTheLatestVersionOfEveryArticleAndNothingDeleted() throws Exception {
        Path corpus = corpus();
        java.util.List<Article> before;
        try (Workspace ws = Workspace.open(corpus, tmp.resolve("ws"))) {
            ws.sync(Progress.NONE);
            TestCorpus.write(corpus, "a007.txt", "Report number 7 was rewritten: the ranger zq7x left.\n\n" + SHARED + "\n");
            java.nio.file.Files.setLastModifiedTime(corpus.resolve("a007.txt"),
                    java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
            java.nio.file.Files.delete(corpus.resolve("a011.txt"));
            ws.sync(Progress.NONE);
            before = ws.articles();
        }
        try (Workspace ws = Workspace.open(null, tmp.resolve("ws"))) {
            assertThat(ws.articles()).hasSize(ARTICLES - 1).isEqualTo(before);
            assertThat(ws.articleByFile("a007.txt").orElseThrow().body()).contains("rewritten");
            assertThat(ws.articleByFile("a011.txt")).isEmpty();
            assertEachArticleIndexedOnceWithItsSentences(ws);
        }
    }
}
