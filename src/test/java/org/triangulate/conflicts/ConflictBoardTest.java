package org.triangulate.conflicts;

import static org.triangulate.conflicts.TestArticles.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triangulate.casefile.CaseFile;
import org.triangulate.casefile.ClaimStatus;
import org.triangulate.casefile.Credibility;
import org.triangulate.casefile.CredibilityOverride;
import org.triangulate.casefile.Reliability;
import org.triangulate.casefile.ResolutionKind;
import org.triangulate.casefile.SourceGrade;
import org.triangulate.casefile.Stance;
import org.triangulate.claims.ClaimOverview;
import org.triangulate.claims.ClaimView;
import org.triangulate.claims.GroupView;
import org.triangulate.corpus.Article;
import org.triangulate.corpus.TextSpan;

/** Coverage, credibility, reliability and resolutions over a small hand-made corpus of three outlets. */
class ConflictBoardTest {

    private static final String QUAKE_A = "Officials said 41 people were killed in the earthquake on Monday. Rescue teams reached the valley by road.";
    private static final String QUAKE_B = "The governor said 90 people died when the ground shook. Helicopters carried rescuers into the mountains.";
    private static final String QUAKE_C = "The president visited the region on Friday.";

    private final List<Article> articles = List.of(
            article("a.txt", "Daily A", QUAKE_A), article("b.txt", "Courier B", QUAKE_B), article("c.txt", null, QUAKE_C));

    private ClaimOverview overview() {
        ClaimView a = claim("a.txt", QUAKE_A, 0);
        ClaimView b = claim("b.txt", QUAKE_B, 0);
        ClaimView a2 = claim("a.txt", QUAKE_A, 1);
        ClaimView b2 = claim("b.txt", QUAKE_B, 1);
        return new ClaimOverview(List.of(new GroupView("g1", "toll", 2, false, List.of(a, b)),
                new GroupView("g2", "rescue", 2, false, List.of(a2, b2))), List.of(claim("c.txt", QUAKE_C, 0)));
    }

    private ClaimView claim(String file, String body, int sentence) {
        TextSpan s = articles.stream().filter(x -> x.file().equals(file)).findFirst().orElseThrow().sentences().get(sentence);
        return new ClaimView(null, file, file, s.start(), s.end(), body.substring(s.start(), s.end()), "the outlet",
                Stance.ASSERTED, ClaimStatus.SUGGESTED, List.of(), List.of(), List.of());
    }

    private ConflictReport report(CaseFile kase) {
        return new ConflictBoard().report(overview(), articles, id -> List.of(), kase);
    }

    @Test
    void omissionShowsAsSilentAndAContradictedVariantAsReportedDifferently() {
        ConflictReport r = report(CaseFile.empty());
        assertThat(r.coverage().outlets()).containsExactly("Daily A", "Courier B", "c.txt");
        Map<String, CoverageCell> toll = r.coverage().rows().get(0).cells();
        assertThat(toll).containsEntry("Daily A", CoverageCell.REPORTED_DIFFERENTLY)
                .containsEntry("Courier B", CoverageCell.REPORTED_DIFFERENTLY).containsEntry("c.txt", CoverageCell.SILENT);
        Map<String, CoverageCell> rescue = r.coverage().rows().get(1).cells();
        assertThat(rescue).containsEntry("Daily A", CoverageCell.REPORTED).containsEntry("c.txt", CoverageCell.SILENT);
    }

    @Test
    void aResolvedConflictIsNoLongerOpenAndKeepsItsResolutionAcrossRuns() {
        Conflict toll = report(CaseFile.empty()).conflicts().get(0).conflict();
        CaseFile kase = ConflictResolver.acceptVariant(CaseFile.empty(), toll, 1, "the later official figure");
        ConflictReport again = report(kase);
        assertThat(again.conflicts()).singleElement().satisfies(rc -> {
            assertThat(rc.conflict().id()).isEqualTo(toll.id());
            assertThat(rc.isOpen()).isFalse();
            assertThat(rc.resolution().kind()).isEqualTo(ResolutionKind.ACCEPT_VARIANT);
        });
        assertThat(again.coverage().rows().get(0).cells()).containsEntry("Daily A", CoverageCell.REPORTED);
        assertThat(report(ConflictResolver.reopen(kase, toll)).open()).hasSize(1);
    }

    @Test
    void acceptingAVariantTheConflictDoesNotHaveIsRefused() {
        Conflict toll = report(CaseFile.empty()).conflicts().get(0).conflict();
        assertThatThrownBy(() -> ConflictResolver.acceptVariant(CaseFile.empty(), toll, 5, "why"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOpenHighConflictLowersTheProposedCredibilityAndTheOverrideWins() {
        ConflictReport r = report(CaseFile.empty());
        GroupCredibility toll = r.credibility().get(0);
        GroupCredibility rescue = r.credibility().get(1);
        assertThat(rescue.proposed()).isEqualTo(Credibility.PROBABLY_TRUE);
        assertThat(toll.proposed()).isEqualTo(Credibility.DOUBTFUL);
        CaseFile kase = CaseFile.empty().withCredibilityOverride("g1",
                new CredibilityOverride("g1", Credibility.POSSIBLY_TRUE, "the ministry has since confirmed 90"));
        GroupCredibility overridden = report(kase).credibility().get(0);
        assertThat(overridden.proposed()).isEqualTo(Credibility.DOUBTFUL);
        assertThat(overridden.effective()).isEqualTo(Credibility.POSSIBLY_TRUE);
    }

    @Test
    void aDisputedResolutionStillWeighsOnCredibility() {
        Conflict toll = report(CaseFile.empty()).conflicts().get(0).conflict();
        CaseFile kase = ConflictResolver.disputed(CaseFile.empty(), toll, "the two counts come from different agencies");
        assertThat(report(kase).credibility().get(0).proposed()).isEqualTo(Credibility.DOUBTFUL);
        CaseFile settled = ConflictResolver.notAConflict(CaseFile.empty(), toll, "");
        assertThat(report(settled).credibility().get(0).proposed()).isEqualTo(Credibility.PROBABLY_TRUE);
    }

    @Test
    void outletsAreUngradedFUntilTheAnalystGradesThem() {
        CaseFile kase = CaseFile.empty().withSourceGrade(new SourceGrade("Daily A", Reliability.B));
        assertThat(report(kase).reliability()).containsExactly(new OutletReliability("Daily A", Reliability.B, true),
                new OutletReliability("Courier B", Reliability.F, false), new OutletReliability("c.txt", Reliability.F, false));
    }

    @Test
    void moreIndependentSourcesConfirmAndASingleOneIsOnlyPossible() {
        assertThat(CredibilityProposal.propose(3, List.of()).grade()).isEqualTo(Credibility.CONFIRMED);
        assertThat(CredibilityProposal.propose(1, List.of()).grade()).isEqualTo(Credibility.POSSIBLY_TRUE);
        assertThat(CredibilityProposal.propose(0, List.of()).grade()).isEqualTo(Credibility.CANNOT_BE_JUDGED);
    }
}
