package org.triangulate.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.corpus.TestFiles.read;
import static org.triangulate.corpus.TestFiles.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {

    @TempDir
    Path dir;

    @Test
    void emptyFileIsSkipped() {
        assertThat(read(dir, "empty.txt", "").skipReason()).isEqualTo("empty file");
    }

    @Test
    void whitespaceOnlyFileIsSkippedAsEmpty() {
        assertThat(read(dir, "blank.md", " \n\t\r\n  ").skipReason()).isEqualTo("empty file");
    }

    @Test
    void fileWithOnlyAMetadataHeaderIsSkippedAsEmpty() {
        assertThat(read(dir, "header.txt", "---\ntitle: Nothing\n---\n\n").skipReason())
                .isEqualTo("empty file (only a metadata header)");
    }

    @Test
    void nulBytesMarkABinaryFile() {
        byte[] bytes = "Looks like text\0\0\0 but is not".getBytes(StandardCharsets.US_ASCII);

        assertThat(read(dir, write(dir, "data.txt", bytes)).skipReason()).isEqualTo("binary file (not text)");
    }

    @Test
    void manyControlCharactersMarkABinaryFile() {
        byte[] bytes = new byte[400];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x01 : 'a' + i % 26);
        }

        assertThat(read(dir, write(dir, "data.txt", bytes)).skipReason()).isEqualTo("binary file (not text)");
    }

    @Test
    void binaryFileNamedHtmlIsSkipped() {
        byte[] bytes = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D};

        assertThat(read(dir, write(dir, "image.html", bytes)).skipReason()).isEqualTo("binary file (not text)");
    }

    @Test
    void hugeTextIsTruncatedAtALineEndWithAWarningSayingHowMuchWasKept() {
        String line = "This sentence is repeated to make a very large article body indeed.\n"; // 69 chars
        int lines = TextLimit.MAX_CHARS / line.length() + 1000;
        Path file = write(dir, "huge.txt", line.repeat(lines));

        ReadResult result = read(dir, file);

        String body = result.article().body();
        assertThat(body.length()).isLessThanOrEqualTo(TextLimit.MAX_CHARS).isGreaterThan(TextLimit.MAX_CHARS - 100);
        assertThat(body).endsWith("indeed.\n");
        assertThat(result.warnings()).singleElement().asString()
                .contains("5 MB")
                .contains(String.format(java.util.Locale.ROOT, "%,d", body.length()));
    }

    @Test
    void fileBiggerThanWhatIsReadIsCutWithoutBreakingACharacter() throws IOException {
        // 'é' takes two bytes: 11 M of them is more than the loader reads, so the read stops mid-file
        Path file = write(dir, "wide.txt", "é".repeat(11 * 1024 * 1024).getBytes(StandardCharsets.UTF_8));

        ReadResult result = read(dir, file);

        assertThat(result.warnings()).singleElement().asString().contains("kept the first");
        assertThat(result.article().body()).hasSize(TextLimit.MAX_CHARS).matches("é+");
        assertThat(Files.size(file)).isGreaterThan(20L * 1024 * 1024);
    }

    @Test
    void unreadableFileIsReportedNotThrown() {
        Path gone = dir.resolve("gone.txt");
        CorpusFile file = new CorpusFile(gone, "gone.txt", 10, 0);

        ReadResult result = new ArticleLoader(new BreakIteratorSentenceSplitter()).read(file);

        assertThat(result.isSkipped()).isTrue();
        assertThat(result.skipReason()).startsWith("unreadable file");
    }
}
