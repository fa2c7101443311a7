package org.triangulate.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.casefile.BriefingDraft;

class BriefingAssemblerTest {

    private final BriefingFixture fixture = new BriefingFixture().withAnalystWork();

    @Test
    void cutOffIsTheLatestArticleDate() {
        assertThat(fixture.assemble(fixture.conflicts()).header().cutOff()).isEqualTo(LocalDate.of(2024, 3, 26));
    }

    @Test
    void onlyTheAnalystsGroupsCountAsAgreementOnceAnyIsAccepted() {
        Briefing.Agreement agreement = fixture.assemble(fixture.conflicts()).agreement();
        assertThat(agreement.reviewed()).isTrue();
        assertThat(agreement.points()).extracting(p -> p.statement().text())
                .containsExactly("The US Justice Department charged seven Chinese nationals.", "China denied the accusations.");
        assertThat(agreement.points().get(0).credibility()).isEqualTo("2 \u2014 Probably true");
    }

    @Test
    void anUneditedBlufIsADraftOfTheBestSupportedGroupsMostCredibleFirst() {
        BriefingDraft b = fixture.kase.briefing();
        fixture.kase = fixture.kase.withBriefing(new BriefingDraft(b.title(), b.classification(), "stale text", false, b.judgments()));
        Briefing.Bluf bluf = fixture.assemble(fixture.conflicts()).bluf();
        assertThat(bluf.draft()).isTrue();
        assertThat(bluf.sentences()).extracting(Statement::text)
                .containsExactly("The US Justice Department charged seven Chinese nationals.", "China denied the accusations.");
        assertThat(bluf.sentences()).allMatch(Statement::isCited);
    }

    @Test
    void theSameQuoteKeepsOneNumberWhereverItIsCited() {
        Briefing briefing = fixture.assemble(fixture.conflicts());
        int denial = briefing.agreement().points().get(1).statement().refs().get(1);
        Briefing.Disagreement day = briefing.disagreements().get(1);
        assertThat(day.variants().get(0).quote().refs()).containsExactly(denial);
        assertThat(briefing.citations()).extracting(Citation::number).doesNotHaveDuplicates()
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, briefing.citations().size()).boxed().toList());
    }

    @Test
    void aConflictWithoutASettlementTakesTheAnalystsResolutionFromTheCase() {
        fixture.kase = fixture.kase.withResolution(new org.triangulate.casefile.Resolution("k2",
                org.triangulate.casefile.ResolutionKind.ACCEPT_VARIANT, 0, "", "Reuters dates the statement.", null));
        Briefing.Disagreement day = fixture.assemble(fixture.conflicts()).disagreements().get(1);
        assertThat(day.resolved()).isTrue();
        assertThat(day.decision()).isEqualTo("Accepted: Tuesday (Reuters)");
        assertThat(day.rationale()).isEqualTo("Reuters dates the statement.");
    }

    @Test
    void anUnsettledConflictWithNoResolutionInTheCaseStaysUnresolved() {
        assertThat(fixture.assemble(fixture.conflicts()).disagreements().get(1).resolved()).isFalse();
    }

    @Test
    void coverageMarksWhichOutletCarriesEachGroup() {
        Briefing.Coverage coverage = fixture.assemble(fixture.conflicts()).coverage();
        assertThat(coverage.outlets()).containsExactly("Reuters", "BBC News", "Dawn");
        assertThat(coverage.rows().get(0).reported()).containsExactly(true, true, false);
    }

    @Test
    void sourcesCarryGradesAndWireCopyOrigins() {
        List<Briefing.SourceRow> sources = fixture.assemble(fixture.conflicts()).sources();
        assertThat(sources).extracting(Briefing.SourceRow::origin).containsExactly("O1", "O2", "O1");
        assertThat(sources.get(2).wireCopyOf()).containsExactly("reuters.txt");
        assertThat(sources.get(1).wireCopyOf()).isEmpty();
        assertThat(sources).extracting(s -> s.reliability().name()).containsExactly("A", "B", "F");
    }

    @Test
    void withoutATitleTheBriefingIsNamedAfterTheArticleCarryingMostAgreedPoints() {
        // Reuters and BBC carry both agreed points, Dawn none; on a tie the first file (bbc.txt) names it
        BriefingDraft b = fixture.kase.briefing();
        fixture.kase = fixture.kase.withBriefing(new BriefingDraft("", b.classification(), b.bluf(), true, b.judgments()));
        assertThat(fixture.assemble(fixture.conflicts()).header().title()).isEqualTo("Briefing: Seven charged in hacking campaign");
    }
}
