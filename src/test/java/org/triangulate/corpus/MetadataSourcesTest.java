package org.triangulate.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.corpus.TestFiles.read;
import static org.triangulate.corpus.TestFiles.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetadataSourcesTest {

    @TempDir
    Path dir;

    private static final String BODY = "Officials said on Monday that the talks had failed.\n";

    @Test
    void sidecarGivesAllFields() {
        write(dir, "a.txt.meta.json", """
                {"title": "Talks fail", "source": "Daily Wire Service", "url": "https://example.com/a",
                 "date": "2024-03-26T09:15:00Z", "language": "en-GB", "author": "ignored", "tags": ["x"]}""");

        ArticleMeta meta = read(dir, "a.txt", BODY).article().meta();

        assertThat(meta).isEqualTo(new ArticleMeta("Talks fail", "Daily Wire Service", "https://example.com/a",
                LocalDate.of(2024, 3, 26), "en", "sidecar"));
    }

    @Test
    void sidecarOutletWinsOverItsSourceField() {
        write(dir, "a.txt.meta.json", "{\"outlet\": \"The Outlet\", \"source\": \"Wire\"}");

        assertThat(read(dir, "a.txt", BODY).article().outlet()).isEqualTo("The Outlet");
    }

    @Test
    void brokenSidecarIsAWarningAndTheArticleIsStillRead() {
        write(dir, "a.txt.meta.json", "{\"title\": ");

        ReadResult result = read(dir, "a.txt", BODY);

        assertThat(result.article().body()).isEqualTo(BODY);
        assertThat(result.warnings()).singleElement().asString().startsWith("sidecar a.txt.meta.json ignored");
    }

    @Test
    void sidecarThatIsALinkIsIgnoredSoNothingIsReadFromOutsideTheFolder(@TempDir Path elsewhere)
            throws Exception {
        Path outside = write(elsewhere, "x.meta.json", "{\"title\": \"From outside\"}");
        Files.createSymbolicLink(dir.resolve("a.txt.meta.json"), outside);

        ReadResult result = read(dir, "a.txt", BODY);

        assertThat(result.article().title()).isNotEqualTo("From outside");
        assertThat(result.warnings()).singleElement().asString().contains("not a regular file");
    }

    @Test
    void yamlFrontMatterIsMetadataAndNotBody() {
        String text = "---\ntitle: \"Talks fail\"\nsource: Wire\nurl: https://example.com/a\ndate: 2024-03-26\n"
                + "language: fr\ntags:\n  - ignored\n---\n\n" + BODY;

        Article article = read(dir, "a.md", text).article();

        assertThat(article.body()).isEqualTo(BODY);
        assertThat(article.meta()).isEqualTo(new ArticleMeta("Talks fail", "Wire", "https://example.com/a",
                LocalDate.of(2024, 3, 26), "fr", "front matter"));
    }

    @Test
    void plainKeyValueHeaderEndedByABlankLineIsMetadataAndNotBody() {
        String text = "Title: Talks fail\nOutlet: Wire\nDate: March 26, 2024\n\n" + BODY;

        Article article = read(dir, "a.txt", text).article();

        assertThat(article.body()).isEqualTo(BODY);
        assertThat(article.title()).isEqualTo("Talks fail");
        assertThat(article.outlet()).isEqualTo("Wire");
        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 3, 26));
        assertThat(article.meta().origin()).isEqualTo("front matter");
    }

    @Test
    void sentenceOffsetsReferToTheBodyAfterTheHeader() {
        String text = "title: Talks fail\n\nFirst sentence here. Second one.";

        Article article = read(dir, "a.txt", text).article();

        assertThat(article.sentences()).containsExactly(new TextSpan(0, 20), new TextSpan(21, 32));
        assertThat(article.text(article.sentences().get(1))).isEqualTo("Second one.");
    }

    @Test
    void datelineWithColonIsNotMistakenForAHeader() {
        String text = "Beijing: China rejected the claims.\n\nMore text.";

        Article article = read(dir, "a.txt", text).article();

        assertThat(article.body()).isEqualTo(text);
        assertThat(article.meta().origin()).isNotEqualTo("front matter");
    }

    @Test
    void unclosedYamlBlockIsLeftInTheBody() {
        String text = "---\ntitle: x\n\nNo closing line, so this is text.";

        assertThat(read(dir, "a.md", text).article().body()).isEqualTo(text);
    }

    @Test
    void proseBetweenTwoRulesIsLeftInTheBody() {
        String text = "---\nAn introduction in prose: it has a colon.\nAnother line\n---\n\nThe story.";

        assertThat(read(dir, "a.md", text).article().body()).isEqualTo(text);
    }

    @Test
    void sidecarWinsOverFrontMatterFieldByField() {
        write(dir, "a.txt.meta.json", "{\"title\": \"From sidecar\"}");
        String text = "title: From header\ndate: 2024-03-26\nsource: Wire\n\n" + BODY;

        ArticleMeta meta = read(dir, "a.txt", text).article().meta();

        assertThat(meta.title()).isEqualTo("From sidecar");
        assertThat(meta.origin()).isEqualTo("sidecar");
        assertThat(meta.published()).isEqualTo(LocalDate.of(2024, 3, 26));
        assertThat(meta.outlet()).isEqualTo("Wire");
    }

    @Test
    void frontMatterWinsOverTextInference() {
        String text = "date: 2024-01-02\n\nA Headline Line\nPublished March 26, 2024\n" + BODY;

        ArticleMeta meta = read(dir, "a.txt", text).article().meta();

        assertThat(meta.published()).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(meta.title()).isEqualTo("A Headline Line");
        assertThat(meta.origin()).isEqualTo("inferred");
    }

    @Test
    void shortFirstLineWithoutFullStopIsTheHeadline() {
        Article article = read(dir, "a.txt", "Talks collapse in Geneva\n" + BODY).article();

        assertThat(article.title()).isEqualTo("Talks collapse in Geneva");
        assertThat(article.meta().origin()).isEqualTo("inferred");
    }

    @Test
    void firstLineEndingInAFullStopIsNotAHeadlineSoTheOpeningWordsAreUsed() {
        Article article = read(dir, "talks-report.txt", BODY + "More.\n").article();

        assertThat(article.meta().origin()).isEqualTo("first sentence");
        assertThat(BODY.replaceAll("\\s+", " ")).startsWith(article.title().replace("…", ""));
    }

    @Test
    void textWithNoSentenceOfWordsIsTitledByItsFileName() {
        Article article = read(dir, "figures.txt", "12 345\n678 910\n").article();

        assertThat(article.title()).isEqualTo("figures");
        assertThat(article.meta().origin()).isEqualTo("file name");
    }

    @Test
    void inferenceNeverChangesTheBody() {
        String text = "Talks collapse\nPublished March 26, 2024\n" + BODY;

        Article article = read(dir, "a.txt", text).article();

        assertThat(article.body()).isEqualTo(text);
        assertThat(article.id()).isEqualTo(ArticleId.of(text));
    }

    @Test
    void idFileAndSentencesAreFilledIn() throws Exception {
        Path file = write(dir, "sub/a.txt", BODY);

        Article article = read(dir, file).article();

        assertThat(article.file()).isEqualTo("sub/a.txt");
        assertThat(article.id()).isEqualTo(ArticleId.of(Files.readString(file)));
        assertThat(article.sentences()).hasSize(1);
    }
}
