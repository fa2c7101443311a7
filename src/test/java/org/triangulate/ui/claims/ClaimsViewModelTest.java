package org.triangulate.ui.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.casefile.ClaimStatus;
import org.triangulate.casefile.Stance;
import org.triangulate.claims.ClaimView;
import org.triangulate.claims.GroupView;
import org.triangulate.corpus.Article;
import org.triangulate.corpus.TextSpan;
import org.triangulate.nlp.RuleBasedExtractor;
import org.triangulate.task.Progress;
import org.triangulate.ui.common.BackgroundTasks;
import org.triangulate.workspace.CaseStore;
import org.triangulate.workspace.TestCorpus;
import org.triangulate.workspace.Workspace;

class ClaimsViewModelTest {

    @TempDir
    Path tmp;

    Workspace ws;
    ClaimsViewModel vm;
    ClaimTarget pointedAt;
    final List<ClaimView> revealed = new ArrayList<>();

    final ScriptedPrompts scripted = new ScriptedPrompts();

    @BeforeEach
    void openSample() throws Exception {
        ws = Workspace.open(TestCorpus.copyOfSample(tmp.resolve("corpus")), tmp.resolve("ws"));
        ws.sync(Progress.NONE);
        ws.extractEntities(new RuleBasedExtractor(), Progress.NONE);
        vm = new ClaimsViewModel(BackgroundTasks.inline(), scripted);
        vm.connectReader(() -> Optional.ofNullable(pointedAt), revealed::add);
        vm.open(ws);
    }

    @AfterEach
    void close() throws Exception {
        vm.close();
        ws.close();
    }

    private void pointAt(String file, String text) {
        Article a = ws.articleByFile(file).orElseThrow();
        pointedAt = new ClaimTarget(a, a.sentenceAt(a.body().indexOf(text)));
    }

    private ClaimView claimAtPointer() {
        return vm.claimAt(pointedAt);
    }

    @Test
    void aGroupingThatFinishesAfterCloseChangesNothing() throws Exception {
        BackgroundTasks slow = BackgroundTasks.held();
        ClaimsViewModel late = new ClaimsViewModel(slow, scripted);
        late.open(ws);
        slow.runHeld(); // the case opens and a grouping starts
        late.refresh();
        List<Object> changes = new ArrayList<>();
        late.close();
        late.overviewProperty().get();
        late.overviewProperty().addListener((javafx.beans.InvalidationListener) o -> changes.add("overview replaced"));
        slow.runHeld(); // the grouping finishes after the window closed
        assertThat(changes).as("a late grouping result after close").hasSize(0);
    }

    @Test
    void suggestionsAreGroupedAcrossSourcesOnOpening() {
        assertThat(vm.visibleGroups()).isNotEmpty();
        assertThat(vm.visibleGroups()).anySatisfy(g -> assertThat(g.claims()).extracting(ClaimView::file)
                .contains("002_cd4c0251b1ad3c11.txt", "003_a72829d80c15e821.txt"));
    }

    @Test
    void enterAcceptsTheSuggestionAndMovesToTheNextOne() {
        pointAt("002_cd4c0251b1ad3c11.txt", "Deputy Attorney General Lisa Monaco on Monday said");
        assertThat(claimAtPointer().status()).isEqualTo(ClaimStatus.SUGGESTED);
        vm.acceptSuggestion();
        assertThat(claimAtPointer().status()).isEqualTo(ClaimStatus.ACCEPTED);
        assertThat(revealed).hasSize(1);
        assertThat(revealed.get(0).start()).isGreaterThan(pointedAt.span().start());
    }

    @Test
    void xRejectsASuggestionSoItDisappears() {
        pointAt("004_9d3866efc89fffe9.txt", "Both the UK and the US possess significant cyber capabilities");
        assertThat(claimAtPointer()).isNotNull();
        vm.rejectSuggestion();
        assertThat(claimAtPointer()).isNull();
    }

    @Test
    void tagStanceNoteAndGroupThenUndoEverything() {
        pointAt("000_8dd3f800fd6951e7.txt", "Seven individuals have been charged");
        vm.tagClaim();
        ClaimView c = claimAtPointer();
        assertThat(c.id()).isNotNull();
        Stance before = c.stance();

        vm.toggleTag(2);
        vm.cycleStance();
        scripted.answer("check against the indictment");
        vm.editNote();
        scripted.answer("New group");
        vm.addToGroup();

        ClaimView after = claimAtPointer();
        assertThat(after.tags()).containsExactly("impact");
        assertThat(after.stance()).isEqualTo(before.next());
        assertThat(vm.currentCase().claim(after.id()).orElseThrow().note()).isEqualTo("check against the indictment");
        assertThat(vm.currentCase().groups()).hasSize(1);

        for (int i = 0; i < 5; i++) {
            vm.undo();
        }
        assertThat(vm.currentCase().claims()).isEmpty();
        assertThat(vm.canUndoProperty().get()).isFalse();
        vm.redo();
        assertThat(vm.currentCase().claims()).hasSize(1);
    }

    @Test
    void theCaseSurvivesClosingAndReopening() throws Exception {
        pointAt("001_b9333784f3f4ba51.txt", "thousands of emails");
        vm.tagClaim();
        vm.toggleTag(1);
        vm.close();
        assertThat(new CaseStore(ws.directory()).load().kase().claims()).singleElement()
                .satisfies(c -> assertThat(c.tags()).containsExactly("attribution"));

        ClaimsViewModel again = new ClaimsViewModel(BackgroundTasks.inline(), scripted);
        again.connectReader(() -> Optional.ofNullable(pointedAt), c -> { });
        again.open(ws);
        assertThat(again.claimAt(pointedAt).id()).isNotNull();
        again.close();
    }

    @Test
    void acceptingASuggestedGroupSavesItsMembers() {
        GroupView suggested = vm.visibleGroups().stream().filter(GroupView::suggested).findFirst().orElseThrow();
        vm.selectedGroupProperty().set(suggested);
        vm.acceptSelectedGroup();
        assertThat(vm.currentCase().groups()).hasSize(1);
        assertThat(vm.visibleGroups()).anySatisfy(g -> {
            assertThat(g.suggested()).isFalse();
            assertThat(g.claims()).hasSize(suggested.claims().size());
        });
    }

    @Test
    void filtersNarrowThePanel() {
        int all = vm.visibleGroups().size();
        vm.filterProperty().set("Electoral Commission");
        assertThat(vm.visibleGroups().size()).isLessThan(all).isPositive();
        assertThat(vm.visibleGroups()).allSatisfy(g -> assertThat(g.claims())
                .allSatisfy(c -> assertThat(c.text() + c.entities()).containsIgnoringCase("electoral commission")));
        vm.filterProperty().set("");
        vm.showSuggestionsProperty().set(false);
        assertThat(vm.visibleGroups()).isEmpty();
    }

    @Test
    void keysWithoutATargetExplainWhatToDo() {
        pointedAt = null;
        vm.tagClaim();
        assertThat(vm.messageProperty().get()).contains("caret");
        pointAt("000_8dd3f800fd6951e7.txt", "Seven individuals");
        vm.cycleStance();
        assertThat(vm.messageProperty().get()).contains("No saved claim");
    }

    @Test
    void claimsInAnArticleFeedTheReaderOutlines() {
        Article a = ws.articleByFile("003_a72829d80c15e821.txt").orElseThrow();
        List<ClaimView> claims = vm.claimsIn(a.id());
        assertThat(claims).isNotEmpty().allSatisfy(c -> assertThat(a.body().substring(c.start(), c.end())).isEqualTo(c.text()));
        assertThat(claims).extracting(c -> new TextSpan(c.start(), c.end())).isSorted();
    }
}
