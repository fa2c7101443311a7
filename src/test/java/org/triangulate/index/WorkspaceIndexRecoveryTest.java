package org.triangulate.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.task.Progress;
import org.triangulate.workspace.TestCorpus;
import org.triangulate.workspace.Workspace;

class WorkspaceIndexRecoveryTest {

    @TempDir
    Path tmp;

    @Test
    void aDamagedIndexIsKeptAsideAndRebuiltFromTheCorpus() throws Exception {
        Path corpus = TestCorpus.copyOfSample(tmp.resolve("corpus"));
        Path wsDir = tmp.resolve("ws");
        try (Workspace ws = Workspace.open(corpus, wsDir)) {
            ws.sync(Progress.NONE);
        }
        Path index = wsDir.resolve("index");
        try (Stream<Path> files = Files.list(index)) {
            for (Path f : files.filter(p -> !p.getFileName().toString().equals("write.lock")).toList()) {
                Files.write(f, new byte[]{1, 2, 3}); // every file garbage: segments and data alike
            }
        }
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
    void anIndexFromAnotherSchemaVersionIsRebuilt() throws Exception {
        Path dir = tmp.resolve("index");
        try (WorkspaceIndex index = WorkspaceIndex.open(dir)) {
            index.commit();
        }
        // Simulate an older Triangulate: same index, another schema number in the commit data.
        try (var directory = org.apache.lucene.store.FSDirectory.open(dir);
             var writer = new org.apache.lucene.index.IndexWriter(directory, new org.apache.lucene.index.IndexWriterConfig())) {
            writer.setLiveCommitData(java.util.Map.of(IndexSchema.SCHEMA_VERSION_KEY, "0").entrySet());
            writer.commit();
        }
        try (WorkspaceIndex index = WorkspaceIndex.open(dir)) {
            assertThat(index.recoveryNote()).contains("schema 0");
        }
        try (WorkspaceIndex index = WorkspaceIndex.open(dir)) {
            assertThat(index.recoveryNote()).isNull();
        }
    }

    @Test
    void aSecondOpenOfTheSameWorkspaceIsRefusedWithAClearMessage() throws Exception {
        Path dir = tmp.resolve("index");
        try (WorkspaceIndex first = WorkspaceIndex.open(dir)) {
            assertThatThrownBy(() -> WorkspaceIndex.open(dir))
                    .isInstanceOf(WorkspaceLockedException.class)
                    .hasMessageContaining("open in another Triangulate");
        }
    }
}
