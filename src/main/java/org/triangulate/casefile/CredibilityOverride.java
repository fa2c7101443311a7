package org.triangulate.casefile;

/**
 * The analyst's own credibility grade for a claim group, replacing the one proposed from the evidence.
 *
 * @param groupId claim group
 * @param grade   1-6
 * @param reason  why the proposal was overridden (required)
 */
public record CredibilityOverride(String groupId, Credibility grade, String reason) {

    public CredibilityOverride {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("give a reason for overriding the proposed credibility");
        }
    }
}
