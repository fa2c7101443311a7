package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.workspace.Json;
import org.triangulate.workspace.TestCorpus;

class CliTest {

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TriangulateCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void indexTwiceReportsEverythingUnchangedTheSecondTime() {
        Path corpus = TestCorpus.copyOfSample(tmp.resolve("corpus"));
        String ws = tmp.resolve("ws").toString();
        Run first = run("index", corpus.toString(), "--workspace", ws);
        assertThat(first.code()).isZero();
        assertThat(first.out()).contains("5 added, 0 updated, 0 unchanged, 0 removed, 0 skipped");
        Run second = run("index", corpus.toString(), "--workspace", ws);
        assertThat(second.out()).contains("0 added, 0 updated, 5 unchanged, 0 removed, 0 skipped");
    }

    @Test
    void indexListsEachSkippedFileWithItsReason() throws Exception {
        Path corpus = TestCorpus.copyOfSample(tmp.resolve("corpus"));
        Files.write(corpus.resolve("photo.txt"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 0});
        Files.write(corpus.resolve("empty.md"), new byte[0]);
        Files.write(corpus.resolve("old.txt"), "Cr\u00e8me br\u00fbl\u00e9e at the caf\u00e9.\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(corpus.resolve("notes.docx"), "not really a docx");
        Run r = run("index", corpus.toString(), "--workspace", tmp.resolve("ws").toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).containsPattern("skipped photo\\.txt: .*binary")
                .containsPattern("skipped empty\\.md: .*empty")
                .containsPattern("skipped notes\\.docx: .*\\.docx")
                .containsPattern("warning old\\.txt: .*");
    }

    @Test
    void searchJsonHasTheDocumentedShape() throws Exception {
        Path corpus = TestCorpus.copyOfSample(tmp.resolve("corpus"));
        Run r = run("search", "APT31", "--json", "--corpus", corpus.toString(), "--workspace", tmp.resolve("ws").toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = Json.mapper().readTree(r.out());
        assertThat(json.get("total").asInt()).isEqualTo(5);
        Set<String> files = new HashSet<>();
        for (JsonNode hit : json.get("hits")) {
            files.add(hit.get("file").asText());
            assertThat(hit.get("title").asText()).isNotBlank();
            assertThat(hit.get("score").isNumber()).isTrue();
            for (JsonNode p : hit.get("passages")) {
                String body = Files.readString(corpus.resolve(hit.get("file").asText()));
                assertThat(body.substring(p.get("start").asInt(), p.get("end").asInt())).isEqualTo(p.get("text").asText());
                JsonNode h = p.get("highlights").get(0);
                assertThat(body.substring(h.get(0).asInt(), h.get(1).asInt())).isEqualTo("APT31");
            }
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(4);
        assertThat(json.get("facets").isObject()).isTrue();
    }

    @Test
    void searchOnAFreshWorkspaceFiltersByEntityAndCountsEntityFacets() throws Exception {
        // Entities are found before the first search, so the entity filter and facets work without running `entities`.
        Path corpus = TestCorpus.copyOfSample(tmp.resolve("corpus"));
        Run r = run("search", "entity:APT40", "--json", "--corpus", corpus.toString(), "--workspace", tmp.resolve("ws").toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = Json.mapper().readTree(r.out());
        assertThat(json.get("total").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(json.get("facets").path("THREAT_ACTOR").path("APT31").asInt()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void similarFindsTheWireCopyInAnotherArticle() throws Exception {
        Path corpus = TestCorpus.copyOfSample(tmp.resolve("corpus"));
        String body = Files.readString(corpus.resolve("002_cd4c0251b1ad3c11.txt"));
        int offset = body.indexOf("Lisa Monaco");
        Run r = run("similar", "002_cd4c0251b1ad3c11.txt:" + offset, "--json", "--corpus", corpus.toString(),
                "--workspace", tmp.resolve("ws").toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = Json.mapper().readTree(r.out());
        assertThat(json.get("text").asText()).contains("Lisa Monaco");
        assertThat(json.get("passages").get(0).get("file").asText()).isEqualTo("003_a72829d80c15e821.txt");
    }

    @Test
    void claimsJsonGroupsTheSameClaimAcrossOutlets() throws Exception {
        Path corpus = TestCorpus.copyOfSample(tmp.resolve("corpus"));
        Run r = run("claims", corpus.toString(), "--json", "--workspace", tmp.resolve("ws").toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = Json.mapper().readTree(r.out());
        assertThat(json.get("groups").size()).isGreaterThan(5);
        assertThat(json.get("ungrouped").isArray()).isTrue();
        assertThat(groupMentioning(json, "10,000 emails")).as("emails group")
                .anySatisfy(text -> assertThat(text).contains("thousands of emails"));
        assertThat(groupMentioning(json, "charged seven")).as("charges group").hasSizeGreaterThanOrEqualTo(2);
        assertThat(groupMentioning(json, "Electoral Commission")).as("Electoral Commission group").hasSizeGreaterThanOrEqualTo(2);
        JsonNode claim = json.get("groups").get(0).get("claims").get(0);
        for (String field : new String[]{"file", "start", "end", "text", "attribution", "stance", "status"}) {
            assertThat(claim.has(field)).as(field).isTrue();
        }
        String body = Files.readString(corpus.resolve(claim.get("file").asText()));
        assertThat(body.substring(claim.get("start").asInt(), claim.get("end").asInt())).isEqualTo(claim.get("text").asText());
    }

    /** The texts of the members of the first group that has a member containing {@code phrase}. */
    private static java.util.List<String> groupMentioning(JsonNode json, String phrase) {
        for (JsonNode group : json.get("groups")) {
            java.util.List<String> texts = new java.util.ArrayList<>();
            group.get("claims").forEach(c -> texts.add(c.get("text").asText()));
            if (texts.stream().anyMatch(t -> t.contains(phrase))) {
                return texts;
            }
        }
        return java.util.List.of();
    }

    @Test
    void entitiesJsonLinksAliasesToCanonicalEntities() throws Exception {
        Path corpus = TestCorpus.copyOfSample(tmp.resolve("corpus"));
        Run r = run("entities", corpus.toString(), "--json", "--workspace", tmp.resolve("ws").toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = Json.mapper().readTree(r.out());
        java.util.Map<String, JsonNode> entities = new java.util.HashMap<>();
        json.get("entities").forEach(e -> entities.put(e.get("type").asText() + ":" + e.get("name").asText(), e));
        assertThat(entities).containsKeys("THREAT_ACTOR:APT31", "THREAT_ACTOR:APT40");
        assertThat(aliases(entities.get("PERSON:Oliver Dowden"))).contains("Dowden", "Oliver Dowden");
        assertThat(aliases(entities.get("LOCATION:United States"))).contains("US", "U.S.", "United States", "Washington");
        assertThat(aliases(entities.get("LOCATION:United Kingdom"))).contains("Britain", "UK", "London");
        assertThat(aliases(entities.get("ORGANIZATION:Five Eyes"))).contains("FiveEyes", "Five Eyes");
        for (JsonNode article : json.get("articles")) {
            String body = Files.readString(corpus.resolve(article.get("file").asText()));
            for (JsonNode m : article.get("mentions")) {
                assertThat(body.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
            }
        }
    }

    private static java.util.List<String> aliases(JsonNode entity) {
        assertThat(entity).isNotNull();
        java.util.List<String> aliases = new java.util.ArrayList<>();
        entity.get("aliases").forEach(a -> aliases.add(a.asText()));
        return aliases;
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("search").code()).isEqualTo(2);
        assertThat(run("--no-such-option").code()).isEqualTo(2);
        assertThat(run("similar", "no-offset-here", "--corpus", tmp.toString()).code()).isEqualTo(2);
    }

    @Test
    void failuresExitWithOneAndOneLineOnStderr() {
        Run r = run("index", tmp.resolve("does-not-exist").toString(), "--workspace", tmp.resolve("ws").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip().lines()).hasSize(1);
        Run badQuery = run("search", "\"unclosed", "--corpus", TestCorpus.copyOfSample(tmp.resolve("c")).toString(),
                "--workspace", tmp.resolve("ws2").toString());
        assertThat(badQuery.code()).isEqualTo(1);
        assertThat(badQuery.err()).contains("cannot read the query");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[]{"index", "search", "similar", "entities", "claims", "conflicts", "export", "bench"}) {
            Run r = run(command, "--help");
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("Usage: triangulate " + command);
        }
    }
}
