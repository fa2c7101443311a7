package org.triangulate.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.casefile.CaseFile;
import org.triangulate.casefile.Stance;
import org.triangulate.claims.ClaimActions;
import org.triangulate.corpus.Article;
import org.triangulate.task.Progress;

class CaseSessionTest {

    @TempDir
    Path tmp;

    private static CaseFile onDisk(Path wsDir) throws Exception {
        return Json.mapper().readValue(wsDir.resolve(CaseStore.FILE_NAME).toFile(), CaseFile.class);
    }

    @Test
    void changesAreAutosavedShortlyAfterwards() throws Exception {
        Path corpus = TestCorpus.copyOfSample(tmp.resolve("c"));
        Path wsDir = tmp.resolve("w");
        try (Workspace ws = Workspace.open(corpus, wsDir); CaseSession session = CaseSession.open(wsDir, Duration.ofMillis(50))) {
            ws.sync(Progress.NONE);
            Article a = ws.articles().get(0);
            session.apply("Tag claim", ClaimActions.tagSpan(a, a.sentences().get(0).start(), a.sentences().get(0).end(), List.of()));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (session.isDirty() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(session.isDirty()).isFalse();
            assertThat(onDisk(wsDir).claims()).hasSize(1);
        }
    }

    @Test
    void undoIsSavedTooAndEverythingSurvivesReopening() throws Exception {
        Path corpus = TestCorpus.copyOfSample(tmp.resolve("c"));
        Path wsDir = tmp.resolve("w");
        try (Workspace ws = Workspace.open(corpus, wsDir)) {
            ws.sync(Progress.NONE);
            Article a = ws.articles().get(1);
            Stance cycled;
            try (CaseSession session = CaseSession.open(wsDir, Duration.ofSeconds(30))) {
                session.apply("Tag", ClaimActions.tagSpan(a, a.sentences().get(1).start(), a.sentences().get(1).end(), List.of()));
                String id = session.current().claims().get(0).id();
                cycled = session.current().claims().get(0).stance().next();
                session.apply("Stance", ClaimActions.cycleStance(id));
                session.apply("Tag 1", ClaimActions.toggleTag(id, "impact"));
                session.history().undo();
            } // close flushes without waiting for the autosave delay
            try (CaseSession reopened = CaseSession.open(wsDir)) {
                assertThat(reopened.loaded().problem()).isNull();
                assertThat(reopened.current().claims()).hasSize(1);
                assertThat(reopened.current().claims().get(0).tags()).isEmpty();
                assertThat(reopened.current().claims().get(0).stance()).isEqualTo(cycled);
            }
        }
    }

    @Test
    void aDamagedCaseCanBeRestoredFromTheBackup() throws Exception {
        Path wsDir = tmp.resolve("w");
        Files.createDirectories(wsDir);
        CaseStore store = new CaseStore(wsDir);
        store.save(CaseFile.empty().withTags(List.of()));
        store.save(CaseFile.empty());
        Files.writeString(store.file(), "not json at all");
        try (CaseSession session = CaseSession.open(wsDir)) {
            assertThat(session.loaded().problem()).contains("could not be read");
            assertThat(session.loaded().backupReadable()).isTrue();
            session.restoreBackup();
            assertThat(session.current().tags()).isEmpty();
            assertThat(session.history().canUndo()).isTrue();
        }
    }

    @Test
    void theLastGoodSaveSurvivesEditsAfterADamagedLoad() throws Exception {
        Path wsDir = tmp.resolve("w2");
        Files.createDirectories(wsDir);
        CaseStore store = new CaseStore(wsDir);
        store.save(CaseFile.empty().withTags(List.of(new org.triangulate.casefile.TagDefinition("good", 1))));
        store.save(CaseFile.empty());
        Files.writeString(store.file(), "{ truncated");
        try (CaseSession session = CaseSession.open(wsDir, Duration.ofMillis(1))) {
            for (int i = 0; i < 3; i++) {
                int n = i;
                session.apply("edit", k -> k.withTags(List.of(new org.triangulate.casefile.TagDefinition("edit" + n, 1))));
                session.flush();
            }
            session.restoreBackup();
            // the previous save (the one before the damaged file), despite three saves since
            assertThat(session.current().tags()).extracting(org.triangulate.casefile.TagDefinition::name).containsExactly("good");
        }
    }
}
