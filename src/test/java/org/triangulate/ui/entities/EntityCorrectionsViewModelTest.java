package org.triangulate.ui.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.corpus.Article;
import org.triangulate.corpus.TextSpan;
import org.triangulate.nlp.Entity;
import org.triangulate.nlp.EntityType;
import org.triangulate.nlp.Mention;
import org.triangulate.nlp.RuleBasedExtractor;
import org.triangulate.task.Progress;
import org.triangulate.ui.claims.ScriptedPrompts;
import org.triangulate.ui.claims.ClaimsViewModel;
import org.triangulate.ui.common.BackgroundTasks;
import org.triangulate.workspace.CaseStore;
import org.triangulate.workspace.TestCorpus;
import org.triangulate.workspace.Workspace;

class EntityCorrectionsViewModelTest {

    @TempDir
    Path tmp;

    Workspace ws;
    ClaimsViewModel claims;
    EntityCorrectionsViewModel vm;
    String selectedKey;
    EntityCorrectionsViewModel.MentionAt caret;
    EntityCorrectionsViewModel.SpanIn selection;
    int corrected;

    final ScriptedPrompts scripted = new ScriptedPrompts();

    @BeforeEach
    void open() throws Exception {
        ws = Workspace.open(TestCorpus.copyOfSample(tmp.resolve("c")), tmp.resolve("w"));
        ws.sync(Progress.NONE);
        ws.extractEntities(new RuleBasedExtractor(), Progress.NONE);
        claims = new ClaimsViewModel(BackgroundTasks.inline(), scripted);
        claims.open(ws);
        vm = new EntityCorrectionsViewModel(claims, scripted, new EntityCorrectionsViewModel.Context() {
            public Workspace workspace() {
                return ws;
            }

            public String selectedEntityKey() {
                return selectedKey;
            }

            public Optional<EntityCorrectionsViewModel.MentionAt> mentionAtCaret() {
                return Optional.ofNullable(caret);
            }

            public Optional<EntityCorrectionsViewModel.SpanIn> selection() {
                return Optional.ofNullable(selection);
            }

            public void corrected() {
                corrected++;
            }
        });
    }

    @AfterEach
    void close() throws Exception {
        claims.close();
        ws.close();
    }

    private List<String> names() {
        return ws.entities().stream().map(Entity::name).toList();
    }

    @Test
    void renamingAnEntityIsUndoableAndSavedInTheCase() throws Exception {
        selectedKey = "THREAT_ACTOR:APT40";
        scripted.answer("Gingham Typhoon");
        vm.rename();
        assertThat(names()).contains("Gingham Typhoon").doesNotContain("APT40");
        assertThat(corrected).isEqualTo(1);
        claims.flush();
        assertThat(new CaseStore(ws.directory()).load().kase().entityCorrections()).hasSize(1);
        claims.undo();
        assertThat(names()).contains("APT40");
    }

    @Test
    void mergingTwoEntitiesLeavesOne() {
        selectedKey = "LOCATION:Wellington";
        scripted.answer("New Zealand");
        vm.mergeInto();
        assertThat(ws.entities()).filteredOn(e -> e.type() == EntityType.LOCATION).extracting(Entity::name)
                .doesNotContain("Wellington").contains("New Zealand");
    }

    @Test
    void aFalseMentionIsDeletedAndAMissedOneAdded() {
        Article a = ws.articleByFile("002_cd4c0251b1ad3c11.txt").orElseThrow();
        Mention first = ws.mentions(a.id()).get(0);
        caret = new EntityCorrectionsViewModel.MentionAt(a, first);
        vm.deleteMentionAtCaret();
        assertThat(ws.mentions(a.id())).doesNotContain(first);

        int at = a.body().indexOf("cyber groups");
        selection = new EntityCorrectionsViewModel.SpanIn(a, new TextSpan(at, at + "cyber groups".length()));
        scripted.answer("ORGANIZATION");
        scripted.answer("Chinese state cyber groups");
        vm.addSelection();
        assertThat(ws.mentions(a.id())).anySatisfy(m -> {
            assertThat(m.start()).isEqualTo(at);
            assertThat(m.entity()).isEqualTo("Chinese state cyber groups");
        });
    }

    @Test
    void correctionsSurviveReextraction() throws Exception {
        selectedKey = "THREAT_ACTOR:APT31";
        scripted.answer("Violet Typhoon");
        vm.rename();
        RuleBasedExtractor rules = new RuleBasedExtractor();
        ws.extractEntities(new org.triangulate.nlp.EntityExtractor() {
            @Override
            public List<Mention> extract(String body) {
                return rules.extract(body);
            }

            @Override
            public String version() {
                return "another-version";
            }
        }, Progress.NONE);
        assertThat(names()).contains("Violet Typhoon").doesNotContain("APT31");
    }

    @Test
    void withNothingSelectedTheAnalystIsToldWhatToDo() {
        vm.rename();
        assertThat(vm.messageProperty().get()).contains("Select an entity");
        vm.deleteMentionAtCaret();
        assertThat(vm.messageProperty().get()).contains("caret");
    }
}
