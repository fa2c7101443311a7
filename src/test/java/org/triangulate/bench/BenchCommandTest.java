package org.triangulate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.cli.BenchCommand;
import org.triangulate.cli.TriangulateCommand;
import org.triangulate.workspace.Json;
import picocli.CommandLine;

/** The CI smoke run of {@code triangulate bench}: every figure is there, with its baseline where one exists. */
class BenchCommandTest {

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter outWriter = new PrintWriter(out);
        PrintWriter errWriter = new PrintWriter(err);
        CommandLine cl = TriangulateCommand.commandLine(outWriter, errWriter);
        if (!cl.getSubcommands().containsKey("bench")) {
            cl.addSubcommand("bench", new BenchCommand());
            cl.setOut(outWriter); // a subcommand added later does not inherit the writers
            cl.setErr(errWriter);
        }
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void unknownSizeIsAUsageError() {
        Run r = run("bench", "--size", "huge");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--size must be small, medium or large");
    }

    @Test
    void smallRunReportsEveryFigureWithItsBaselineAsJsonAndCleansUp() throws Exception {
        Run r = run("bench", "--size", "small", "--json", "--work-dir", tmp.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode report = Json.mapper().readTree(r.out());
        assertThat(report.get("size").asText()).isEqualTo("small");
        assertThat(report.get("machine").get("cores").asInt()).isPositive();
        assertThat(report.get("machine").get("jdk").asText()).isNotBlank();
        Set<String> names = new HashSet<>();
        Set<String> areas = new HashSet<>();
        for (JsonNode f : report.get("figures")) {
            areas.add(f.get("area").asText());
            names.add(f.get("name").asText());
            assertThat(f.get("value").asDouble()).as(f.toString()).isPositive().isFinite();
            assertThat(f.get("method").asText()).as(f.toString()).isNotBlank();
            if (!f.get("baseline").isNull()) {
                assertThat(f.get("baseline").asDouble()).as(f.toString()).isPositive();
                assertThat(f.get("baselineName").asText()).as(f.toString()).isNotBlank();
            }
        }
        // The window figure needs an X display (DISPLAY, or Xvfb on the PATH); without one it is a note, never a failure.
        boolean window = areas.remove("window");
        assertThat(areas).containsExactlyInAnyOrder("ingest", "extraction", "search", "reopen", "heap", "claims", "briefing");
        if (window) {
            assertThat(names).contains("first frame (skeleton), bundled sample corpus", "first frame (skeleton), 500-article workspace",
                    "workbench shown, bundled sample corpus", "workbench shown, 500-article workspace",
                    "corpus open, 500-article workspace");
            // as the packaged app starts: measured, or a note says why not (say, the JDK has no base CDS archive)
            if (names.stream().noneMatch(n -> n.contains("with AppCDS"))) {
                assertThat(report.get("notes").toString()).contains("with AppCDS was not measured");
            } else {
                assertThat(names).contains("first frame (skeleton) with AppCDS, bundled sample corpus",
                        "workbench shown with AppCDS, 500-article workspace");
            }
            for (JsonNode f : report.get("figures")) {
                if (f.get("area").asText().equals("window")) {
                    assertThat(f.get("method").asText()).as("the window opened the bench's workspace as is")
                            .contains("the existing workspace was opened, not re-ingested");
                }
            }
        } else { // no display, or JavaFX could not start here: the notes say why
            assertThat(report.get("notes").toString()).contains("Window start-up");
        }
        for (String kind : new String[]{"term", "phrase", "boolean", "fuzzy", "facet"}) {
            assertThat(names).anyMatch(n -> n.startsWith(kind + " query p95"));
        }
        assertThat(names).anyMatch(n -> n.contains("articles/s")).anyMatch(n -> n.contains("MB/s"))
                .anyMatch(n -> n.contains("2 threads")).anyMatch(n -> n.contains("to first result"));
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).as("the work folder is deleted").isEmpty();
        }
    }

    @Test
    void tableNamesTheMachineAndEachBaseline() throws Exception {
        BenchReport report = new BenchReport("small", Benchmark.machine(), java.util.List.of(
                new BenchReport.Figure("ingest", "1,000 articles, articles/s", 500, "art/s", 1000.0, "bare Lucene", 0.5,
                        "Triangulate / bare", ">=0.5", true, "how")), java.util.List.of("a note"));
        String table = report.table();
        assertThat(table).contains("cores").contains("RAM").contains("bare Lucene").contains("0.50").contains("met")
                .contains("a note");
    }
}
