package org.triangulate.claims;

import java.util.List;

/**
 * Every claim of a corpus in its group, best supported groups first, and the claims no other source shares; apart,
 * the analyst's claims whose quote can no longer be found in their article (edited or removed), so that they are
 * shown flagged rather than dropped or moved.
 *
 * @param groups    claim groups (their members are all in the current text)
 * @param ungrouped claims no other source shares
 * @param lost      the analyst's claims whose quote is gone, each with its stored quote, note, tags and group
 */
public record ClaimOverview(List<GroupView> groups, List<ClaimView> ungrouped, List<ClaimView> lost) {

    public ClaimOverview {
        groups = List.copyOf(groups);
        ungrouped = List.copyOf(ungrouped);
        lost = lost == null ? List.of() : List.copyOf(lost);
    }

    public ClaimOverview(List<GroupView> groups, List<ClaimView> ungrouped) {
        this(groups, ungrouped, List.of());
    }
}
