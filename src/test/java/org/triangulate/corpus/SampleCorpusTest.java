package org.triangulate.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled sample articles, read exactly as the app will read them. */
class SampleCorpusTest {

    private static final Path CORPUS = Path.of("corpus");
    private static final List<String> SAMPLES = List.of("000_8dd3f800fd6951e7.txt", "001_b9333784f3f4ba51.txt",
            "002_cd4c0251b1ad3c11.txt", "003_a72829d80c15e821.txt", "004_9d3866efc89fffe9.txt");

    private static ScanResult scan;

    @BeforeAll
    static void scanCorpus() throws IOException {
        scan = new CorpusScanner().scan(CORPUS);
    }

    private static ReadResult read(String name) {
        CorpusFile file = scan.files().stream().filter(f -> f.relativePath().equals(name)).findFirst().orElseThrow();
        return new ArticleLoader(new BreakIteratorSentenceSplitter()).read(file);
    }

    @Test
    void everySampleIsFoundAndNothingIsSkipped() {
        assertThat(scan.files()).extracting(CorpusFile::relativePath).containsAll(SAMPLES);
        assertThat(scan.unsupported()).isEmpty();
    }

    @Test
    void everySampleBodyIsTheFileTextUnchanged() throws IOException {
        for (String name : SAMPLES) {
            ReadResult result = read(name);
            assertThat(result.warnings()).as(name).isEmpty();
            assertThat(result.article().body()).as(name).isEqualTo(Files.readString(CORPUS.resolve(name)));
        }
    }

    @Test
    void headlineOnTheFirstLineBecomesTheTitle() {
        assertThat(read("001_b9333784f3f4ba51.txt").article().title())
                .isEqualTo("US, UK, New Zealand accuse China of cyber attacks, Beijing responds");
        assertThat(read("002_cd4c0251b1ad3c11.txt").article().title()).isEqualTo("China denounces "
                + "\u2018malicious slander\u2019 as US, UK, NZ accuse Beijing of cyber attacks on "
                + "\u2018democratic institutions\u2019");
    }

    @Test
    void sampleWithoutAHeadlineIsTitledByItsOpeningWords() {
        ArticleMeta meta = read("000_8dd3f800fd6951e7.txt").article().meta();

        assertThat(meta.title()).isEqualTo("Following allegations from the United States and its allies, Britain and New Zealand…");
        assertThat(meta.origin()).isEqualTo("first sentence");
    }

    @Test
    void aDateArtefactBeforeTheFirstSentenceIsLeftOutOfTheTitle() {
        ArticleMeta meta = read("003_a72829d80c15e821.txt").article().meta();

        assertThat(meta.title()).startsWith("China has slammed the United States");
    }

    @Test
    void publishedLineGivesTheDateOf002() {
        assertThat(read("002_cd4c0251b1ad3c11.txt").article().published()).isEqualTo(LocalDate.of(2024, 3, 26));
    }

    @Test
    void dateArtefactGivesTheDateOf003() {
        assertThat(read("003_a72829d80c15e821.txt").article().published()).isEqualTo(LocalDate.of(2024, 3, 26));
    }

    @Test
    void samplesWithoutADateLineHaveNoDate() {
        assertThat(read("000_8dd3f800fd6951e7.txt").article().published()).isNull();
        assertThat(read("004_9d3866efc89fffe9.txt").article().published()).isNull();
    }

    @Test
    void samplesAreRecognisedAsEnglish() {
        for (String name : SAMPLES) {
            assertThat(read(name).article().meta().language()).as(name).isEqualTo("en");
        }
    }

    @Test
    void abbreviationUsDoesNotEndTheSentence() {
        Article article = read("000_8dd3f800fd6951e7.txt").article();

        assertThat(article.sentences()).extracting(article::text).contains(
                "The U.S. recently unveiled details of a 14-year cyberespionage campaign it alleges was designed "
                        + "to further China\u2019s intelligence and economic objectives.",
                "The U.K. has also come forward, noting that APT31 targeted accounts belonging to British "
                        + "legislators, particularly those critical of China\u2019s policies.");
    }

    @Test
    void headlineAndTextArtefactsAreSeparateSentences() {
        Article article = read("001_b9333784f3f4ba51.txt").article();

        assertThat(article.text(article.sentences().get(0)))
                .isEqualTo("US, UK, New Zealand accuse China of cyber attacks, Beijing responds");
        assertThat(article.text(article.sentences().get(1))).startsWith("text_fieldsBeijing: China");
    }

    @Test
    void sentencesAreTrimmedOrderedAndInsideTheBody() {
        for (String name : SAMPLES) {
            Article article = read(name).article();
            int previousEnd = 0;
            for (TextSpan s : article.sentences()) {
                String text = article.text(s);
                assertThat(s.start()).as(name).isGreaterThanOrEqualTo(previousEnd);
                assertThat(text).as(name).isNotBlank().isEqualTo(text.strip()).doesNotContain("\n");
                previousEnd = s.end();
            }
        }
    }

    @Test
    void sameTextGetsTheSameIdWhateverTheFileName() {
        Article a = read("002_cd4c0251b1ad3c11.txt").article();

        assertThat(a.id()).isEqualTo(ArticleId.of(a.body())).hasSize(16);
    }
}
