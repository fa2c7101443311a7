package org.triangulate.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.task.Progress;
import org.triangulate.workspace.CaseStore;
import org.triangulate.workspace.TestCorpus;
import org.triangulate.workspace.Workspace;

/**
 * Workspace files damaged on disk: the workspace still opens, says what happened, keeps the damaged file as it was
 * and offers the backup or rebuilds the index.
 */
class CorruptWorkspaceFilesTest {

    @TempDir
    Path tmp;

    @Test
    void truncatedCaseIsKeptAsItWasAndThePreviousSaveOffered() throws Exception {
        CaseStore store = new CaseStore(tmp);
        store.save(CaseStates.state(1));
        store.save(CaseStates.state(2));
        byte[] whole = Files.readAllBytes(store.file());
        byte[] truncated = Arrays.copyOf(whole, whole.length / 3);
        Files.write(store.file(), truncated);

        CaseStore.Loaded loaded = store.load();

        assertThat(loaded.problem()).contains("could not be read").contains("previous save can be restored");
        assertThat(loaded.backupReadable()).isTrue();
        assertThat(Files.readAllBytes(loaded.damagedCopy())).as("the damaged file is kept byte for byte").isEqualTo(truncated);
        assertThat(store.restoreBackup()).isEqualTo(CaseStates.state(1));
        assertThat(store.load().kase()).isEqualTo(CaseStates.state(1));
    }

    @Test
    void caseFromANewerFormatLoadsWithAWarning() throws Exception {
        CaseStore store = new CaseStore(tmp);
        store.save(CaseStates.state(3));
        String json = Files.readString(store.file()).replaceFirst("\"formatVersion\"\\s*:\\s*\\d+", "\"formatVersion\":99");
        Files.writeString(store.file(), json);

        CaseStore.Loaded loaded = store.load();

        assertThat(loaded.problem()).contains("newer");
        assertThat(loaded.kase().claims()).hasSameSizeAs(CaseStates.state(3).claims());
    }

    @Test
    void unknownFieldsInTheCaseAreIgnored() throws Exception {
        CaseStore store = new CaseStore(tmp);
        store.save(CaseStates.state(4));
        String json = Files.readString(store.file());
        Files.writeString(store.file(), "{\"addedByAFutureVersion\":{\"x\":[1,2]}," + json.strip().substring(1));

        CaseStore.Loaded loaded = store.load();

        assertThat(loaded.problem()).isNull();
        assertThat(loaded.kase()).isEqualTo(CaseStates.state(4));
    }

    @Test
    void truncatedWorkspaceInfoIsKeptAsideAndTheWorkspaceOpens() throws Exception {
        Path corpus = TestCorpus.copyOfSample(tmp.resolve("corpus"));
        Path wsDir = tmp.resolve("ws");
        try (Workspace ws = Workspace.open(corpus, wsDir)) {
            ws.sync(Progress.NONE);
        }
        Path info = wsDir.resolve("workspace.json");
        byte[] damaged = Arrays.copyOf(Files.readAllBytes(info), 10);
        Files.write(info, damaged);

        try (Workspace ws = Workspace.open(corpus, wsDir)) {
            assertThat(ws.openingNotes()).anySatisfy(n -> assertThat(n).contains("workspace.json could not be read"));
            assertThat(ws.search("APT31", 10).total()).isEqualTo(5);
        }
        try (Stream<Path> files = Files.list(wsDir)) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("workspace.json.damaged-")).findFirst().orElseThrow();
            assertThat(Files.readAllBytes(aside)).isEqualTo(damaged);
        }
    }

    @Test
    void missingIndexSegmentFileMeansTheIndexIsKeptAsideAndRebuilt() throws Exception {
        Path corpus = TestCorpus.copyOfSample(tmp.resolve("corpus"));
        Path wsDir = tmp.resolve("ws");
        try (Workspace ws = Workspace.open(corpus, wsDir)) {
            ws.sync(Progress.NONE);
        }
        List<Path> dataFiles;
        try (Stream<Path> files = Files.list(wsDir.resolve("index"))) {
            dataFiles = files.filter(p -> p.getFileName().toString().matches("_.*\\.(cfs|fdt|tim|doc)")).toList();
        }
        assertThat(dataFiles).isNotEmpty();
        Files.delete(dataFiles.get(0));

        try (Workspace ws = Workspace.open(corpus, wsDir)) {
            assertThat(ws.openingNotes()).anySatisfy(n -> assertThat(n).contains("damaged").contains("rebuilt"));
            assertThat(ws.sync(Progress.NONE).added()).hasSize(5);
            assertThat(ws.search("APT31", 10).total()).isEqualTo(5);
        }
        try (Stream<Path> siblings = Files.list(wsDir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("index.damaged-"));
        }
    }

    @Test
    void caseFileOfGarbageBytesIsReportedNotThrown() throws Exception {
        CaseStore store = new CaseStore(tmp);
        Files.write(store.file(), "\u0000\u0001not json at all {{{".getBytes(StandardCharsets.UTF_8));

        CaseStore.Loaded loaded = store.load();

        assertThat(loaded.problem()).contains("could not be read");
        assertThat(loaded.backupReadable()).isFalse();
        assertThat(loaded.kase().claims()).isEmpty();
    }
}
