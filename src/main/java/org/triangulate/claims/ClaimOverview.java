package org.triangulate.claims;

import java.util.List;

/** Every claim of a corpus in its group, best supported groups first, and the claims no other source shares. */
public record ClaimOverview(List<GroupView> groups, List<ClaimView> ungrouped) {

    public ClaimOverview {
        groups = List.copyOf(groups);
        ungrouped = List.copyOf(ungrouped);
    }
}
