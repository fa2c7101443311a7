package org.triangulate.conflicts;

import static org.triangulate.conflicts.TestArticles.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.casefile.CaseFile;
import org.triangulate.casefile.ClaimStatus;
import org.triangulate.casefile.Resolution;
import org.triangulate.casefile.ResolutionKind;
import org.triangulate.casefile.Stance;
import org.triangulate.claims.ClaimOverview;
import org.triangulate.claims.ClaimView;
import org.triangulate.claims.GroupView;
import org.triangulate.corpus.Article;
import org.triangulate.corpus.TextSpan;

/**
 * The analyst's decisions on conflicts stay with their conflicts when the articles change: text moved, a source
 * added or removed. A decision is never silently dropped nor moved to a conflict it was not about.
 */
class ConflictIdentityTest {

    private static final String TOLL_A = "Officials said 41 people were killed in the earthquake on Monday.";
    private static final String TOLL_B = "The governor said 90 people died when the ground shook on Monday.";
    private static final String TOLL_C = "Local radio said 41 people were killed in the earthquake.";
    private static final String TOLL_B_AGREES = "The governor said 41 people died when the ground shook on Monday.";

    /** One claim group: the sentence of each article that states the toll. */
    private static ConflictReport report(CaseFile kase, Article... articles) {
        List<ClaimView> members = new ArrayList<>();
        for (Article a : articles) {
            for (TextSpan s : a.sentences()) {
                String text = a.text(s);
                if (text.contains(" people ")) {
                    members.add(new ClaimView(null, a.id(), a.file(), s.start(), s.end(), text, "the outlet", Stance.ASSERTED,
                            ClaimStatus.SUGGESTED, List.of(), List.of(), List.of()));
                }
            }
        }
        ClaimOverview overview = new ClaimOverview(List.of(new GroupView("g1", "toll", members.size(), false, members)), List.of());
        return new ConflictBoard().report(overview, List.of(articles), id -> List.of(), kase);
    }

    private static ResolvedConflict only(ConflictReport r) {
        assertThat(r.conflicts()).as("conflicts").hasSize(1);
        return r.conflicts().get(0);
    }

    private static int indexOfFile(Conflict c, String file) {
        for (int i = 0; i < c.variants().size(); i++) {
            if (c.variants().get(i).file().equals(file)) {
                return i;
            }
        }
        throw new AssertionError(file + " is not a variant of " + c);
    }

    private final Article a = article("a.txt", "Daily A", TOLL_A);
    private final Article b = article("b.txt", "Courier B", TOLL_B);

    /** The case after the analyst accepted Courier B's figure. */
    private CaseFile acceptedB(Article... articles) {
        Conflict toll = only(report(CaseFile.empty(), articles)).conflict();
        return ConflictResolver.acceptVariant(CaseFile.empty(), toll, indexOfFile(toll, "b.txt"), "the governor's later count");
    }

    @Test
    void aResolutionSurvivesTextInsertedAboveItsQuotes() {
        CaseFile kase = acceptedB(a, b);
        String id = kase.resolutions().get(0).conflictId();
        Article edited = article("a.txt", "Daily A", "Update: this story has been corrected. " + TOLL_A);

        ResolvedConflict rc = only(report(kase, edited, b));

        assertThat(rc.conflict().id()).isEqualTo(id);
        assertThat(rc.isOpen()).isFalse();
        assertThat(rc.changedSinceResolved()).isFalse();
        assertThat(rc.conflict().variants().get(rc.acceptedIndex()).file()).isEqualTo("b.txt");
    }

    @Test
    void aResolutionFollowsItsConflictWhenASourceJoinsAndIsFlaggedChanged() {
        CaseFile kase = acceptedB(a, b);
        Article radio = article("aa.txt", "Radio C", TOLL_C); // sorts before b.txt: the accepted variant's index moves

        ConflictReport r = report(kase, a, radio, b);
        ResolvedConflict rc = only(r);

        assertThat(rc.conflict().variants()).hasSize(3);
        assertThat(rc.isOpen()).isFalse();
        assertThat(rc.changedSinceResolved()).isTrue();
        assertThat(rc.changes()).singleElement().asString().contains("added").contains("Radio C");
        assertThat(rc.conflict().variants().get(rc.acceptedIndex()).file()).isEqualTo("b.txt");
        assertThat(r.unattached()).isEmpty();
    }

    @Test
    void aResolutionFollowsItsConflictWhenASourceLeaves() {
        Article radio = article("c.txt", "Radio C", TOLL_C);
        CaseFile kase = ConflictResolver.disputed(CaseFile.empty(), only(report(CaseFile.empty(), a, b, radio)).conflict(),
                "different agencies count differently");

        ResolvedConflict rc = only(report(kase, a, b));

        assertThat(rc.resolution().kind()).isEqualTo(ResolutionKind.DISPUTED);
        assertThat(rc.changedSinceResolved()).isTrue();
        assertThat(rc.changes()).singleElement().asString().contains("no longer a variant").contains("c.txt");
    }

    @Test
    void anAcceptedVariantThatLeftTheConflictIsNamedNotGuessedByIndex() {
        Article radio = article("c.txt", "Radio C", TOLL_C);
        Conflict toll = only(report(CaseFile.empty(), a, b, radio)).conflict();
        CaseFile kase = ConflictResolver.acceptVariant(CaseFile.empty(), toll, indexOfFile(toll, "c.txt"), "radio was there");

        ResolvedConflict rc = only(report(kase, a, b));

        assertThat(rc.isOpen()).isFalse();
        assertThat(rc.acceptedIndex()).isEqualTo(-1);
        assertThat(rc.resolution().accepted().file()).isEqualTo("c.txt");
        assertThat(rc.changes()).anySatisfy(c -> assertThat(c).contains("accepted variant").contains("c.txt"));
    }

    @Test
    void aDecisionWhoseConflictIsGoneIsReportedNotMovedOrDropped() {
        CaseFile kase = acceptedB(a, b);

        ConflictReport r = report(kase, a, article("b.txt", "Courier B", TOLL_B_AGREES));

        assertThat(r.conflicts()).isEmpty();
        assertThat(r.unattached()).containsExactlyElementsOf(kase.resolutions());
    }

    @Test
    void aDecisionSharingOneQuoteWithAnotherConflictDoesNotMoveToIt() {
        Article radio = article("c.txt", "Radio C", "Local radio said 90 people were killed in the earthquake.");
        CaseFile kase = acceptedB(a, b);
        // b.txt now agrees with a.txt; c.txt disagrees with a.txt: a new conflict that shares only a.txt's quote
        ConflictReport r = report(kase, a, article("b.txt", "Courier B", TOLL_B_AGREES), radio);

        assertThat(r.conflicts()).singleElement().satisfies(rc -> assertThat(rc.isOpen()).isTrue());
        assertThat(r.unattached()).hasSize(1);
    }

    @Test
    void aDecisionFromAFormatOneCaseStillMatchesByItsPlaceBasedId() {
        Conflict toll = only(report(CaseFile.empty(), a, b)).conflict();
        String oldId = Conflict.legacyIdOf(toll.kind(), toll.variants());
        CaseFile kase = CaseFile.empty().withResolution(new Resolution(oldId, ResolutionKind.ACCEPT_VARIANT, 1, "",
                "the governor's later count", java.time.Instant.now()));

        ResolvedConflict rc = only(report(kase, a, b));

        assertThat(rc.isOpen()).isFalse();
        assertThat(rc.acceptedIndex()).isEqualTo(1);
        assertThat(rc.changedSinceResolved()).isFalse();
    }

    @Test
    void resolvingAReattachedConflictAgainReplacesTheEarlierDecision() {
        CaseFile kase = acceptedB(a, b);
        Article radio = article("aa.txt", "Radio C", TOLL_C);
        ResolvedConflict changed = only(report(kase, a, radio, b));

        CaseFile again = ConflictResolver.disputed(kase, changed, "three outlets, two figures");

        assertThat(again.resolutions()).singleElement().satisfies(res -> {
            assertThat(res.conflictId()).isEqualTo(changed.conflict().id());
            assertThat(res.variants()).hasSize(3);
        });
        ResolvedConflict rc = only(report(again, a, radio, b));
        assertThat(rc.changedSinceResolved()).isFalse();
        assertThat(ConflictResolver.reopen(again, rc).resolutions()).isEmpty();
        assertThat(ConflictResolver.reopen(kase, changed).resolutions()).as("reopening a re-attached decision").isEmpty();
    }
}
