package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.workspace.Json;

/** Runs {@code java -jar target/triangulate.jar} as a user would: the manifest class path, defaults and exit codes. */
class PackagedJarIT {

    @TempDir
    Path home;

    record Result(int code, String out, String err) {
    }

    Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dtriangulate.home=" + home, "-jar", System.getProperty("triangulate.jar", "target/triangulate.jar")));
        command.addAll(List.of(args));
        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void searchOverTheBundledCorpusFindsApt31InAtLeastFourArticles() throws Exception {
        Result r = run("search", "APT31", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = Json.mapper().readTree(r.out());
        Set<String> files = new HashSet<>();
        json.get("hits").forEach(hit -> {
            if (!hit.get("passages").isEmpty() && !hit.get("passages").get(0).get("highlights").isEmpty()) {
                files.add(hit.get("file").asText());
            }
        });
        assertThat(files).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void indexingTwiceReportsEverythingUnchanged() throws Exception {
        assertThat(run("index").code()).isZero();
        Result second = run("index");
        assertThat(second.out()).containsPattern("0 added, 0 updated, \\d+ unchanged, 0 removed");
    }

    @Test
    void aFailureExitsWithOne() throws Exception {
        Result r = run("search", "APT31", "--corpus", home.resolve("missing").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip().lines().toList()).hasSize(1);
    }
}
