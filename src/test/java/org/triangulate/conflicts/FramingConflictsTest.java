package org.triangulate.conflicts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.conflicts.Statements.detect;
import static org.triangulate.conflicts.Statements.of;

import java.util.List;
import org.junit.jupiter.api.Test;

class FramingConflictsTest {

    @Test
    void aResponseAgainstAConcertedActByTheSamePartyIsALowSequenceFlag() {
        List<Conflict> found = detect(
                of("a.txt", "g1", "In response to the strikes, France announced new sanctions on the regime."),
                of("b.txt", "g2", "In a coordinated move, France announced new sanctions with its allies."));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ConflictKind.DATE);
            assertThat(c.severity()).isEqualTo(Severity.LOW);
            assertThat(c.summary()).contains("France");
        });
    }

    @Test
    void aResponseAndAnIndependentActDoNotClash() {
        assertThat(detect(
                of("a.txt", "g1", "In response to the strikes, France announced new sanctions."),
                of("b.txt", "g1", "Separately, France announced new sanctions on the regime."))).isEmpty();
    }

    @Test
    void differentPartiesActingDifferentlyAreNotCompared() {
        assertThat(detect(
                of("a.txt", "g1", "In response to the strikes, France announced new sanctions."),
                of("b.txt", "g2", "In a coordinated move, Germany announced new sanctions."))).isEmpty();
    }
}
