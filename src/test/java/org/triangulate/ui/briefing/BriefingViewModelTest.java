package org.triangulate.ui.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.briefing.BriefingExporter;
import org.triangulate.briefing.PaperSize;
import org.triangulate.casefile.BriefingDraft.Section;
import org.triangulate.casefile.Confidence;
import org.triangulate.casefile.KeyJudgment;
import org.triangulate.casefile.Likelihood;
import org.triangulate.nlp.RuleBasedExtractor;
import org.triangulate.task.Progress;
import org.triangulate.ui.RecordingDialogs;
import org.triangulate.ui.claims.ScriptedPrompts;
import org.triangulate.ui.claims.ClaimsViewModel;
import org.triangulate.ui.common.BackgroundTasks;
import org.triangulate.workspace.TestCorpus;
import org.triangulate.workspace.Workspace;

class BriefingViewModelTest {

    @TempDir
    Path tmp;

    Workspace ws;
    ClaimsViewModel claims;
    BriefingViewModel vm;
    final List<Path> opened = new ArrayList<>();

    final ScriptedPrompts scripted = new ScriptedPrompts();
    final RecordingDialogs dialogs = new RecordingDialogs();
    BackgroundTasks tasks = BackgroundTasks.inline();

    @BeforeEach
    void open() throws Exception {
        ws = Workspace.open(TestCorpus.copyOfSample(tmp.resolve("c")), tmp.resolve("w"));
        ws.sync(Progress.NONE);
        ws.extractEntities(new RuleBasedExtractor(), Progress.NONE);
        claims = new ClaimsViewModel(tasks, scripted);
        vm = new BriefingViewModel(tasks, claims, scripted, dialogs);
        vm.setOnExported(opened::add);
        claims.open(ws);
    }

    @AfterEach
    void close() throws Exception {
        claims.close();
        ws.close();
    }

    @Test
    void thePreviewIsDraftedAndMarkedDraftUntilTheAnalystWritesTheBottomLine() throws Exception {
        assertThat(vm.previewProperty().get()).contains("Bottom line up front").contains("DRAFT");
        scripted.answer("Three governments publicly blamed Chinese state hackers.");
        vm.editBluf();
        assertThat(vm.blufProperty().get()).startsWith("Three governments");
        assertThat(vm.previewProperty().get()).contains("Three governments publicly blamed").doesNotContain("DRAFT —");

        Path out = tmp.resolve("brief.md");
        vm.export(out);
        assertThat(Files.readString(out)).contains("Three governments publicly blamed");
        assertThat(opened).containsExactly(out);
    }

    @Test
    void aJudgmentWithoutSupportIsFlaggedByTheLinter() {
        scripted.answer("China will keep denying involvement.");
        scripted.answer("C:" + Confidence.MODERATE.name());
        vm.addJudgment();
        assertThat(vm.judgments()).singleElement().satisfies(j -> {
            assertThat(j.confidence()).isEqualTo(Confidence.MODERATE);
            assertThat(j.likelihood()).isNull();
        });
        assertThat(vm.warnings()).anySatisfy(w -> assertThat(w.toLowerCase()).contains("support"));
        claims.undo();
        assertThat(vm.judgments()).isEmpty();
    }

    @Test
    void aPdfIsWrittenWhenTheNameAsksForIt() throws Exception {
        Path out = tmp.resolve("brief.pdf");
        vm.export(out);
        assertThat(Files.readAllBytes(out)).startsWith("%PDF".getBytes());
    }

    private void addJudgment(String text, String level) {
        scripted.answer(text, level);
        vm.addJudgment();
    }

    private String section(String heading) {
        String md = vm.previewProperty().get();
        int at = md.indexOf("## " + heading + "\n");
        int next = md.indexOf("\n## ", at + 1);
        return md.substring(at, next < 0 ? md.length() : next);
    }

    @Test
    void theAnalystsNameGoesOnTheBriefingAndBlankMeansTheUserName() {
        assertThat(vm.analystProperty().get()).isEqualTo(BriefingExporter.defaultAnalyst());
        vm.setAnalyst("  Ana Lyst ");
        assertThat(vm.previewProperty().get()).contains("- **Analyst:** Ana Lyst");
        assertThat(vm.analystToRemember()).isEqualTo("Ana Lyst");
        vm.setAnalyst("");
        assertThat(vm.analystProperty().get()).isEqualTo(BriefingExporter.defaultAnalyst());
        assertThat(vm.analystToRemember()).as("the default is not pinned in the preferences").isNull();
    }

    @Test
    void theRememberedAnalystAndPaperAreRestored() {
        vm.restore("Ana Lyst", "letter");
        assertThat(vm.analystProperty().get()).isEqualTo("Ana Lyst");
        assertThat(vm.paperProperty().get()).isEqualTo(PaperSize.LETTER);
        assertThat(vm.paperToRemember()).isEqualTo("LETTER");
        vm.restore(null, "folio");
        assertThat(vm.analystProperty().get()).isEqualTo(BriefingExporter.defaultAnalyst());
        assertThat(vm.paperProperty().get()).isEqualTo(PaperSize.A4);
    }

    @Test
    void aPdfIsLaidOutOnTheChosenPaper() throws Exception {
        vm.setPaper(PaperSize.LETTER);
        Path out = tmp.resolve("letter.pdf");
        vm.export(out);
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(out))) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(PDRectangle.LETTER.getWidth(), offset(1f));
        }
    }

    @Test
    void aJudgmentIsEditedWithItsCurrentAnswersOffered() {
        addJudgment("China will keep denying involvement.", "C:" + Confidence.MODERATE.name());
        String id = vm.judgments().get(0).id();
        scripted.answer("China will deny involvement for years.", "L:" + Likelihood.VERY_LIKELY.name());
        vm.editJudgment(id);
        assertThat(vm.judgments()).singleElement().satisfies(j -> {
            assertThat(j.id()).isEqualTo(id);
            assertThat(j.text()).isEqualTo("China will deny involvement for years.");
            assertThat(j.likelihood()).isEqualTo(Likelihood.VERY_LIKELY);
            assertThat(j.confidence()).isNull();
        });
        assertThat(section("Key judgments")).contains("China will deny involvement for years.");
        claims.undo();
        assertThat(vm.judgments()).singleElement().satisfies(j -> assertThat(j.text()).startsWith("China will keep"));
    }

    @Test
    void cancellingAnEditChangesNothing() {
        addJudgment("China will keep denying involvement.", "C:" + Confidence.MODERATE.name());
        var before = claims.currentCase();
        vm.editJudgment(vm.judgments().get(0).id()); // no answers queued: the dialog was cancelled
        assertThat(claims.currentCase()).isSameAs(before);
    }

    @Test
    void aJudgmentIsDeletedAndUndoBringsItBack() {
        addJudgment("China will keep denying involvement.", "C:" + Confidence.MODERATE.name());
        addJudgment("More charges are likely.", "L:" + Likelihood.LIKELY.name());
        vm.deleteJudgment(vm.judgments().get(0).id());
        assertThat(vm.judgments()).extracting(KeyJudgment::text).containsExactly("More charges are likely.");
        assertThat(section("Key judgments")).doesNotContain("China will keep denying");
        assertThat(vm.messageProperty().get()).contains("Undo");
        claims.undo();
        assertThat(vm.judgments()).hasSize(2);
    }

    @Test
    void judgmentsMoveUpAndDownAndTheBriefingFollows() {
        addJudgment("First judgment.", "C:" + Confidence.LOW.name());
        addJudgment("Second judgment.", "C:" + Confidence.HIGH.name());
        String second = vm.judgments().get(1).id();
        vm.moveJudgment(second, -1);
        assertThat(vm.judgments()).extracting(KeyJudgment::text).containsExactly("Second judgment.", "First judgment.");
        assertThat(claims.currentCase().briefing().judgments()).extracting(KeyJudgment::id).startsWith(second);
        String judgments = section("Key judgments");
        assertThat(judgments.indexOf("Second judgment.")).isLessThan(judgments.indexOf("First judgment."));
        vm.moveJudgment(second, -1); // already first: stays
        assertThat(vm.judgments()).extracting(KeyJudgment::text).containsExactly("Second judgment.", "First judgment.");
    }

    @Test
    void sectionsAreReorderedSavedInTheCaseAndUndoable() {
        assertThat(vm.sections()).isEqualTo(Section.DEFAULT_ORDER);
        vm.moveSection(Section.SOURCES, -1);
        assertThat(vm.sections()).containsSubsequence(Section.SOURCES, Section.ENTITIES);
        assertThat(claims.currentCase().briefing().sections()).isEqualTo(vm.sections());
        String md = vm.previewProperty().get();
        assertThat(md.indexOf("## Sources")).isLessThan(md.indexOf("## Entities"));
        claims.undo();
        assertThat(vm.sections()).isEqualTo(Section.DEFAULT_ORDER);
    }

    @Test
    void exportAsksWhereThroughTheDialogsAndAddsPdfToABareName() throws Exception {
        dialogs.fileToSave = tmp.resolve("for-the-minister");
        vm.chooseAndExport();
        assertThat(dialogs.saveChoosers).singleElement().asString().contains("briefing.pdf");
        Path written = tmp.resolve("for-the-minister.pdf");
        assertThat(Files.readAllBytes(written)).startsWith("%PDF".getBytes());
        assertThat(opened).containsExactly(written);
    }

    @Test
    void cancellingTheSaveDialogExportsNothing() {
        dialogs.fileToSave = null;
        vm.chooseAndExport();
        assertThat(dialogs.saveChoosers).hasSize(1);
        assertThat(opened).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void theExportRunsAsBackgroundWorkNotInTheCaller() throws Exception {
        claims.close();
        tasks = BackgroundTasks.held();
        claims = new ClaimsViewModel(tasks, scripted);
        vm = new BriefingViewModel(tasks, claims, scripted, dialogs);
        claims.open(ws);
        tasks.runHeld();
        dialogs.fileToSave = tmp.resolve("later.md");
        vm.chooseAndExport();
        assertThat(tmp.resolve("later.md")).doesNotExist();
        assertThat(vm.messageProperty().get()).startsWith("Exporting the briefing");
        tasks.runHeld();
        assertThat(Files.readString(tmp.resolve("later.md"))).contains("## Bottom line up front");
        assertThat(vm.messageProperty().get()).startsWith("Briefing written to");
    }
}
