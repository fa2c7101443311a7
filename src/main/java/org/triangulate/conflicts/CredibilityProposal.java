package org.triangulate.conflicts;

import java.util.List;
import org.triangulate.casefile.Credibility;

/**
 * Proposes an Admiralty credibility grade (1-6) for a claim group from how many independent origins carry it and
 * how many unresolved conflicts touch it. Corroboration raises it, contradiction lowers it; the analyst can always
 * override it with a reason.
 */
public final class CredibilityProposal {

    private CredibilityProposal() {
    }

    /** The proposed grade and why. */
    public record Proposal(Credibility grade, String basis) {
    }

    public static Proposal propose(int independentSources, List<Conflict> openConflicts) {
        // three or more independent origins confirm; two make it probable; one alone is possible but unconfirmed
        int grade = independentSources >= 3 ? 1 : independentSources == 2 ? 2 : independentSources == 1 ? 3 : 6;
        if (grade == 6) {
            return new Proposal(Credibility.CANNOT_BE_JUDGED, "no source carries it");
        }
        int penalty = 0;
        for (Conflict c : openConflicts) {
            penalty = Math.max(penalty, switch (c.severity()) {
                case HIGH -> 2;
                case MEDIUM -> 1;
                case LOW -> 0;
            });
        }
        int proposed = Math.min(5, grade + penalty);
        String basis = independentSources + " independent source" + (independentSources == 1 ? "" : "s")
                + (openConflicts.isEmpty() ? ", no open conflicts"
                : ", " + openConflicts.size() + " open conflict" + (openConflicts.size() == 1 ? "" : "s")
                + (penalty == 0 ? " (low only)" : " lowering the grade by " + penalty));
        return new Proposal(Credibility.ofGrade(proposed), basis);
    }
}
