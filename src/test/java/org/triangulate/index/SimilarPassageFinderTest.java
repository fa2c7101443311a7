package org.triangulate.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.corpus.Article;
import org.triangulate.task.Progress;
import org.triangulate.workspace.TestCorpus;
import org.triangulate.workspace.Workspace;

class SimilarPassageFinderTest {

    @TempDir
    Path tmp;

    @Test
    void theSameWireSentenceInAnotherOutletIsTheClosestPassage() throws Exception {
        try (Workspace ws = Workspace.open(TestCorpus.copyOfSample(tmp.resolve("corpus")), tmp.resolve("ws"))) {
            ws.sync(Progress.NONE);
            Article wire = ws.articleByFile("002_cd4c0251b1ad3c11.txt").orElseThrow();
            int offset = wire.body().indexOf("Deputy Attorney General Lisa Monaco on Monday said");
            List<SimilarPassage> similar = ws.similar(wire.id(), offset, 5, 1);
            assertThat(similar).isNotEmpty();
            assertThat(similar.get(0).file()).isEqualTo("003_a72829d80c15e821.txt");
            assertThat(similar.get(0).text()).contains("more than 10,000 emails");
            assertThat(similar).extracting(SimilarPassage::articleId).doesNotContain(wire.id()).doesNotHaveDuplicates();
        }
    }

    @Test
    void aParaphraseIsFoundAmongTheClosestPassages() throws Exception {
        try (Workspace ws = Workspace.open(TestCorpus.copyOfSample(tmp.resolve("corpus")), tmp.resolve("ws"))) {
            ws.sync(Progress.NONE);
            Article a = ws.articleByFile("000_8dd3f800fd6951e7.txt").orElseThrow();
            int offset = a.body().indexOf("Britain responded by sanctioning two individuals");
            List<SimilarPassage> similar = ws.similar(a.id(), offset, 4, 1);
            assertThat(similar).anySatisfy(p -> assertThat(p.text()).containsIgnoringCase("sanction"));
            for (SimilarPassage p : similar) {
                Article other = ws.article(p.articleId()).orElseThrow();
                assertThat(other.body().substring(p.start(), p.end())).isEqualTo(p.text());
            }
        }
    }
}
