package org.triangulate.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.casefile.BriefingDraft.Section;
import org.triangulate.workspace.Json;

class BriefingDraftTest {

    private static KeyJudgment judgment(String id) {
        return new KeyJudgment(id, "Judgment " + id, Likelihood.LIKELY, null, List.of());
    }

    @Test
    void aCaseSavedBeforeSectionsCouldBeMovedLoadsWithTheDefaultOrder() throws Exception {
        String old = "{\"formatVersion\": 1, \"briefing\": {\"title\": \"T\", \"classification\": \"OFFICIAL\", "
                + "\"bluf\": \"B.\", \"blufEdited\": true, \"judgments\": []}}";
        CaseFile k = Json.mapper().readValue(old, CaseFile.class);
        assertThat(k.briefing().sections()).isEqualTo(Section.DEFAULT_ORDER);
        assertThat(k.briefing().bluf()).isEqualTo("B.");
    }

    @Test
    void theSectionOrderIsSavedAndReadBack() throws Exception {
        BriefingDraft moved = BriefingDraft.empty().withSectionMoved(Section.SOURCES, -10).withSectionMoved(Section.BLUF, 1);
        assertThat(moved.sections()).startsWith(Section.SOURCES, Section.JUDGMENTS, Section.BLUF);
        CaseFile k = CaseFile.empty().withBriefing(moved);
        CaseFile back = Json.mapper().readValue(Json.mapper().writeValueAsString(k), CaseFile.class);
        assertThat(back.briefing().sections()).isEqualTo(moved.sections());
    }

    @Test
    void unknownRepeatedOrMissingSectionsAreMadeGood() throws Exception {
        String json = "{\"sections\": [\"ENTITIES\", \"TIMELINE\", \"entities\", \"BLUF\"]}";
        BriefingDraft d = Json.mapper().readValue(json, BriefingDraft.class);
        assertThat(d.sections()).containsExactly(Section.ENTITIES, Section.BLUF, Section.JUDGMENTS, Section.AGREEMENT,
                Section.DISAGREEMENT, Section.COVERAGE, Section.SOURCES);
    }

    @Test
    void addingAJudgmentKeepsTheSectionOrder() {
        CaseFile k = CaseFile.empty().withBriefing(BriefingDraft.empty().withSectionMoved(Section.ENTITIES, -6));
        k = k.withNewJudgment(judgment(null));
        assertThat(k.briefing().sections()).first().isEqualTo(Section.ENTITIES);
        assertThat(k.briefing().judgments()).hasSize(1);
    }

    @Test
    void judgmentsAreReplacedRemovedAndMovedByIdWithinTheList() {
        BriefingDraft d = BriefingDraft.empty().withJudgments(List.of(judgment("j1"), judgment("j2"), judgment("j3")));
        assertThat(d.withJudgmentMoved("j3", -1).judgments()).extracting(KeyJudgment::id).containsExactly("j1", "j3", "j2");
        assertThat(d.withJudgmentMoved("j1", -1).judgments()).extracting(KeyJudgment::id).containsExactly("j1", "j2", "j3");
        assertThat(d.withJudgmentMoved("j1", 5).judgments()).extracting(KeyJudgment::id).containsExactly("j2", "j3", "j1");
        assertThat(d.withoutJudgment("j2").judgments()).extracting(KeyJudgment::id).containsExactly("j1", "j3");
        KeyJudgment edited = new KeyJudgment("j2", "Edited", null, Confidence.HIGH, List.of("g1"));
        assertThat(d.withJudgmentReplaced("j2", edited).judgments()).containsExactly(judgment("j1"), edited, judgment("j3"));
    }
}
