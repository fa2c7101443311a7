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
    /** Where Enter and x moved the reader's current sentence. */
    final List<TextSpan> moves = new ArrayList<>();
    /** False to keep the pointer where it is when the view model moves the reader (as the reader once did). */
    boolean readerFollows = true;

    final ScriptedPrompts scripted = new ScriptedPrompts();

    @BeforeEach
    void openSample() throws Exception {
        ws = Workspace.open(TestCorpus.copyOfSample(tmp.resolve("corpus")), tmp.resolve("ws"));
        ws.sync(Progress.NONE);
        ws.extractEntities(new RuleBasedExtractor(), Progress.NONE);
        vm = new ClaimsViewModel(BackgroundTasks.inline(), scripted);
        vm.connectReader(reader());
        vm.open(ws);
    }

    /** The reader as the window wires it: the pointer is the current sentence, and moving it moves the pointer. */
    private ClaimReader reader() {
        return new ClaimReader() {
            @Override
            public Optional<ClaimTarget> target() {
                return Optional.ofNullable(pointedAt);
            }

            @Override
            public void reveal(ClaimView claim) {
                revealed.add(claim);
            }

            @Override
            public void moveTo(String articleId, TextSpan span) {
                moves.add(span);
                if (readerFollows) {
                    pointedAt = new ClaimTarget(ws.article(articleId).orElseThrow(), span);
                }
            }

            @Override
            public void extendBySentence(int direction) {
            }
        };
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
        ClaimTarget before = pointedAt;
        assertThat(claimAtPointer().status()).isEqualTo(ClaimStatus.SUGGESTED);
        vm.acceptSuggestion();
        assertThat(vm.claimAt(before).status()).isEqualTo(ClaimStatus.ACCEPTED);
        assertThat(moves).hasSize(1);
        assertThat(moves.get(0).start()).isGreaterThanOrEqualTo(before.span().end());
        assertThat(claimAtPointer().status()).as("the reader now points at the next suggestion").isEqualTo(ClaimStatus.SUGGESTED);
    }

    @Test
    void enterAndXKeepMovingSoEveryKeyDecidesTheNextSuggestion() {
        Article a = ws.articleByFile("000_8dd3f800fd6951e7.txt").orElseThrow();
        ClaimView first = vm.claimsIn(a.id()).stream().filter(c -> c.id() == null).findFirst().orElseThrow();
        pointedAt = new ClaimTarget(a, new TextSpan(first.start(), first.end()));
        vm.acceptSuggestion();
        vm.acceptSuggestion();
        vm.rejectSuggestion();
        vm.tagClaim();
        assertThat(vm.currentCase().claims()).hasSize(4)
                .extracting(c -> c.anchor().start()).doesNotHaveDuplicates();
        assertThat(vm.currentCase().claims()).extracting(org.triangulate.casefile.Claim::status).containsExactly(
                ClaimStatus.ACCEPTED, ClaimStatus.ACCEPTED, ClaimStatus.REJECTED, ClaimStatus.ACCEPTED);
        assertThat(moves).hasSize(3).extracting(TextSpan::start).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void keysPressedBeforeTheOverviewIsRebuiltSaveASpanOnce() {
        BackgroundTasks slow = BackgroundTasks.held();
        ClaimsViewModel fast = new ClaimsViewModel(slow, scripted);
        readerFollows = false; // the reader stays on the sentence, as it did when Enter did not move it
        fast.connectReader(reader());
        fast.open(ws);
        slow.runHeld(); // the case is open and grouped
        pointAt("000_8dd3f800fd6951e7.txt", "Seven individuals have been charged");
        assertThat(fast.claimAt(pointedAt).id()).isNull();
        // j Enter Enter x c, each before the regrouping the previous key started has finished
        fast.acceptSuggestion();
        fast.acceptSuggestion();
        fast.rejectSuggestion();
        assertThat(fast.currentCase().claims()).singleElement()
                .satisfies(c -> assertThat(c.status()).as("x on a saved claim rejects nothing").isEqualTo(ClaimStatus.ACCEPTED));
        fast.tagClaim();
        assertThat(fast.currentCase().claims()).hasSize(1);
        assertThat(fast.messageProperty().get()).isEqualTo("That is already a claim.");
        slow.runHeld();
        assertThat(fast.claimAt(pointedAt).id()).isNotNull();
        fast.close();
    }

    @Test
    void attributionGroupNameAndLeavingTheGroupFromTheKeys() {
        pointAt("000_8dd3f800fd6951e7.txt", "Seven individuals have been charged");
        vm.tagClaim();
        String id = claimAtPointer().id();
        scripted.answer("the Justice Department");
        vm.editAttribution();
        assertThat(vm.currentCase().claim(id).orElseThrow().attribution()).isEqualTo("the Justice Department");

        scripted.answer("New group");
        vm.addToGroup();
        scripted.answer("Seven charged");
        vm.renameGroup();
        assertThat(vm.currentCase().groups()).singleElement().satisfies(g -> assertThat(g.summary()).isEqualTo("Seven charged"));

        vm.ungroupClaim();
        assertThat(vm.currentCase().claim(id).orElseThrow().groupId()).isNull();
        assertThat(vm.currentCase().groups()).isEmpty();
        vm.ungroupClaim();
        assertThat(vm.messageProperty().get()).contains("in no group");
    }

    @Test
    void twoSuggestedGroupsMergeIntoOneSavedGroup() {
        List<GroupView> suggested = vm.visibleGroups().stream().filter(GroupView::suggested).limit(2).toList();
        assertThat(suggested).hasSize(2);
        vm.selectedGroupProperty().set(suggested.get(0));
        scripted.answer(suggested.get(1).id());
        vm.mergeSelectedGroup();
        assertThat(vm.currentCase().groups()).singleElement().satisfies(g -> assertThat(vm.currentCase().members(g.id()))
                .hasSize(suggested.get(0).claims().size() + suggested.get(1).claims().size()));
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
        again.connectReader(reader());
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
