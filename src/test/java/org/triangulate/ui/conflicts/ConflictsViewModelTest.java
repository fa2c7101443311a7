package org.triangulate.ui.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.casefile.Credibility;
import org.triangulate.casefile.QuoteRef;
import org.triangulate.casefile.Reliability;
import org.triangulate.casefile.Resolution;
import org.triangulate.casefile.ResolutionKind;
import org.triangulate.conflicts.ConflictKind;
import org.triangulate.conflicts.ResolvedConflict;
import org.triangulate.conflicts.Variant;
import org.triangulate.nlp.RuleBasedExtractor;
import org.triangulate.task.Progress;
import org.triangulate.ui.claims.ScriptedPrompts;
import org.triangulate.ui.claims.ClaimsViewModel;
import org.triangulate.ui.common.BackgroundTasks;
import org.triangulate.workspace.CaseStore;
import org.triangulate.workspace.TestCorpus;
import org.triangulate.workspace.Workspace;

class ConflictsViewModelTest {

    @TempDir
    Path tmp;

    Workspace ws;
    ClaimsViewModel claims;
    ConflictsViewModel vm;
    final List<Variant> revealed = new ArrayList<>();

    final ScriptedPrompts scripted = new ScriptedPrompts();

    @BeforeEach
    void open() throws Exception {
        ws = Workspace.open(TestCorpus.copyOfSample(tmp.resolve("corpus")), tmp.resolve("ws"));
        ws.sync(Progress.NONE);
        ws.extractEntities(new RuleBasedExtractor(), Progress.NONE);
        BackgroundTasks tasks = BackgroundTasks.inline();
        claims = new ClaimsViewModel(tasks, scripted);
        vm = new ConflictsViewModel(tasks, claims, scripted);
        vm.connectReader(revealed::add);
        claims.open(ws);
    }

    @AfterEach
    void close() throws Exception {
        claims.close();
        ws.close();
    }

    private ResolvedConflict emailCount() {
        return vm.visibleConflicts().stream()
                .filter(c -> c.conflict().kind() == ConflictKind.QUANTITY
                        && c.conflict().variants().stream().anyMatch(v -> v.text().contains("thousands of emails")))
                .findFirst().orElseThrow();
    }

    @Test
    void conflictsAreListedAndSelectingOneShowsItsVariants() {
        assertThat(vm.visibleConflicts()).isNotEmpty();
        vm.selectedProperty().set(emailCount());
        assertThat(revealed).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void acceptingAVariantNeedsARationaleAndIsUndoable() {
        vm.selectedProperty().set(emailCount());
        scripted.answer("   ");
        vm.acceptVariant(1);
        assertThat(vm.messageProperty().get()).contains("rationale is required");
        assertThat(claims.currentCase().resolutions()).isEmpty();

        scripted.answer("The indictment says over 10,000 emails.");
        vm.acceptVariant(1);
        assertThat(claims.currentCase().resolutions()).singleElement()
                .satisfies(r -> assertThat(r.kind()).isEqualTo(ResolutionKind.ACCEPT_VARIANT));
        assertThat(emailCount().isOpen()).isFalse();

        claims.undo();
        assertThat(claims.currentCase().resolutions()).isEmpty();
        assertThat(emailCount().isOpen()).isTrue();
    }

    @Test
    void aFalseAlarmIsDismissedWithoutARationaleAndCanBeReopened() {
        vm.selectedProperty().set(vm.visibleConflicts().get(0));
        String id = vm.visibleConflicts().get(0).conflict().id();
        vm.notAConflict();
        assertThat(claims.currentCase().resolution(id)).isPresent();
        vm.showResolvedProperty().set(false);
        assertThat(vm.visibleConflicts()).noneMatch(c -> c.conflict().id().equals(id));
        vm.showResolvedProperty().set(true);
        vm.selectedProperty().set(vm.visibleConflicts().stream().filter(c -> c.conflict().id().equals(id)).findFirst().orElseThrow());
        vm.reopen();
        assertThat(claims.currentCase().resolution(id)).isEmpty();
    }

    @Test
    void aDecisionTakenOnOtherVariantsIsShownChangedAndResolvingAgainReplacesIt() {
        vm.selectedProperty().set(emailCount());
        scripted.answer("The indictment says over 10,000 emails.");
        vm.acceptVariant(1);
        Resolution saved = claims.currentCase().resolutions().get(0);
        // as if a further outlet had carried the figure when the analyst decided, and has since been removed
        List<QuoteRef> then = new ArrayList<>(saved.variants());
        then.add(new QuoteRef("gone.txt", "Some 10,000 emails were taken, the paper said.", "10000 email"));
        Resolution earlier = new Resolution("q-earlier", saved.kind(), saved.acceptedVariant(), saved.reading(),
                saved.rationale(), saved.decided(), saved.conflictKind(), then, saved.accepted());
        claims.edit("Earlier decision", k -> k.withoutResolution(saved.conflictId()).withResolution(earlier));

        ResolvedConflict shown = emailCount();
        assertThat(shown.isOpen()).isFalse();
        assertThat(shown.changedSinceResolved()).isTrue();
        assertThat(shown.acceptedIndex()).isZero();
        assertThat(ConflictsViewModel.describe(shown)).contains("Variant 1 accepted")
                .contains("Changed since resolved").contains("gone.txt").contains("Resolve it again");

        vm.selectedProperty().set(shown);
        scripted.answer("Both figures come from officials.");
        vm.disputed();
        assertThat(claims.currentCase().resolutions()).singleElement()
                .satisfies(r -> assertThat(r.kind()).isEqualTo(ResolutionKind.DISPUTED));
        assertThat(emailCount().changedSinceResolved()).isFalse();
        assertThat(ConflictsViewModel.describe(emailCount())).doesNotContain("Changed since resolved");
    }

    @Test
    void gradesAndOverridesAreSavedInTheCase() throws Exception {
        String outlet = vm.outlets().get(0).outlet();
        vm.gradeOutlet(outlet, Reliability.B);
        assertThat(vm.outlets()).anySatisfy(o -> {
            assertThat(o.outlet()).isEqualTo(outlet);
            assertThat(o.grade()).isEqualTo(Reliability.B);
        });
        String group = vm.credibility().get(0).groupId();
        scripted.answer("Confirmed by the official statement.");
        vm.overrideCredibility(group, Credibility.CONFIRMED);
        assertThat(vm.credibility()).anySatisfy(g -> {
            assertThat(g.groupId()).isEqualTo(group);
            assertThat(g.effective()).isEqualTo(Credibility.CONFIRMED);
        });
        claims.flush();
        assertThat(new CaseStore(ws.directory()).load().kase().reliability(outlet)).isEqualTo(Reliability.B);
    }

    @Test
    void theCoverageMatrixHasARowPerGroupAndAColumnPerOutlet() {
        assertThat(vm.coverageProperty().get().rows()).hasSize(claims.overviewProperty().get().groups().size());
        assertThat(vm.coverageProperty().get().outlets()).hasSize(5);
    }
}
