package org.triangulate.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.corpus.SkippedFile;
import org.triangulate.task.Progress;

class WorkspaceSyncTest {

    @TempDir
    Path tmp;

    @Test
    void firstSyncAddsEveryArticleAndSecondChangesNothing() throws Exception {
        Path corpus = TestCorpus.copyOfSample(tmp.resolve("corpus"));
        try (Workspace ws = Workspace.open(corpus, tmp.resolve("ws"))) {
            SyncReport first = ws.sync(Progress.NONE);
            assertThat(first.added()).hasSize(5);
            SyncReport second = ws.sync(Progress.NONE);
            assertThat(second.unchanged()).hasSize(5);
            assertThat(second.changedAnything()).isFalse();
        }
    }

    @Test
    void reopeningAWorkspaceFindsItsArticlesWithoutRereadingTheFolder() throws Exception {
        Path corpus = TestCorpus.copyOfSample(tmp.resolve("corpus"));
        try (Workspace ws = Workspace.open(corpus, tmp.resolve("ws"))) {
            ws.sync(Progress.NONE);
        }
        try (Workspace ws = Workspace.open(null, tmp.resolve("ws"))) {
            assertThat(ws.corpusDir()).isEqualTo(corpus.toAbsolutePath().normalize());
            assertThat(ws.articles()).hasSize(5);
            assertThat(ws.search("APT40", 10).total()).isPositive();
            assertThat(ws.sync(Progress.NONE).unchanged()).hasSize(5);
        }
    }

    @Test
    void changedAddedAndRemovedFilesAreEachUpdated() throws Exception {
        Path corpus = TestCorpus.copyOfSample(tmp.resolve("corpus"));
        try (Workspace ws = Workspace.open(corpus, tmp.resolve("ws"))) {
            ws.sync(Progress.NONE);
            Path changed = corpus.resolve("000_8dd3f800fd6951e7.txt");
            Files.writeString(changed, Files.readString(changed) + "\nA zebra was seen near the embassy.\n");
            Files.setLastModifiedTime(changed, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
            Files.delete(corpus.resolve("004_9d3866efc89fffe9.txt"));
            TestCorpus.write(corpus, "sub/new.md", "# A new report\n\nThe okapi report was published today.\n");

            SyncReport report = ws.sync(Progress.NONE);

            assertThat(report.updated()).containsExactly("000_8dd3f800fd6951e7.txt");
            assertThat(report.removed()).containsExactly("004_9d3866efc89fffe9.txt");
            assertThat(report.added()).containsExactly("sub/new.md");
            assertThat(report.unchanged()).hasSize(3);
            assertThat(ws.search("zebra", 10).hits()).extracting(h -> h.file()).containsExactly("000_8dd3f800fd6951e7.txt");
            assertThat(ws.search("okapi", 10).total()).isEqualTo(1);
            assertThat(ws.articleByFile("004_9d3866efc89fffe9.txt")).isEmpty();
        }
    }

    @Test
    void touchedButUnchangedFileCountsAsUnchanged() throws Exception {
        Path corpus = TestCorpus.copyOfSample(tmp.resolve("corpus"));
        try (Workspace ws = Workspace.open(corpus, tmp.resolve("ws"))) {
            ws.sync(Progress.NONE);
            Files.setLastModifiedTime(corpus.resolve("001_b9333784f3f4ba51.txt"), FileTime.fromMillis(12345));
            SyncReport report = ws.sync(Progress.NONE);
            assertThat(report.changedAnything()).isFalse();
            assertThat(report.unchanged()).hasSize(5);
        }
    }

    @Test
    void badFilesAreReportedAndTheRestIsSearchable() throws Exception {
        Path corpus = TestCorpus.copyOfSample(tmp.resolve("corpus"));
        Files.write(corpus.resolve("binary.txt"), new byte[]{0, 1, 2, 3, (byte) 0xff, 0, 0, 7, 8, 0});
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        Files.write(corpus.resolve("latin1.txt"), "Le caf\u00e9 de la r\u00e9publique fut ferm\u00e9 par la pr\u00e9fecture.\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        try (Workspace ws = Workspace.open(corpus, tmp.resolve("ws"))) {
            SyncReport report = ws.sync(Progress.NONE);
            assertThat(report.skipped()).extracting(SkippedFile::file).containsExactlyInAnyOrder("binary.txt", "empty.txt");
            assertThat(report.warnings()).extracting(SkippedFile::file).containsExactly("latin1.txt");
            assertThat(report.added()).hasSize(6);
            assertThat(ws.search("préfecture", 10).total()).isEqualTo(1);
            assertThat(ws.search("APT31", 10).total()).isGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void theSameTextInTwoFilesIsIndexedOnce() throws Exception {
        Path corpus = TestCorpus.copyOfSample(tmp.resolve("corpus"));
        Files.copy(corpus.resolve("002_cd4c0251b1ad3c11.txt"), corpus.resolve("zz-copy.txt"));
        try (Workspace ws = Workspace.open(corpus, tmp.resolve("ws"))) {
            SyncReport report = ws.sync(Progress.NONE);
            assertThat(report.skipped()).containsExactly(new SkippedFile("zz-copy.txt", "same text as 002_cd4c0251b1ad3c11.txt"));
            assertThat(ws.articles()).hasSize(5);
        }
    }

    @Test
    void aCancelledSyncLeavesTheWorkspaceUsable() throws Exception {
        Path corpus = TestCorpus.copyOfSample(tmp.resolve("corpus"));
        try (Workspace ws = Workspace.open(corpus, tmp.resolve("ws"))) {
            Progress cancelAfterTwo = new Progress() {
                int updates;

                @Override
                public void update(long done, long total, String message) {
                    updates++;
                }

                @Override
                public boolean isCancelled() {
                    return updates >= 2;
                }
            };
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ws.sync(cancelAfterTwo))
                    .isInstanceOf(org.triangulate.task.CancelledException.class);
            SyncReport resumed = ws.sync(Progress.NONE);
            assertThat(ws.articles()).hasSize(5);
            assertThat(resumed.added().size() + resumed.unchanged().size()).isEqualTo(5);
        }
    }

    @Test
    void aWorkspaceRefusesToBeRepointedAtAnotherCorpus() throws Exception {
        Path corpus = TestCorpus.copyOfSample(tmp.resolve("corpus"));
        Path other = Files.createDirectories(tmp.resolve("other"));
        try (Workspace ws = Workspace.open(corpus, tmp.resolve("ws"))) {
            ws.sync(Progress.NONE);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Workspace.open(other, tmp.resolve("ws")))
                .hasMessageContaining("belongs to the corpus");
        try (Workspace ws = Workspace.open(null, tmp.resolve("ws"))) {
            assertThat(ws.articles()).hasSize(5);
        }
    }
}
