package org.triangulate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.task.Progress;
import org.triangulate.workspace.SyncReport;
import org.triangulate.workspace.Workspace;

class CorporaTest {

    static List<EuroparlCorpus.Doc> europarl;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() throws Exception {
        europarl = EuroparlCorpus.load(null);
    }

    @Test
    void europarlHasEveryDocumentWithTitleDateAndBody() {
        assertThat(europarl).hasSize(17_597);
        assertThat(europarl).allSatisfy(d -> assertThat(d.body()).isNotBlank());
        assertThat(europarl.stream().filter(d -> d.date() != null).count()).isGreaterThan(17_000);
    }

    @Test
    void englishBodiesAreEnglish() {
        List<String> english = EuroparlCorpus.englishBodies(europarl, 10, 800, 6000);
        assertThat(english).hasSize(10).allSatisfy(b -> assertThat(b).containsIgnoringCase(" the "));
        assertThat(EuroparlCorpus.isEnglish(europarl.get(0).body())).as("the first line is Italian").isFalse();
    }

    @Test
    void repeatedDocumentsBecomeDistinctArticles() throws Exception {
        GeneratedCorpus corpus = GeneratedCorpus.write(europarl.subList(0, 10), 40, tmp.resolve("corpus"));
        long bytes = 0;
        try (Stream<Path> files = Files.list(corpus.dir())) {
            for (Path f : files.toList()) {
                bytes += Files.size(f);
            }
        }
        assertThat(bytes).isEqualTo(corpus.bytes());
        try (Workspace ws = Workspace.open(corpus.dir(), tmp.resolve("ws"))) {
            SyncReport report = ws.sync(Progress.NONE);
            assertThat(report.added()).hasSize(40);
            assertThat(report.skipped()).isEmpty();
            assertThat(ws.article(ws.articles().get(0).id()).orElseThrow().outlet()).startsWith("Outlet ");
            assertThat(ws.search("bench", 100).total()).isEqualTo(40);
        }
    }

    @Test
    void everyBenchmarkQueryHasHitsInBothIndexes() throws Exception {
        GeneratedCorpus corpus = GeneratedCorpus.write(europarl, 300, tmp.resolve("corpus"));
        Path bare = tmp.resolve("bare");
        BareLucene.index(corpus.articles(), bare);
        try (Workspace ws = Workspace.open(corpus.dir(), tmp.resolve("ws"));
             FSDirectory dir = FSDirectory.open(bare);
             DirectoryReader reader = DirectoryReader.open(dir)) {
            ws.sync(Progress.NONE);
            assertThat(reader.numDocs()).isEqualTo(300);
            IndexSearcher searcher = new IndexSearcher(reader);
            Map<String, List<QuerySets.BenchQuery>> sets = QuerySets.build(reader, corpus.articles(), 20, 1);
            assertThat(sets).containsOnlyKeys("term", "phrase", "boolean", "fuzzy", "facet");
            for (Map.Entry<String, List<QuerySets.BenchQuery>> set : sets.entrySet()) {
                assertThat(set.getValue()).hasSize(20);
                for (QuerySets.BenchQuery q : set.getValue()) {
                    assertThat(searcher.count(q.bare())).as("bare %s %s", set.getKey(), q.bare()).isPositive();
                    assertThat(ws.search(q.text(), 10).total()).as("Triangulate %s %s", set.getKey(), q.text()).isPositive();
                }
            }
        }
    }
}
