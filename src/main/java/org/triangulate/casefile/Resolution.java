package org.triangulate.casefile;

import java.time.Instant;
import java.util.Objects;

/**
 * The analyst's decision on one conflict.
 *
 * @param conflictId      the conflict's stable id
 * @param kind            how it was settled
 * @param acceptedVariant index of the accepted variant (ACCEPT_VARIANT), else -1
 * @param reading         the analyst's merged reading (MERGED_READING), else empty
 * @param rationale       why; required for everything but NOT_A_CONFLICT
 * @param decided         when
 */
public record Resolution(String conflictId, ResolutionKind kind, int acceptedVariant, String reading, String rationale,
                         Instant decided) {

    public Resolution {
        Objects.requireNonNull(conflictId, "conflictId");
        Objects.requireNonNull(kind, "kind");
        reading = reading == null ? "" : reading;
        rationale = rationale == null ? "" : rationale;
        if (kind != ResolutionKind.NOT_A_CONFLICT && rationale.isBlank()) {
            throw new IllegalArgumentException("a rationale is required to resolve a conflict as " + kind);
        }
        if (kind == ResolutionKind.ACCEPT_VARIANT && acceptedVariant < 0) {
            throw new IllegalArgumentException("say which variant is accepted");
        }
        if (kind == ResolutionKind.MERGED_READING && reading.isBlank()) {
            throw new IllegalArgumentException("write the merged reading");
        }
    }
}
