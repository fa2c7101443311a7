package org.triangulate.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.casefile.BriefingDraft;
import org.triangulate.casefile.CaseFile;
import org.triangulate.ui.RecordingDialogs;
import org.triangulate.workspace.AppPaths;
import org.triangulate.workspace.CaseStore;
import org.triangulate.workspace.Json;
import org.triangulate.workspace.WorkspaceInfo;

/**
 * Opening a case file from the file manager, without a display: the window always opens, the case joins its corpus
 * when it can, a different case already there is replaced only when the analyst agrees (and kept as a backup), and
 * every problem reaches the analyst through the dialogs instead of stderr.
 */
class CaseFileLaunchTest {

    @TempDir
    Path tmp;

    AppPaths paths;
    Path corpus;
    final RecordingDialogs dialogs = new RecordingDialogs();

    @BeforeEach
    void setUp() throws Exception {
        paths = new AppPaths(tmp.resolve("data"), tmp.resolve("config"));
        corpus = Files.createDirectories(tmp.resolve("corpus"));
    }

    private static CaseFile caseTitled(String title) {
        return CaseFile.empty().withBriefing(new BriefingDraft(title, "OFFICIAL", "", false, List.of()));
    }

    /** An exported case: the case's fields plus the corpus folder it was made on. */
    private Path exported(String name, CaseFile kase, String corpusFolder) throws Exception {
        var tree = Json.mapper().valueToTree(kase);
        if (corpusFolder != null) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) tree).put("corpus", corpusFolder);
        }
        Path file = tmp.resolve(name);
        Json.mapper().writeValue(file.toFile(), tree);
        return file;
    }

    private CaseFile caseInWorkspaceOf(Path corpusDir) throws Exception {
        return Json.mapper().readValue(new CaseStore(paths.workspaceFor(corpusDir)).file().toFile(), CaseFile.class);
    }

    @Test
    void aCaseForACorpusWithoutOneJoinsItAndTheWindowOpensOnIt() throws Exception {
        Path file = exported("case.triangulate", caseTitled("Imported"), corpus.toString());
        CaseFileLaunch launch = CaseFileLaunch.decide(file, paths);
        assertThat(launch.outcome()).isEqualTo(CaseFileLaunch.Outcome.IMPORTED);
        assertThat(launch.corpusToOpen()).isEqualTo(corpus);
        assertThat(caseInWorkspaceOf(corpus).briefing().title()).isEqualTo("Imported");
        launch.askBeforeOpening(dialogs);
        launch.tellAfterOpening(dialogs);
        assertThat(dialogs.questions).isEmpty();
        assertThat(dialogs.notices).singleElement().asString().contains("imported");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aDifferentCaseAlreadyThereIsReplacedOnlyWhenTheAnalystAgreesAndKeptAsABackup() throws Exception {
        Path workspace = paths.workspaceFor(corpus);
        Files.createDirectories(workspace);
        new CaseStore(workspace).save(caseTitled("Current"));
        Path file = exported("theirs.triangulate", caseTitled("Theirs"), corpus.toString());

        CaseFileLaunch launch = CaseFileLaunch.decide(file, paths);
        assertThat(launch.outcome()).isEqualTo(CaseFileLaunch.Outcome.OFFER_IMPORT);
        assertThat(caseInWorkspaceOf(corpus).briefing().title()).as("nothing changes before the analyst answers").isEqualTo("Current");
        dialogs.confirmAnswer = true;
        launch.askBeforeOpening(dialogs);
        assertThat(dialogs.questions).singleElement().asString().contains("already has a case").contains("kept as");
        assertThat(caseInWorkspaceOf(corpus).briefing().title()).isEqualTo("Theirs");
        try (var backups = Files.list(workspace)) {
            Path backup = backups.filter(p -> p.getFileName().toString().startsWith("case.json.before-import-")).findFirst().orElseThrow();
            assertThat(Json.mapper().readValue(backup.toFile(), CaseFile.class).briefing().title()).isEqualTo("Current");
        }
        launch.tellAfterOpening(dialogs);
        assertThat(dialogs.notices).singleElement().asString().contains("previous case is kept");
        assertThat(launch.corpusToOpen()).isEqualTo(corpus);
    }

    @Test
    void declinedTheCurrentCaseStaysAndTheAnalystIsToldHowToImportLater() throws Exception {
        Path workspace = paths.workspaceFor(corpus);
        Files.createDirectories(workspace);
        new CaseStore(workspace).save(caseTitled("Current"));
        CaseFileLaunch launch = CaseFileLaunch.decide(exported("theirs.triangulate", caseTitled("Theirs"), corpus.toString()), paths);
        dialogs.confirmAnswer = false;
        launch.askBeforeOpening(dialogs);
        launch.tellAfterOpening(dialogs);
        assertThat(caseInWorkspaceOf(corpus).briefing().title()).isEqualTo("Current");
        assertThat(dialogs.notices).singleElement().asString().contains("Kept the current case").contains("Open it again");
    }

    @Test
    void theSameCaseOpenedAgainJustOpens() throws Exception {
        CaseFile kase = caseTitled("Same");
        Path workspace = paths.workspaceFor(corpus);
        Files.createDirectories(workspace);
        new CaseStore(workspace).save(kase);
        CaseFileLaunch launch = CaseFileLaunch.decide(exported("same.triangulate", kase, corpus.toString()), paths);
        assertThat(launch.outcome()).isEqualTo(CaseFileLaunch.Outcome.OPEN);
        launch.askBeforeOpening(dialogs);
        launch.tellAfterOpening(dialogs);
        assertThat(dialogs.questions).isEmpty();
        assertThat(dialogs.notices).isEmpty();
    }

    @Test
    void aCaseWhoseCorpusIsNotHereOpensTheUsualWindowAndSaysSo() throws Exception {
        Path file = exported("mailed.triangulate", caseTitled("Mailed"), "/home/colleague/corpus-we-do-not-have");
        CaseFileLaunch launch = CaseFileLaunch.decide(file, paths);
        assertThat(launch.outcome()).isEqualTo(CaseFileLaunch.Outcome.CORPUS_MISSING);
        assertThat(launch.corpusToOpen()).as("the last corpus or the sample").isNull();
        dialogs.confirmAnswer = false;
        launch.askBeforeOpening(dialogs);
        launch.tellAfterOpening(dialogs);
        assertThat(dialogs.questions).singleElement().asString()
                .contains("/home/colleague/corpus-we-do-not-have").contains("not on this computer");
        assertThat(dialogs.notices).singleElement().asString().contains("mailed.triangulate was not opened");
    }

    @Test
    void theAnalystCanPointAtTheCorpusFolderWhenItIsElsewhere() throws Exception {
        Path file = exported("mailed.triangulate", caseTitled("Mailed"), "/home/colleague/corpus");
        CaseFileLaunch launch = CaseFileLaunch.decide(file, paths);
        dialogs.confirmAnswer = true;
        dialogs.folderToChoose = corpus;
        launch.askBeforeOpening(dialogs);
        assertThat(launch.outcome()).isEqualTo(CaseFileLaunch.Outcome.IMPORTED);
        assertThat(launch.corpusToOpen()).isEqualTo(corpus);
        assertThat(caseInWorkspaceOf(corpus).briefing().title()).isEqualTo("Mailed");
    }

    @Test
    void aCaseNamingNoCorpusAsksForItToo() throws Exception {
        CaseFileLaunch launch = CaseFileLaunch.decide(exported("alone.triangulate", caseTitled("Alone"), null), paths);
        assertThat(launch.outcome()).isEqualTo(CaseFileLaunch.Outcome.NO_CORPUS);
        launch.askBeforeOpening(dialogs);
        assertThat(dialogs.questions).singleElement().asString().contains("does not say which corpus");
    }

    @Test
    void aFileThatIsNotACaseIsReportedInTheWindow() throws Exception {
        Path file = Files.writeString(tmp.resolve("broken.triangulate"), "{ not json");
        CaseFileLaunch launch = CaseFileLaunch.decide(file, paths);
        assertThat(launch.outcome()).isEqualTo(CaseFileLaunch.Outcome.UNREADABLE);
        launch.askBeforeOpening(dialogs);
        launch.tellAfterOpening(dialogs);
        assertThat(dialogs.errors).singleElement().asString().contains("could not be read").contains("broken.triangulate");
    }

    @Test
    void aWorkspacesOwnCaseOpensItsCorpusWithoutImporting() throws Exception {
        Path ws = Files.createDirectories(tmp.resolve("ws"));
        Json.mapper().writeValue(ws.resolve(WorkspaceInfo.FILE_NAME).toFile(), new WorkspaceInfo(1, corpus.toString(), Instant.now()));
        new CaseStore(ws).save(caseTitled("Own"));
        CaseFileLaunch launch = CaseFileLaunch.decide(ws.resolve(CaseStore.FILE_NAME), paths);
        assertThat(launch.outcome()).isEqualTo(CaseFileLaunch.Outcome.OPEN);
        assertThat(launch.corpusToOpen()).isEqualTo(corpus);
        assertThat(Files.exists(new CaseStore(paths.workspaceFor(corpus)).file())).isFalse();
    }
}
