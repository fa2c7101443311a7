package org.triangulate.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triangulate.casefile.BriefingDraft;
import org.triangulate.casefile.Confidence;
import org.triangulate.casefile.KeyJudgment;
import org.triangulate.casefile.Likelihood;

class BriefingLinterTest {

    private final BriefingFixture fixture = new BriefingFixture().withAnalystWork();
    private final BriefingLinter linter = new BriefingLinter();

    private List<LintWarning> lint() {
        return linter.lint(fixture.assemble(fixture.conflicts()));
    }

    private List<LintWarning.Rule> rules() {
        return lint().stream().map(LintWarning::rule).toList();
    }

    private void judgment(String text, Likelihood likelihood, Confidence confidence, List<String> groups) {
        fixture.kase = fixture.kase.withNewJudgment(new KeyJudgment(null, text, likelihood, confidence, groups));
    }

    @Test
    void aCarefulBriefingHasNoWarnings() {
        assertThat(lint()).isEmpty();
    }

    @Test
    void ukYardstickTermsBesideIcdTermsAreMixedScales() {
        judgment("There is a realistic possibility of further indictments.", Likelihood.LIKELY, null, List.of(fixture.chargesGroup));
        assertThat(rules()).containsExactly(LintWarning.Rule.MIXED_LIKELIHOOD_SCALES);
        assertThat(lint().get(0).message()).contains("ICD 203").contains("UK yardstick");
    }

    @Test
    void percentagesBesideIcdTermsAreMixedScales() {
        judgment("A further campaign is 70% likely this year.", null, null, List.of(fixture.chargesGroup));
        assertThat(rules()).contains(LintWarning.Rule.MIXED_LIKELIHOOD_SCALES);
    }

    @Test
    void icdTermsAloneAreOneScale() {
        judgment("Further indictments are very likely.", Likelihood.VERY_LIKELY, null, List.of(fixture.chargesGroup));
        assertThat(rules()).doesNotContain(LintWarning.Rule.MIXED_LIKELIHOOD_SCALES);
    }

    @Test
    void aJudgmentWithBothLikelihoodAndConfidenceIsFlagged() {
        judgment("More charges will follow.", Likelihood.LIKELY, Confidence.HIGH, List.of(fixture.chargesGroup));
        assertThat(rules()).containsExactly(LintWarning.Rule.LIKELIHOOD_WITH_CONFIDENCE);
    }

    @Test
    void confidenceWrittenIntoALikelihoodSentenceIsFlagged() {
        judgment("We assess with high confidence that more charges are likely.", null, null, List.of(fixture.chargesGroup));
        assertThat(rules()).contains(LintWarning.Rule.LIKELIHOOD_WITH_CONFIDENCE);
    }

    @Test
    void aJudgmentWithNoSupportingGroupIsFlagged() {
        judgment("The campaign continues.", null, Confidence.LOW, List.of());
        judgment("The campaign is state-run.", null, Confidence.LOW, List.of("g999"));
        List<LintWarning> warnings = lint();
        assertThat(warnings).extracting(LintWarning::rule)
                .containsExactly(LintWarning.Rule.UNSUPPORTED_JUDGMENT, LintWarning.Rule.UNSUPPORTED_JUDGMENT);
        assertThat(warnings.get(1).message()).contains("g999");
    }

    @Test
    void aBlufSentenceWithoutAGroupMarkerIsAnUncitedFact() {
        BriefingDraft b = fixture.kase.briefing();
        fixture.kase = fixture.kase.withBriefing(new BriefingDraft(b.title(), b.classification(),
                "Washington charged seven Chinese nationals [" + fixture.chargesGroup + "]. The hackers used zero-days.",
                true, b.judgments()));
        List<LintWarning> warnings = lint();
        assertThat(warnings).extracting(LintWarning::rule).containsExactly(LintWarning.Rule.UNCITED_FACT);
        assertThat(warnings.get(0).message()).contains("The hackers used zero-days.").doesNotContain("Washington");
    }

    @Test
    void anUnresolvedHighSeverityConflictIsFlaggedButNotAMediumOne() {
        EvidenceInput evidence = fixture.conflicts();
        BriefingConflict high = evidence.conflicts().get(0);
        BriefingConflict reopened = new BriefingConflict(high.id(), high.kind(), high.severity(), high.groupId(),
                high.summary(), high.variants(), null);
        List<LintWarning> warnings = linter.lint(fixture.assemble(
                new EvidenceInput(List.of(reopened, evidence.conflicts().get(1)), Map.of())));
        assertThat(warnings).extracting(LintWarning::rule).containsExactly(LintWarning.Rule.UNRESOLVED_HIGH_SEVERITY_CONFLICT);
        assertThat(warnings.get(0).message()).contains("How many emails the campaign sent");
    }
}
