package org.triangulate.casefile;

import java.util.Objects;

/**
 * The same claim as reported by different sources.
 *
 * @param id      stable id within the case ("g1")
 * @param summary a short statement of the claim, written by the analyst or taken from a member
 */
public record ClaimGroup(String id, String summary) {

    public ClaimGroup {
        Objects.requireNonNull(id, "id");
        summary = summary == null ? "" : summary;
    }

    public ClaimGroup withSummary(String newSummary) {
        return new ClaimGroup(id, newSummary);
    }
}
