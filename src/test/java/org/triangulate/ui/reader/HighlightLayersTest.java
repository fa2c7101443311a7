package org.triangulate.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triangulate.corpus.TextSpan;
import org.triangulate.nlp.EntityType;
import org.triangulate.nlp.Mention;

class HighlightLayersTest {

    private static final String TEXT = "APT31 hit the Electoral Commission in London.";

    private static HighlightLayers.Inputs inputs(String selected, TextSpan chosen, List<TextSpan> hits, TextSpan current, Set<EntityType> hidden) {
        List<Mention> mentions = List.of(
                new Mention(0, 5, "APT31", EntityType.THREAT_ACTOR, "APT31"),
                new Mention(14, 34, "Electoral Commission", EntityType.ORGANIZATION, "Electoral Commission"),
                new Mention(38, 44, "London", EntityType.LOCATION, "United Kingdom"));
        return new HighlightLayers.Inputs(TEXT.length(), mentions, hidden, selected, chosen, null, hits, current, List.of());
    }

    @Test
    void runsCoverTheWholeTextWithEachMentionClassedByType() {
        List<StyleRun> runs = HighlightLayers.compute(inputs(null, null, List.of(), null, Set.of()));
        assertThat(runs.stream().mapToInt(StyleRun::length).sum()).isEqualTo(TEXT.length());
        assertThat(runs.get(0)).isEqualTo(new StyleRun(5, List.of("entity", "entity-threat-actor")));
        assertThat(runs.get(1)).isEqualTo(new StyleRun(9, List.of()));
        assertThat(runs.get(2).styleClasses()).containsExactly("entity", "entity-organization");
    }

    @Test
    void overlappingLayersCombineTheirClasses() {
        List<StyleRun> runs = HighlightLayers.compute(inputs("THREAT_ACTOR:APT31", new TextSpan(0, 45),
                List.of(new TextSpan(3, 5), new TextSpan(38, 44)), new TextSpan(38, 44), Set.of()));
        assertThat(runs.get(0)).isEqualTo(new StyleRun(3, List.of("sentence-chosen", "entity", "entity-threat-actor", "entity-selected")));
        assertThat(runs.get(1).styleClasses()).contains("entity-selected", "search-hit").doesNotContain("search-hit-current");
        StyleRun london = runs.stream().filter(r -> r.styleClasses().contains("search-hit-current")).findFirst().orElseThrow();
        assertThat(london.length()).isEqualTo(6);
        assertThat(london.styleClasses()).contains("entity-location", "search-hit");
    }

    @Test
    void hiddenTypesDropTheirMentionsUnlessSelected() {
        List<StyleRun> runs = HighlightLayers.compute(inputs("ORGANIZATION:Electoral Commission", null, List.of(), null,
                Set.of(EntityType.ORGANIZATION, EntityType.THREAT_ACTOR)));
        assertThat(runs.get(0)).isEqualTo(new StyleRun(14, List.of()));
        assertThat(runs.get(1).styleClasses()).contains("entity-selected");
    }

    @Test
    void spansPastTheEndAreClipped() {
        List<StyleRun> runs = HighlightLayers.compute(new HighlightLayers.Inputs(10, List.of(), Set.of(), null,
                new TextSpan(5, 400), null, List.of(), null, List.of()));
        assertThat(runs).containsExactly(new StyleRun(5, List.of()), new StyleRun(5, List.of("sentence-chosen")));
    }

    @Test
    void suggestedAndSavedClaimsAreOutlinedDifferently() {
        List<StyleRun> runs = HighlightLayers.compute(new HighlightLayers.Inputs(10, List.of(), Set.of(), null, null, null,
                List.of(), null, List.of(new HighlightLayers.ClaimMark(0, 4, false), new HighlightLayers.ClaimMark(6, 10, true))));
        assertThat(runs).containsExactly(new StyleRun(4, List.of("claim-suggested")), new StyleRun(2, List.of()),
                new StyleRun(4, List.of("claim-saved")));
    }

    @Test
    void conflictingQuotesAreMarkedOpenOrResolved() {
        List<StyleRun> runs = HighlightLayers.compute(new HighlightLayers.Inputs(10, List.of(), Set.of(), null, null, null, null,
                List.of(), null, List.of(new HighlightLayers.ClaimMark(0, 4, false)),
                List.of(new HighlightLayers.ConflictMark(0, 4, false), new HighlightLayers.ConflictMark(6, 10, true))));
        assertThat(runs).containsExactly(new StyleRun(4, List.of("claim-suggested", "conflict-open")), new StyleRun(2, List.of()),
                new StyleRun(4, List.of("conflict-resolved")));
    }
}
