package org.triangulate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.triangulate.workspace.Json;

/**
 * What one {@code org.triangulate.app.StartupProbe} run printed: times in ms from JVM start (and from {@code main()})
 * to the first pulse, the first rendered frame and, for the app, the corpus opening with its article count.
 *
 * @param firstFrameMs   JVM start to the first frame presented (or the first layout, see {@code frameEvent}); for the
 *                       app that is its start-up skeleton, the workbench's outline
 * @param workbenchFrameMs JVM start to the first frame that shows the workbench itself (the bare window: its first frame)
 * @param mainToFirstFrameMs {@code main()} entry to the same moment
 * @param firstPulseMs   JVM start to the first pulse after {@code show()}
 * @param jvmToMainMs    JVM start to {@code main()}
 * @param corpusOpenMs   JVM start to the title naming the corpus and its article count, or null (bare window, or timeout)
 * @param articles       the article count in that title, or -1
 * @param frameEvent     which event stood for the first frame
 */
record WindowRun(double firstFrameMs, double workbenchFrameMs, double mainToFirstFrameMs, double firstPulseMs,
                 double jvmToMainMs, Double corpusOpenMs, int articles, String frameEvent) {

    static final String PREFIX = "PROBE ";

    /** Parses the probe's line; an IOException says what is missing (say, no frame within the probe's timeout). */
    static WindowRun parse(String line) throws IOException {
        if (line == null || !line.startsWith(PREFIX)) {
            throw new IOException("no " + PREFIX.strip() + " line");
        }
        JsonNode n = Json.mapper().readTree(line.substring(PREFIX.length()));
        if (!n.hasNonNull("jvmStartToFirstFrameMs")) {
            throw new IOException("the probe saw no frame: " + line);
        }
        if (!n.hasNonNull("jvmStartToWorkbenchFrameMs")) {
            throw new IOException("the probe saw no frame of the workbench: " + line);
        }
        boolean app = "window".equals(n.path("mode").asText());
        if (app && !n.hasNonNull("jvmStartToCorpusOpenMs")) {
            throw new IOException("the probe saw no corpus open: " + line);
        }
        return new WindowRun(n.get("jvmStartToFirstFrameMs").asDouble(), n.get("jvmStartToWorkbenchFrameMs").asDouble(),
                n.get("mainToFirstFrameMs").asDouble(),
                n.path("jvmStartToFirstPulseMs").asDouble(Double.NaN), n.path("jvmStartToMainMs").asDouble(Double.NaN),
                app ? n.get("jvmStartToCorpusOpenMs").asDouble() : null, n.path("articles").asInt(-1),
                n.path("frameEvent").asText(""));
    }
}
