package org.triangulate.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.casefile.QuoteRef;
import org.triangulate.casefile.Resolution;
import org.triangulate.casefile.ResolutionKind;
import org.triangulate.conflicts.Conflict;
import org.triangulate.conflicts.ConflictKind;
import org.triangulate.conflicts.ConflictReport;
import org.triangulate.conflicts.Coverage;
import org.triangulate.conflicts.ResolvedConflict;
import org.triangulate.conflicts.Severity;
import org.triangulate.conflicts.Variant;

class DetectedEvidenceTest {

    private static final Variant A = new Variant("a", "a.txt", "Daily A", 0, 30, "Officials said 41 people died.", "41 people killed");
    private static final Variant B = new Variant("b", "b.txt", "Courier B", 0, 31, "The governor said 90 people died.", "90 people killed");
    private static final Variant C = new Variant("c", "c.txt", "Radio C", 0, 28, "Radio said 41 people died.", "41 people killed");

    @Test
    void aDecisionTheReportReattachedToAChangedConflictReachesTheBriefing() {
        Conflict now = Conflict.of(ConflictKind.QUANTITY, Severity.HIGH, "g1", "toll", "41 vs 90", List.of(A, B, C));
        QuoteRef b = Conflict.ref(B);
        Resolution earlier = new Resolution("q-before-radio-joined", ResolutionKind.ACCEPT_VARIANT, 1, "", "later count",
                Instant.now(), "QUANTITY", List.of(Conflict.ref(A), b), b);
        ResolvedConflict rc = new ResolvedConflict(now, earlier.withAcceptedIndex(now.indexOf(b)), List.of("added: Radio C"));

        EvidenceInput in = DetectedEvidence.from(new ConflictReport(List.of(rc), new Coverage(List.of(), List.of()),
                List.of(), List.of()));

        BriefingConflict.Settlement s = in.conflicts().get(0).resolution();
        assertThat(s).isNotNull();
        assertThat(s.decision()).contains("Courier B").contains("before the sources changed");
        assertThat(s.rationale()).isEqualTo("later count");
    }

    @Test
    void anAcceptedVariantThatLeftTheConflictIsNamedByItsFile() {
        Conflict now = Conflict.of(ConflictKind.QUANTITY, Severity.HIGH, "g1", "toll", "41 vs 90", List.of(A, B));
        QuoteRef c = Conflict.ref(C);
        Resolution earlier = new Resolution("q-old", ResolutionKind.ACCEPT_VARIANT, 2, "", "radio was there",
                Instant.now(), "QUANTITY", List.of(Conflict.ref(A), Conflict.ref(B), c), c);
        ResolvedConflict rc = new ResolvedConflict(now, earlier.withAcceptedIndex(-1), List.of("no longer a variant: c.txt"));

        EvidenceInput in = DetectedEvidence.from(new ConflictReport(List.of(rc), new Coverage(List.of(), List.of()),
                List.of(), List.of()));

        assertThat(in.conflicts().get(0).resolution().decision()).contains("c.txt");
    }
}
