package org.triangulate.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.casefile.TagDefinition;

class CaseImportTest {

    @TempDir
    Path tmp;

    @Test
    void anExportedCaseNamesItsCorpusAndJoinsAnEmptyWorkspaceOnly() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Path exported = tmp.resolve("shared.triangulate");
        try (CaseSession session = CaseSession.open(Files.createDirectories(tmp.resolve("mine")), Duration.ofSeconds(30))) {
            session.apply("tags", k -> k.withTags(List.of(new TagDefinition("victim", 1))));
            session.exportTo(exported, corpus);
        }
        assertThat(CaseImport.corpusOf(exported)).contains(corpus);

        Path colleague = tmp.resolve("colleague-ws");
        assertThat(CaseImport.importIfAbsent(exported, colleague)).isTrue();
        assertThat(new CaseStore(colleague).load().kase().tags()).extracting(TagDefinition::name).containsExactly("victim");
        assertThat(CaseImport.importIfAbsent(exported, colleague)).as("an existing case is kept").isFalse();
    }

    @Test
    void aFileThatIsNotAnExportedCaseNamesNoCorpus() throws Exception {
        Path junk = Files.writeString(tmp.resolve("x.triangulate"), "not json");
        assertThat(CaseImport.corpusOf(junk)).isEmpty();
        assertThat(CaseImport.importIfAbsent(junk, tmp.resolve("ws"))).isFalse();
    }
}
