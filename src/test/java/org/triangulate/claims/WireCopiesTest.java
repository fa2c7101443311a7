package org.triangulate.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.task.Progress;
import org.triangulate.workspace.TestCorpus;
import org.triangulate.workspace.Workspace;

class WireCopiesTest {

    @TempDir
    Path tmp;

    @Test
    void twoOutletsCarryingOneWireStoryAreOneOrigin() throws Exception {
        try (Workspace ws = Workspace.open(TestCorpus.copyOfSample(tmp.resolve("c")), tmp.resolve("w"))) {
            ws.sync(Progress.NONE);
            WireCopies copies = WireCopies.of(ws.articles());
            String a002 = ws.articleByFile("002_cd4c0251b1ad3c11.txt").orElseThrow().id();
            String a003 = ws.articleByFile("003_a72829d80c15e821.txt").orElseThrow().id();
            String a000 = ws.articleByFile("000_8dd3f800fd6951e7.txt").orElseThrow().id();
            String a004 = ws.articleByFile("004_9d3866efc89fffe9.txt").orElseThrow().id();
            assertThat(copies.sameOrigin(a002, a003)).isTrue();
            assertThat(copies.sameOrigin(a000, a004)).isFalse();
            assertThat(copies.sameOrigin(a000, a002)).isFalse();
            assertThat(copies.independentSources(Set.of(a000, a002, a003))).isEqualTo(2);
        }
    }
}
