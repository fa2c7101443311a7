package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.casefile.CaseFile;
import org.triangulate.casefile.QuoteRef;
import org.triangulate.casefile.Resolution;
import org.triangulate.casefile.ResolutionKind;
import org.triangulate.workspace.CaseStore;
import org.triangulate.workspace.Json;
import org.triangulate.workspace.TestCorpus;

class ConflictsCommandTest {

    @TempDir
    static Path tmp;

    private static Path corpus;
    private static Path workspace;

    record Run(int code, String out, String err) {
    }

    /** The command line with the conflicts command added, as TriangulateCommand will list it. */
    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err);
        var cl = TriangulateCommand.commandLine(o, e);
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void sample() {
        corpus = TestCorpus.copyOfSample(tmp.resolve("corpus"));
        workspace = tmp.resolve("ws");
    }

    @Test
    void conflictsJsonHasTheDocumentedShapeAndExactQuotes() throws Exception {
        Run r = run("conflicts", corpus.toString(), "--json", "--workspace", workspace.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = Json.mapper().readTree(r.out());
        JsonNode conflicts = json.get("conflicts");
        assertThat(conflicts.size()).isGreaterThanOrEqualTo(3);
        for (JsonNode c : conflicts) {
            for (String field : new String[]{"id", "kind", "severity", "group", "summary", "reason", "variants", "resolution"}) {
                assertThat(c.has(field)).as(field).isTrue();
            }
            assertThat(c.get("resolution").isNull()).isTrue();
            for (JsonNode v : c.get("variants")) {
                String body = Files.readString(corpus.resolve(v.get("file").asText()));
                assertThat(body.substring(v.get("start").asInt(), v.get("end").asInt())).isEqualTo(v.get("text").asText());
                assertThat(v.get("outlet").asText()).isNotBlank();
                assertThat(v.get("value").asText()).isNotBlank();
            }
        }
        assertThat(kinds(conflicts)).contains("QUANTITY", "OUTCOME");
        assertThat(json.get("coverage").get("rows").size()).isPositive();
        assertThat(json.get("coverage").get("outlets").size()).isEqualTo(5);
        assertThat(json.get("credibility").get(0).get("grade").asInt()).isBetween(1, 6);
        assertThat(json.get("reliability").get(0).get("grade").asText()).isEqualTo("F");
    }

    @Test
    void aResolutionSavedInTheCaseIsShownWithItsConflict() throws Exception {
        Path ws = tmp.resolve("ws-resolved");
        Run first = run("conflicts", corpus.toString(), "--json", "--workspace", ws.toString());
        assertThat(first.code()).as(first.err()).isZero();
        String id = Json.mapper().readTree(first.out()).get("conflicts").get(0).get("id").asText();
        new CaseStore(ws).save(CaseFile.empty().withResolution(
                new Resolution(id, ResolutionKind.DISPUTED, -1, "", "report both figures", Instant.now())));
        Run second = run("conflicts", corpus.toString(), "--json", "--workspace", ws.toString());
        JsonNode resolved = null;
        for (JsonNode c : Json.mapper().readTree(second.out()).get("conflicts")) {
            if (c.get("id").asText().equals(id)) {
                resolved = c;
            }
        }
        assertThat(resolved).as("conflict %s after re-running detection", id).isNotNull();
        assertThat(resolved.get("resolution").get("kind").asText()).isEqualTo("DISPUTED");
        assertThat(resolved.get("resolution").get("rationale").asText()).isEqualTo("report both figures");
    }

    @Test
    void aResolutionStaysWithItsConflictWhenALineIsAddedAtTheTopOfAnArticle() throws Exception {
        Path dir = TestCorpus.copyOfSample(tmp.resolve("corpus-edited"));
        Path ws = tmp.resolve("ws-edited");
        Run first = run("conflicts", dir.toString(), "--json", "--workspace", ws.toString());
        assertThat(first.code()).as(first.err()).isZero();
        JsonNode conflict = Json.mapper().readTree(first.out()).get("conflicts").get(0);
        String id = conflict.get("id").asText();
        java.util.List<QuoteRef> variants = new java.util.ArrayList<>();
        conflict.get("variants").forEach(v -> variants.add(new QuoteRef(v.get("file").asText(), v.get("text").asText(),
                v.get("value").asText())));
        new CaseStore(ws).save(CaseFile.empty().withResolution(new Resolution(id, ResolutionKind.DISPUTED, -1, "",
                "report both figures", Instant.now(), conflict.get("kind").asText(), variants, null)));
        Path edited = dir.resolve(variants.get(0).file());
        Files.writeString(edited, "Editor's note: this article was updated after publication.\n" + Files.readString(edited));

        Run second = run("conflicts", dir.toString(), "--json", "--workspace", ws.toString());

        assertThat(second.code()).as(second.err()).isZero();
        JsonNode resolved = null;
        for (JsonNode c : Json.mapper().readTree(second.out()).get("conflicts")) {
            if (c.get("id").asText().equals(id)) {
                resolved = c;
            }
        }
        assertThat(resolved).as("conflict %s after the edit", id).isNotNull();
        JsonNode v = resolved.get("variants").get(0);
        assertThat(v.get("start").asInt()).as("offsets moved").isGreaterThan(conflict.get("variants").get(0).get("start").asInt());
        assertThat(resolved.get("resolution").get("kind").asText()).isEqualTo("DISPUTED");
        assertThat(resolved.get("resolution").get("changedSinceResolved").asBoolean()).isFalse();
        assertThat(fieldNames(resolved)).containsExactly("id", "kind", "severity", "group", "summary", "reason", "variants", "resolution");
    }

    @Test
    void textFormListsConflictsCoverageAndGrades() {
        Run r = run("conflicts", corpus.toString(), "--workspace", workspace.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("\\d+ conflicts?, \\d+ open")
                .contains("more than 10,000 emails").contains("thousands of emails")
                .contains("Coverage").contains("Credibility").contains("Reliability");
    }

    @Test
    void aMissingCorpusFailsWithOneLine() {
        Run r = run("conflicts", tmp.resolve("does-not-exist").toString(), "--workspace", tmp.resolve("ws-missing").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip().lines()).hasSize(1);
    }

    @Test
    void helpAndUsageErrors() {
        Run help = run("conflicts", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Usage: triangulate conflicts");
        assertThat(run("conflicts", "--no-such-option").code()).isEqualTo(2);
    }

    private static java.util.List<String> fieldNames(JsonNode node) {
        java.util.List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static java.util.List<String> kinds(JsonNode conflicts) {
        java.util.List<String> kinds = new java.util.ArrayList<>();
        conflicts.forEach(c -> kinds.add(c.get("kind").asText()));
        return kinds;
    }
}
