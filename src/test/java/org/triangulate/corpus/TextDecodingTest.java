package org.triangulate.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.corpus.TestFiles.read;
import static org.triangulate.corpus.TestFiles.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextDecodingTest {

    @TempDir
    Path dir;

    private static final String TEXT = "Zürich café reports: the naïve plan failed.\nSecond line.";

    @Test
    void utf8IsReadWithoutWarnings() {
        ReadResult result = read(dir, write(dir, "a.txt", TEXT.getBytes(StandardCharsets.UTF_8)));

        assertThat(result.article().body()).isEqualTo(TEXT);
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void utf8ByteOrderMarkIsNotPartOfTheBody() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        ReadResult result = read(dir, write(dir, "a.txt", concat(bom, TEXT.getBytes(StandardCharsets.UTF_8))));

        assertThat(result.article().body()).isEqualTo(TEXT);
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() {
        byte[] bomLe = {(byte) 0xFF, (byte) 0xFE};
        byte[] bomBe = {(byte) 0xFE, (byte) 0xFF};

        ReadResult little = read(dir, write(dir, "le.txt", concat(bomLe, TEXT.getBytes(StandardCharsets.UTF_16LE))));
        ReadResult big = read(dir, write(dir, "be.txt", concat(bomBe, TEXT.getBytes(StandardCharsets.UTF_16BE))));

        assertThat(little.article().body()).isEqualTo(TEXT);
        assertThat(big.article().body()).isEqualTo(TEXT);
        assertThat(little.warnings()).isEmpty();
    }

    @Test
    void utf16WithoutByteOrderMarkIsNotGuessedButSkippedAsBinary() {
        ReadResult result = read(dir, write(dir, "le.txt", TEXT.getBytes(StandardCharsets.UTF_16LE)));

        assertThat(result.skipReason()).isEqualTo("binary file (not text)");
    }

    @Test
    void latin1FallsBackToWindows1252WithAWarningNamingIt() {
        ReadResult result = read(dir, write(dir, "a.txt", TEXT.getBytes(StandardCharsets.ISO_8859_1)));

        assertThat(result.article().body()).isEqualTo(TEXT);
        assertThat(result.warnings()).singleElement().asString().contains("windows-1252");
    }

    @Test
    void windows1252CurlyQuotesAreDecoded() {
        byte[] bytes = {(byte) 0x93, 'H', 'i', (byte) 0x94, ' ', 's', 'a', 'i', 'd', '.'};

        ReadResult result = read(dir, write(dir, "a.txt", bytes));

        assertThat(result.article().body()).isEqualTo("\u201CHi\u201D said.");
    }

    @Test
    void markdownIsReadAsTheAnalystSeesIt() {
        String md = "# Headline here\n\nSome *emphasis* and a [link](http://example.com).\n";

        ReadResult result = read(dir, "story.md", md);

        assertThat(result.article().body()).isEqualTo(md);
        assertThat(result.article().title()).isEqualTo("Headline here");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
