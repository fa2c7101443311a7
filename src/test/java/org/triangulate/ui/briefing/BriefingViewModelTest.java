package org.triangulate.ui.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.casefile.Confidence;
import org.triangulate.nlp.RuleBasedExtractor;
import org.triangulate.task.Progress;
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

    @BeforeEach
    void open() throws Exception {
        ws = Workspace.open(TestCorpus.copyOfSample(tmp.resolve("c")), tmp.resolve("w"));
        ws.sync(Progress.NONE);
        ws.extractEntities(new RuleBasedExtractor(), Progress.NONE);
        BackgroundTasks tasks = BackgroundTasks.inline();
        claims = new ClaimsViewModel(tasks, scripted);
        vm = new BriefingViewModel(tasks, claims, scripted);
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
}
