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
    void openHelpIsHelpNotAFolder() {
        LaunchRequest r = LaunchRequest.parse(new String[]{"open", "--help"});
        assertThat(r.kind()).isEqualTo(LaunchRequest.Kind.HELP);
        assertThat(r.exitCode()).isZero();
        assertThat(r.error()).startsWith("Usage: triangulate open DIR");
    }

    @Test
    void everythingElseGoesToTheCommandLine() {
        assertThat(LaunchRequest.parse(new String[] {"--help"}).kind()).isEqualTo(LaunchRequest.Kind.CLI);
        assertThat(LaunchRequest.parse(new String[] {"search", "APT31"}).kind()).isEqualTo(LaunchRequest.Kind.CLI);
    }

    @Test
    void aCaseFileAlwaysOpensTheWindowEvenWithoutItsCorpus() throws Exception {
        java.nio.file.Path loose = java.nio.file.Files.writeString(tmp.resolve("from-a-colleague.triangulate"), "{}");
        LaunchRequest r = LaunchRequest.parse(new String[]{loose.toString()});
        assertThat(r.kind()).isEqualTo(LaunchRequest.Kind.WINDOW);
        assertThat(r.caseFile()).isEqualTo(loose.toAbsolutePath().normalize());
        assertThat(r.corpus()).as("CaseFileLaunch decides").isNull();
    }
}
