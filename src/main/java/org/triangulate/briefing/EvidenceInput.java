package org.triangulate.briefing;

import java.util.List;
import java.util.Map;
import org.triangulate.casefile.Credibility;

/**
 * What the briefing takes from conflict detection and credibility grading, kept in one small record so the two can
 * be built separately: the conflicts (resolved or not) and the proposed credibility of claim groups. The analyst's
 * overrides in the case win over the proposals.
 *
 * @param conflicts           conflicts between sources, as the detector found them and the analyst settled them
 * @param proposedCredibility group id to proposed credibility; groups not in it are shown ungraded
 */
public record EvidenceInput(List<BriefingConflict> conflicts, Map<String, Credibility> proposedCredibility) {

    public EvidenceInput {
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
        proposedCredibility = proposedCredibility == null ? Map.of() : Map.copyOf(proposedCredibility);
    }

    /** Nothing detected yet: the briefing shows agreement, coverage and sources only. */
    public static EvidenceInput none() {
        return new EvidenceInput(List.of(), Map.of());
    }
}
