package org.triangulate.casefile;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The analyst's decision on one conflict, with what it decided on: the conflict's kind and its variants by article
 * and quote (not offsets), and the accepted variant the same way. When detection later finds the conflict changed
 * (an article edited or added) the decision is matched to it again by these and shown as changed since resolved.
 *
 * @param conflictId      the id of the conflict when it was resolved
 * @param kind            how it was settled
 * @param acceptedVariant index of the accepted variant among the conflict's variants (ACCEPT_VARIANT), else -1.
 *                        Stored for case files without {@code accepted}; in a report it is the index in the
 *                        conflict as it is now, or -1 when the accepted variant is no longer among them
 * @param reading         the analyst's merged reading (MERGED_READING), else empty
 * @param rationale       why; required for everything but NOT_A_CONFLICT
 * @param decided         when
 * @param conflictKind    the conflict's kind ("QUANTITY"), or null in case files from before format 2
 * @param variants        the conflict's variants when it was resolved; empty in case files from before format 2
 * @param accepted        the accepted variant (ACCEPT_VARIANT), else null
 */
public record Resolution(String conflictId, ResolutionKind kind, int acceptedVariant, String reading, String rationale,
                         Instant decided, String conflictKind, List<QuoteRef> variants, QuoteRef accepted) {

    @JsonCreator
    public Resolution {
        Objects.requireNonNull(conflictId, "conflictId");
        Objects.requireNonNull(kind, "kind");
        reading = reading == null ? "" : reading;
        rationale = rationale == null ? "" : rationale;
        variants = variants == null ? List.of() : List.copyOf(variants);
        if (kind != ResolutionKind.ACCEPT_VARIANT) {
            accepted = null;
        }
        if (kind != ResolutionKind.NOT_A_CONFLICT && rationale.isBlank()) {
            throw new IllegalArgumentException("a rationale is required to resolve a conflict as " + kind);
        }
        if (kind == ResolutionKind.ACCEPT_VARIANT && acceptedVariant < 0 && accepted == null) {
            throw new IllegalArgumentException("say which variant is accepted");
        }
        if (kind == ResolutionKind.MERGED_READING && reading.isBlank()) {
            throw new IllegalArgumentException("write the merged reading");
        }
    }

    /** A decision without a record of what it decided on, as case files before format 2 hold them. */
    public Resolution(String conflictId, ResolutionKind kind, int acceptedVariant, String reading, String rationale,
                      Instant decided) {
        this(conflictId, kind, acceptedVariant, reading, rationale, decided, null, List.of(), null);
    }

    /** True for a decision saved before variants were recorded: it can only be matched by its conflict id. */
    public boolean isLegacy() {
        return variants.isEmpty();
    }

    /** The same decision with the accepted variant's index in the conflict as it is now (-1: no longer there). */
    public Resolution withAcceptedIndex(int index) {
        return new Resolution(conflictId, kind, index, reading, rationale, decided, conflictKind, variants, accepted);
    }
}
