package org.triangulate.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.triangulate.corpus.TestFiles.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusScannerTest {

    @TempDir
    Path dir;

    private final CorpusScanner scanner = new CorpusScanner();

    @Test
    void findsEverySupportedTypeRecursivelySortedByRelativePath() throws IOException {
        write(dir, "b/story.HTML", "<p>x</p>");
        write(dir, "a.txt", "x");
        write(dir, "b/a/notes.markdown", "x");
        write(dir, "c.md", "x");
        write(dir, "d.htm", "x");
        write(dir, "e.Pdf", "x");

        ScanResult result = scanner.scan(dir);

        assertThat(result.files()).extracting(CorpusFile::relativePath)
                .containsExactly("a.txt", "b/a/notes.markdown", "b/story.HTML", "c.md", "d.htm", "e.Pdf");
        assertThat(result.unsupported()).isEmpty();
    }

    @Test
    void recordsSizeAndModificationTimeForIncrementalIndexing() throws IOException {
        Path file = write(dir, "a.txt", "12345");

        CorpusFile found = scanner.scan(dir).files().get(0);

        assertThat(found.size()).isEqualTo(5);
        assertThat(found.lastModified()).isEqualTo(Files.getLastModifiedTime(file).toMillis());
        assertThat(found.path()).isEqualTo(file.toAbsolutePath());
    }

    @Test
    void listsUnknownTypesWithTheirExtension() throws IOException {
        write(dir, "report.docx", "x");
        write(dir, "sub/NOTES", "x");

        ScanResult result = scanner.scan(dir);

        assertThat(result.files()).isEmpty();
        assertThat(result.unsupported()).containsExactly(
                new SkippedFile("report.docx", "unsupported file type .docx"),
                new SkippedFile("sub/NOTES", "unsupported file type (no extension)"));
    }

    @Test
    void readmeAndLicenceFilesAreFolderNotesNotArticles() throws IOException {
        write(dir, "README.md", "# About this folder");
        write(dir, "sub/readme.txt", "notes");
        write(dir, "LICENSE", "GPL");
        write(dir, "article.txt", "An article.");

        ScanResult result = scanner.scan(dir);

        assertThat(result.files()).extracting(CorpusFile::relativePath).containsExactly("article.txt");
        assertThat(result.unsupported()).isEmpty();
    }

    @Test
    void ignoresSidecarsAndHiddenFilesAndFolders() throws IOException {
        write(dir, "a.txt", "x");
        write(dir, "a.txt.meta.json", "{}");
        write(dir, ".DS_Store", "x");
        write(dir, ".git/HEAD.txt", "x");
        write(dir, "sub/.hidden.txt", "x");

        ScanResult result = scanner.scan(dir);

        assertThat(result.files()).extracting(CorpusFile::relativePath).containsExactly("a.txt");
        assertThat(result.unsupported()).isEmpty();
    }

    @Test
    void reportsSymlinkLoopInsteadOfFailing() throws IOException {
        write(dir, "sub/a.txt", "x");
        Files.createSymbolicLink(dir.resolve("sub/loop"), dir.resolve("sub"));

        ScanResult result = scanner.scan(dir);

        assertThat(result.files()).extracting(CorpusFile::relativePath).containsExactly("sub/a.txt");
        assertThat(result.unsupported()).containsExactly(new SkippedFile("sub/loop", "symbolic link loop"));
    }

    @Test
    void reportsBrokenLinkAsUnreadable() throws IOException {
        Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("missing.txt"));

        ScanResult result = scanner.scan(dir);

        assertThat(result.files()).isEmpty();
        assertThat(result.unsupported()).containsExactly(new SkippedFile("gone.txt", "broken symbolic link"));
    }

    @Test
    void doesNotFollowLinksOutOfTheCorpusFolder(@TempDir Path elsewhere) throws IOException {
        write(elsewhere, "secret.txt", "x");
        write(elsewhere, "folder/other.txt", "x");
        write(dir, "a.txt", "x");
        Files.createSymbolicLink(dir.resolve("link.txt"), elsewhere.resolve("secret.txt"));
        Files.createSymbolicLink(dir.resolve("linked"), elsewhere.resolve("folder"));

        ScanResult result = scanner.scan(dir);

        assertThat(result.files()).extracting(CorpusFile::relativePath).containsExactly("a.txt");
        assertThat(result.unsupported()).containsExactly(
                new SkippedFile("link.txt", "link points outside the corpus folder"),
                new SkippedFile("linked", "link points outside the corpus folder"));
    }

    @Test
    void followsLinksThatStayInsideTheCorpusFolder() throws IOException {
        write(dir, "real/a.txt", "x");
        Files.createSymbolicLink(dir.resolve("alias.txt"), dir.resolve("real/a.txt"));

        ScanResult result = scanner.scan(dir);

        assertThat(result.files()).extracting(CorpusFile::relativePath).containsExactly("alias.txt", "real/a.txt");
    }

    @Test
    void missingRootIsAnErrorNamingThePath() {
        Path missing = dir.resolve("nope");

        assertThatThrownBy(() -> scanner.scan(missing))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("does not exist")
                .hasMessageContaining("nope");
    }

    @Test
    void singleFileAsRootIsScannedOnItsOwn() throws IOException {
        Path file = write(dir, "one.txt", "x");

        ScanResult result = scanner.scan(file);

        assertThat(result.files()).extracting(CorpusFile::relativePath).containsExactly("one.txt");
    }
}
