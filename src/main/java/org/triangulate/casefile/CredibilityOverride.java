package org.triangulate.casefile;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The analyst's own credibility grade for a claim group, replacing the one proposed from the evidence. Suggested
 * groups are renumbered as the corpus and the case change, so the group is also stored as its members' quotes, by
 * which the grade finds its group again.
 *
 * @param groupId claim group id when it was graded
 * @param grade   1-6
 * @param reason  why the proposal was overridden (required)
 * @param members the group's claims when it was graded; empty in case files from before format 2
 */
public record CredibilityOverride(String groupId, Credibility grade, String reason, List<QuoteRef> members) {

    @JsonCreator
    public CredibilityOverride {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("give a reason for overriding the proposed credibility");
        }
        members = members == null ? List.of() : List.copyOf(members);
    }

    public CredibilityOverride(String groupId, Credibility grade, String reason) {
        this(groupId, grade, reason, List.of());
    }
}
