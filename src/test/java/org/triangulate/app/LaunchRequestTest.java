package org.triangulate.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchRequestTest {

    @TempDir
    Path tmp;

    @Test
    void noArgumentsOpensTheWindowOnTheDefaultCorpus() {
        LaunchRequest r = LaunchRequest.parse(new String[0]);
        assertThat(r.kind()).isEqualTo(LaunchRequest.Kind.WINDOW);
        assertThat(r.corpus()).isNull();
    }

    @Test
    void openDirOpensTheWindowOnThatFolder() {
        LaunchRequest r = LaunchRequest.parse(new String[] {"open", tmp.toString()});
        assertThat(r.kind()).isEqualTo(LaunchRequest.Kind.WINDOW);
        assertThat(r.corpus()).isEqualTo(tmp.toAbsolutePath().normalize());
    }

    @Test
    void openOnAMissingFolderFailsWithExitCodeOne() {
        LaunchRequest r = LaunchRequest.parse(new String[] {"open", tmp.resolve("nope").toString()});
        assertThat(r.kind()).isEqualTo(LaunchRequest.Kind.ERROR);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.error()).contains("is not a folder");
    }

    @Test
    void openWithoutAFolderIsAUsageError() {
        LaunchRequest r = LaunchRequest.parse(new String[] {"open"});
        assertThat(r.kind()).isEqualTo(LaunchRequest.Kind.ERROR);
        assertThat(r.exitCode()).isEqualTo(2);
    }

    @Test
    void everythingElseGoesToTheCommandLine() {
        assertThat(LaunchRequest.parse(new String[] {"--help"}).kind()).isEqualTo(LaunchRequest.Kind.CLI);
        assertThat(LaunchRequest.parse(new String[] {"search", "APT31"}).kind()).isEqualTo(LaunchRequest.Kind.CLI);
    }

    @org.junit.jupiter.api.Test
    void aCaseFileInAWorkspaceOpensItsCorpus(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path corpus = java.nio.file.Files.createDirectories(tmp.resolve("corpus"));
        java.nio.file.Path ws = java.nio.file.Files.createDirectories(tmp.resolve("ws"));
        org.triangulate.workspace.Json.mapper().writeValue(ws.resolve("workspace.json").toFile(),
                new org.triangulate.workspace.WorkspaceInfo(1, corpus.toString(), java.time.Instant.now()));
        java.nio.file.Files.writeString(ws.resolve("case.json"), "{}");
        LaunchRequest r = LaunchRequest.parse(new String[]{ws.resolve("case.json").toString()});
        org.assertj.core.api.Assertions.assertThat(r.kind()).isEqualTo(LaunchRequest.Kind.WINDOW);
        org.assertj.core.api.Assertions.assertThat(r.corpus()).isEqualTo(corpus);

        java.nio.file.Path loose = java.nio.file.Files.writeString(tmp.resolve("from-a-colleague.triangulate"), "{}");
        LaunchRequest alone = LaunchRequest.parse(new String[]{loose.toString()});
        org.assertj.core.api.Assertions.assertThat(alone.kind()).isEqualTo(LaunchRequest.Kind.ERROR);
        org.assertj.core.api.Assertions.assertThat(alone.error()).contains("open the corpus folder");
    }
}
