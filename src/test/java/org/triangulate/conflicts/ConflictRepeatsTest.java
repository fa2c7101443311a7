package org.triangulate.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConflictRepeatsTest {

    static Variant v(String file, int start) {
        return new Variant("id-" + file, file, file, start, start + 10, "text " + file, "value");
    }

    @Test
    void aConflictWithinAnotherOfTheSameKindIsReportedOnce() {
        Conflict wide = Conflict.of(ConflictKind.DATE, Severity.MEDIUM, "g1", "wide", "r", List.of(v("a", 1), v("b", 2), v("c", 3)));
        Conflict narrow = Conflict.of(ConflictKind.DATE, Severity.LOW, null, "narrow", "r", List.of(v("a", 1), v("c", 3)));
        Conflict otherKind = Conflict.of(ConflictKind.QUANTITY, Severity.LOW, null, "q", "r", List.of(v("a", 1), v("c", 3)));
        assertThat(ConflictDetector.withoutRepeats(List.of(wide, narrow, otherKind))).containsExactly(wide, otherKind);
    }

    @Test
    void aMoreSevereNarrowConflictIsKept() {
        Conflict wide = Conflict.of(ConflictKind.DATE, Severity.LOW, "g1", "wide", "r", List.of(v("a", 1), v("b", 2), v("c", 3)));
        Conflict narrow = Conflict.of(ConflictKind.DATE, Severity.HIGH, null, "narrow", "r", List.of(v("a", 1), v("c", 3)));
        assertThat(ConflictDetector.withoutRepeats(List.of(wide, narrow))).containsExactly(wide, narrow);
    }
}
