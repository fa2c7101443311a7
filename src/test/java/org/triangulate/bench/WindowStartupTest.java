package org.triangulate.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window start-up figure's plumbing: reading the probe's line, and the bench going on without a display. */
class WindowStartupTest {

    @TempDir
    Path tmp;

    @Test
    void appProbeLineGivesFrameCorpusAndArticleCount() throws IOException {
        WindowRun r = WindowRun.parse("PROBE {\"mode\":\"window\",\"frameEvent\":\"render thread: first frame presented\","
                + "\"jvmStartToMainMs\":25,\"jvmStartToFirstPulseMs\":1900,\"mainToFirstPulseMs\":1875,"
                + "\"jvmStartToFirstFrameMs\":800,\"mainToFirstFrameMs\":775,\"jvmStartToWorkbenchFrameMs\":2200,"
                + "\"jvmStartToCorpusOpenMs\":2400,"
                + "\"mainToCorpusOpenMs\":2375,\"articles\":5,\"title\":\"Triangulate — corpus · 5 articles\"}");
        assertThat(r).isEqualTo(new WindowRun(800, 2200, 775, 1900, 25, 2400.0, 5, "render thread: first frame presented"));
    }

    @Test
    void bareProbeLineHasNoCorpus() throws IOException {
        WindowRun r = WindowRun.parse("PROBE {\"mode\":\"bare\",\"frameEvent\":\"x\",\"jvmStartToMainMs\":30,"
                + "\"jvmStartToFirstPulseMs\":630,\"jvmStartToFirstFrameMs\":650,\"mainToFirstFrameMs\":620,"
                + "\"jvmStartToWorkbenchFrameMs\":650}");
        assertThat(r.corpusOpenMs()).isNull();
        assertThat(r.articles()).isEqualTo(-1);
        assertThat(r.firstFrameMs()).isEqualTo(650);
    }

    @Test
    void aProbeThatSawNoFrameOrNoCorpusIsAnError() {
        assertThatThrownBy(() -> WindowRun.parse("PROBE {\"mode\":\"bare\",\"jvmStartToFirstFrameMs\":null}"))
                .hasMessageContaining("no frame");
        assertThatThrownBy(() -> WindowRun.parse("PROBE {\"mode\":\"window\",\"jvmStartToFirstFrameMs\":900,"
                + "\"mainToFirstFrameMs\":880,\"jvmStartToWorkbenchFrameMs\":null}")).hasMessageContaining("no frame of the workbench");
        assertThatThrownBy(() -> WindowRun.parse("PROBE {\"mode\":\"window\",\"jvmStartToFirstFrameMs\":900,"
                + "\"mainToFirstFrameMs\":880,\"jvmStartToWorkbenchFrameMs\":1900,\"jvmStartToCorpusOpenMs\":null}"))
                .hasMessageContaining("no corpus open");
        assertThatThrownBy(() -> WindowRun.parse(null)).hasMessageContaining("no PROBE line");
    }

    @Test
    void withoutDisplayOrXvfbTheFigureIsANoteWithTheReason() {
        VirtualDisplay none = VirtualDisplay.acquire(Map.of("PATH", tmp.toString()));
        assertThat(none.available()).isFalse();
        List<BenchReport.Figure> figures = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        new WindowStartup(tmp, s -> { }).measure(none, tmp.resolve("corpus"), tmp.resolve("ws"), 1, figures, notes);
        assertThat(figures).isEmpty();
        assertThat(notes).singleElement().asString().contains("Window start-up to first frame was not measured")
                .contains("no DISPLAY is set and Xvfb is not on the PATH");
    }

    @Test
    void aSetDisplayIsUsedAsIs() {
        try (VirtualDisplay d = VirtualDisplay.acquire(Map.of("DISPLAY", ":42"))) {
            assertThat(d.available()).isTrue();
            assertThat(d.name()).isEqualTo(":42");
        }
    }
}
