package org.triangulate.nlp;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CorrectionsTest {

    private static final String BODY = "Dowden said the Electoral Office and the Electoral Commission were hit. IN the UK, Cleverly agreed.";

    /** What an extractor might return for BODY, mistakes included. */
    private static List<Mention> extracted() {
        return List.of(
                mention("Dowden", EntityType.PERSON, "Oliver Dowden"),
                mention("Electoral Office", EntityType.ORGANIZATION, "Electoral Office"),
                mention("Electoral Commission", EntityType.ORGANIZATION, "Electoral Commission"),
                mention("IN", EntityType.LOCATION, "India"),
                mention("UK", EntityType.LOCATION, "United Kingdom"));
    }

    private static Mention mention(String text, EntityType type, String entity) {
        int start = BODY.indexOf(text);
        return new Mention(start, start + text.length(), text, type, entity);
    }

    @Test
    void renameChangesTheCanonicalNameOfEveryMention() {
        Corrections c = Corrections.none().with(new Correction.RenameEntity(EntityType.PERSON, "Oliver Dowden", "Sir Oliver Dowden"));
        assertThat(c.apply("a1", BODY, extracted())).filteredOn(m -> m.type() == EntityType.PERSON)
                .extracting(Mention::entity).containsExactly("Sir Oliver Dowden");
    }

    @Test
    void mergeMakesTwoEntitiesOne() {
        Corrections c = Corrections.none().with(new Correction.MergeEntities(
                EntityType.ORGANIZATION, "Electoral Office", EntityType.ORGANIZATION, "Electoral Commission"));
        assertThat(c.apply("a1", BODY, extracted())).filteredOn(m -> m.type() == EntityType.ORGANIZATION)
                .extracting(Mention::entity).containsOnly("Electoral Commission");
    }

    @Test
    void splitMovesOnlyTheWrongAliasToAnotherEntity() {
        List<Mention> mentions = List.of(mention("Electoral Office", EntityType.ORGANIZATION, "Electoral Commission"),
                mention("Electoral Commission", EntityType.ORGANIZATION, "Electoral Commission"));
        Corrections c = Corrections.none().with(new Correction.SplitAlias(
                EntityType.ORGANIZATION, "Electoral Commission", "Electoral Office", EntityType.ORGANIZATION, "Electoral Office (NZ)"));
        assertThat(c.apply("a1", BODY, mentions)).extracting(Mention::entity).containsExactly("Electoral Office (NZ)", "Electoral Commission");
    }

    @Test
    void deleteRemovesAFalseMentionOnlyInItsArticle() {
        int at = BODY.indexOf("IN");
        Corrections c = Corrections.none().with(new Correction.DeleteMention("a1", at, at + 2, "IN"));
        assertThat(c.apply("a1", BODY, extracted())).extracting(Mention::text).doesNotContain("IN");
        assertThat(c.apply("a2", BODY, extracted())).extracting(Mention::text).contains("IN");
    }

    @Test
    void addInsertsAMissedMentionReplacingWhatOverlapsIt() {
        int at = BODY.indexOf("Cleverly");
        Corrections c = Corrections.none().with(new Correction.AddMention("a1", at, at + 8, "Cleverly", EntityType.PERSON, "James Cleverly"));
        List<Mention> out = c.apply("a1", BODY, extracted());
        assertThat(out).extracting(Mention::text).endsWith("UK", "Cleverly");
        assertThat(out.get(out.size() - 1).entity()).isEqualTo("James Cleverly");
    }

    @Test
    void mentionCorrectionsFollowTheTextWhenOffsetsShift() {
        int at = BODY.indexOf("Cleverly");
        Corrections c = Corrections.none().with(new Correction.AddMention("a1", at, at + 8, "Cleverly", EntityType.PERSON, "James Cleverly"));
        String edited = "Update: " + BODY;
        List<Mention> out = c.apply("a1", edited, List.of());
        assertThat(out).singleElement().satisfies(m -> {
            assertThat(m.start()).isEqualTo(at + 8);
            assertThat(edited.substring(m.start(), m.end())).isEqualTo("Cleverly");
        });
    }

    @Test
    void correctionsSurviveAJsonRoundTripAndReapplyToFreshOutput() throws Exception {
        int at = BODY.indexOf("IN");
        Corrections c = Corrections.none()
                .with(new Correction.RenameEntity(EntityType.PERSON, "Oliver Dowden", "Sir Oliver Dowden"))
                .with(new Correction.MergeEntities(EntityType.ORGANIZATION, "Electoral Office", EntityType.ORGANIZATION, "Electoral Commission"))
                .with(new Correction.SplitAlias(EntityType.LOCATION, "United Kingdom", "UK", EntityType.LOCATION, "UK (test)"))
                .with(new Correction.DeleteMention("a1", at, at + 2, "IN"))
                .with(new Correction.AddMention("a1", BODY.indexOf("Cleverly"), BODY.indexOf("Cleverly") + 8, "Cleverly", EntityType.PERSON, "James Cleverly"));
        ObjectMapper json = new ObjectMapper();
        String saved = json.writeValueAsString(c);
        Corrections loaded = json.readValue(saved, Corrections.class);

        assertThat(saved).contains("\"kind\":\"rename\"", "\"kind\":\"add\"", "\"formatVersion\":1");
        assertThat(loaded).isEqualTo(c);
        assertThat(loaded.apply("a1", BODY, extracted())).isEqualTo(c.apply("a1", BODY, extracted()));
    }
}
