package org.triangulate.conflicts;

import org.triangulate.casefile.Credibility;
import org.triangulate.casefile.CredibilityOverride;

/**
 * A claim group's information credibility: the grade proposed from the evidence, the analyst's override if any,
 * and the grade that stands.
 *
 * @param groupId            claim group
 * @param summary            what the group states, as the claims panel shows it
 * @param independentSources origins reporting it (wire copies count once)
 * @param openConflicts      conflicts touching it that are open or marked disputed
 * @param proposed           the machine's proposal
 * @param override           the analyst's grade and reason, or null (it may be stored under an older id of the
 *                           group: see {@link CredibilityOverrides})
 * @param effective          the override when there is one, else the proposal
 * @param basis              why the proposal is what it is
 */
public record GroupCredibility(String groupId, String summary, int independentSources, int openConflicts, Credibility proposed,
                               CredibilityOverride override, Credibility effective, String basis) {
}
