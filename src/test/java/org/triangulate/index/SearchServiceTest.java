package org.triangulate.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.corpus.TextSpan;
import org.triangulate.task.Progress;
import org.triangulate.workspace.TestCorpus;
import org.triangulate.workspace.Workspace;

class SearchServiceTest {

    @TempDir
    Path tmp;
    Workspace ws;

    @BeforeEach
    void openSample() throws Exception {
        ws = Workspace.open(TestCorpus.copyOfSample(tmp.resolve("corpus")), tmp.resolve("ws"));
        ws.sync(Progress.NONE);
    }

    @AfterEach
    void close() throws Exception {
        ws.close();
    }

    @Test
    void termQueryFindsArticlesWithHighlightedSentences() throws Exception {
        SearchResults results = ws.search("APT31", 10);
        assertThat(results.total()).isEqualTo(5);
        for (ArticleHit hit : results.hits()) {
            String body = ws.articleByFile(hit.file()).orElseThrow().body();
            assertThat(hit.passages()).isNotEmpty();
            for (PassageHit p : hit.passages()) {
                assertThat(body.substring(p.start(), p.end())).isEqualTo(p.text());
                assertThat(p.highlights()).isNotEmpty().allSatisfy(h ->
                        assertThat(body.substring(h.start(), h.end())).isEqualToIgnoringCase("APT31"));
            }
        }
    }

    @Test
    void phraseQueryHighlightsOnlyThePhrase() throws Exception {
        SearchResults results = ws.search("\"Electoral Commission\"", 10);
        assertThat(results.total()).isGreaterThanOrEqualTo(4);
        List<TextSpan> highlights = results.hits().get(0).passages().get(0).highlights();
        String body = ws.articleByFile(results.hits().get(0).file()).orElseThrow().body();
        assertThat(highlights).allSatisfy(h -> assertThat(body.substring(h.start(), h.end())).isEqualTo("Electoral Commission"));
    }

    @Test
    void wordsAreAllRequiredByDefault() throws Exception {
        long either = ws.search("Wuhan OR Dowden", 10).total();
        long both = ws.search("Wuhan Dowden", 10).total();
        assertThat(both).isLessThanOrEqualTo(either);
        assertThat(ws.search("Wuhan zebra", 10).total()).isZero();
    }

    @Test
    void stemmingFindsOtherFormsOfAWord() throws Exception {
        assertThat(ws.search("charges", 10).total()).isGreaterThanOrEqualTo(ws.search("charged", 10).total()).isPositive();
    }

    @Test
    void fuzzyQueryToleratesATypo() throws Exception {
        assertThat(ws.search("Dowdne~1", 10).total()).isEqualTo(ws.search("Dowden", 10).total()).isPositive();
    }

    @Test
    void fieldPrefixRestrictsTheSearch() throws Exception {
        assertThat(ws.search("title:denounces", 10).hits()).extracting(ArticleHit::file)
                .containsExactly("002_cd4c0251b1ad3c11.txt");
        assertThat(ws.search("date:2024-03-26", 10).total()).isEqualTo(2);
    }

    @Test
    void facetsCountMatchingArticlesByYear() throws Exception {
        SearchResults results = ws.search("China", 10);
        assertThat(results.facets()).containsKey("year");
        assertThat(results.facets().get("year")).containsEntry("2024", 2);
    }

    @Test
    void malformedQueryGivesAReadableError() {
        assertThatThrownBy(() -> ws.search("\"unclosed phrase", 10))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("cannot read the query");
        assertThatThrownBy(() -> ws.search("  ", 10)).isInstanceOf(InvalidQueryException.class);
    }

    @Test
    void limitCapsTheHitsButNotTheTotal() throws Exception {
        SearchResults results = ws.search("China", 2);
        assertThat(results.hits()).hasSize(2);
        assertThat(results.total()).isEqualTo(5);
    }

    @Test
    void passagesSnapToTheArticleSentences() {
        List<TextSpan> sentences = List.of(new TextSpan(0, 10), new TextSpan(11, 30), new TextSpan(31, 50));
        String body = "a".repeat(50);
        List<PassageHit> passages = SearchService.passages(body, sentences,
                List.of(new TextSpan(12, 14), new TextSpan(20, 22), new TextSpan(35, 37)));
        assertThat(passages).extracting(PassageHit::start).containsExactly(11, 31);
        assertThat(passages.get(0).highlights()).hasSize(2);
    }
}
