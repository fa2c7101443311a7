package org.triangulate.briefing;

import java.util.List;
import java.util.Objects;
import org.triangulate.casefile.Resolution;

/**
 * What the briefing needs to know of one conflict between sources. This is the seam to conflict detection: the
 * detector's output is adapted to this record, so the briefing does not depend on how conflicts are found.
 *
 * @param id         the conflict's stable id (resolutions refer to it)
 * @param kind       what disagrees, in words: "QUANTITY", "OUTCOME", "CERTAINTY", "ATTRIBUTION", "DATE"
 * @param severity   how much it matters to the briefing
 * @param groupId    the claim group it concerns, or null
 * @param summary    one line saying what the sources disagree about
 * @param variants   what each source says, at least two
 * @param resolution the analyst's decision; null lets the briefing look the id up among the case's resolutions,
 *                   and with none there the conflict is shown unresolved
 */
public record BriefingConflict(String id, String kind, Severity severity, String groupId, String summary,
                               List<Variant> variants, Settlement resolution) {

    public BriefingConflict {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        kind = kind == null ? "" : kind;
        summary = summary == null ? "" : summary;
        variants = variants == null ? List.of() : List.copyOf(variants);
    }

    public boolean isResolved() {
        return resolution != null;
    }

    public enum Severity { HIGH, MEDIUM, LOW }

    /**
     * One source's version.
     *
     * @param outlet the outlet as the article names it (or null)
     * @param file   article file, relative to the corpus folder
     * @param start  body offset of the quote
     * @param end    body offset after the quote
     * @param quote  the exact quote
     * @param value  the disputed value in normal form ("10000", "thwarted"), or empty
     */
    public record Variant(String outlet, String file, int start, int end, String quote, String value) {
        public Variant {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(quote, "quote");
            value = value == null ? "" : value;
        }
    }

    /**
     * How the analyst settled it.
     *
     * @param decision  in words: "accepted variant 2", "merged reading: ...", "disputed", "not a conflict"
     * @param rationale why
     */
    public record Settlement(String decision, String rationale) {
        public Settlement {
            decision = decision == null ? "" : decision;
            rationale = rationale == null ? "" : rationale;
        }

        /** The analyst's saved resolution in words; {@code variants} name the accepted one. */
        public static Settlement from(Resolution r, List<Variant> variants) {
            String decision = switch (r.kind()) {
                case ACCEPT_VARIANT -> r.acceptedVariant() >= 0 && r.acceptedVariant() < variants.size()
                        ? "Accepted: " + describe(variants.get(r.acceptedVariant()))
                        : r.accepted() != null ? "Accepted: " + r.accepted().file() + "'s version"
                        : "Accepted variant " + (r.acceptedVariant() + 1);
                case MERGED_READING -> "Reading: " + r.reading();
                case DISPUTED -> "Disputed: the sources genuinely disagree";
                case NOT_A_CONFLICT -> "Not a conflict";
            };
            return new Settlement(decision, r.rationale());
        }

        private static String describe(Variant v) {
            String who = v.outlet() == null || v.outlet().isBlank() ? v.file() : v.outlet();
            return v.value().isBlank() ? who + "'s version" : v.value() + " (" + who + ")";
        }
    }
}
