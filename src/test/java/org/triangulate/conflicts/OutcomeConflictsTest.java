package org.triangulate.conflicts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.conflicts.Statements.after;
import static org.triangulate.conflicts.Statements.detect;
import static org.triangulate.conflicts.Statements.of;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeConflictsTest {

    @Test
    void compromisedAgainstThwartedIsAnOutcomeConflictWithTheTargetFromThePreviousSentence() {
        List<Conflict> found = detect(
                of("a.txt", "g1", "The minister said a state-backed group had likely compromised the Port Authority."),
                after("b.txt", "g2", "Officials said attempts were made to compromise the Port Authority last year.",
                        "However, officials assured that these efforts were thwarted."));
        assertThat(found).filteredOn(c -> c.kind() == ConflictKind.OUTCOME).singleElement().satisfies(c -> {
            assertThat(c.severity()).isEqualTo(Severity.HIGH);
            assertThat(c.variants()).extracting(Variant::file).containsExactly("a.txt", "b.txt");
            assertThat(c.variants().get(1).value()).contains("thwarted").contains("Port Authority");
        });
    }

    @Test
    void anAttemptIsNotAContradictionOfSuccess() {
        assertThat(detect(
                of("a.txt", "g1", "Hackers compromised the Port Authority in March."),
                of("b.txt", "g1", "Hackers attempted to breach the Port Authority in March."))).isEmpty();
    }

    @Test
    void aNegatedSuccessCountsAsThwarted() {
        List<Conflict> found = detect(
                of("a.txt", "g1", "The hackers breached the Finance Ministry, the report said."),
                of("b.txt", "g1", "The Finance Ministry was not breached, a spokesman said."));
        assertThat(found).extracting(Conflict::kind).contains(ConflictKind.OUTCOME);
    }

    @Test
    void hedgedAgainstAssertedIsAWeakCertaintyConflict() {
        List<Conflict> found = detect(
                of("a.txt", "g1", "Russian hackers likely compromised the Central Bank, officials said."),
                of("b.txt", "g1", "Russian hackers compromised the Central Bank, officials said."));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ConflictKind.CERTAINTY);
            assertThat(c.severity()).isEqualTo(Severity.LOW);
        });
    }

    @Test
    void outcomesForDifferentTargetsAreNotCompared() {
        assertThat(detect(
                of("a.txt", "g1", "Hackers compromised the Central Bank."),
                of("b.txt", "g1", "An attack on the Stock Exchange was thwarted."))).isEmpty();
    }

    @Test
    void theAgentIsNotTakenForTheTarget() {
        assertThat(detect(
                of("a.txt", "g1", "The Port Authority suffered a breach by Sandworm, officials said."),
                of("b.txt", "g1", "An attempt by Sandworm to take down the grid was thwarted."))).isEmpty();
    }

    @Test
    void anOpenQuestionIsNoOutcome() {
        assertThat(detect(
                of("a.txt", "g1", "Hackers compromised the Central Bank, officials said."),
                of("b.txt", "g1", "Officials would not say whether hackers compromised the Central Bank."))).isEmpty();
    }

    @Test
    void theSpeakerIsNotTakenForTheTarget() {
        // Both sentences are the Health Ministry speaking about different things it names with common nouns.
        assertThat(detect(
                of("a.txt", "g1", "The Health Ministry said hospital systems had been compromised overnight."),
                of("b.txt", "g1", "The Health Ministry said a separate attack on its payroll vendor was thwarted."))).isEmpty();
    }

    @Test
    void aNamedTargetAfterTheSpeakerIsStillFound() {
        List<Conflict> found = detect(
                of("a.txt", "g1", "The Health Ministry said the National Hospital had been compromised."),
                of("b.txt", "g1", "Officials said an attack on the National Hospital was thwarted."));
        assertThat(found).filteredOn(c -> c.kind() == ConflictKind.OUTCOME).singleElement()
                .satisfies(c -> assertThat(c.variants().get(0).value()).contains("National Hospital"));
    }
}
