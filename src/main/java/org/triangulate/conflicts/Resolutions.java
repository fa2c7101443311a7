package org.triangulate.conflicts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.triangulate.casefile.QuoteRef;
import org.triangulate.casefile.Resolution;
import org.triangulate.casefile.ResolutionKind;

/**
 * Finds the analyst's decision for each detected conflict. A decision belongs to the conflict with its id (same kind
 * and variant quotes); one saved before format 2 to the conflict with its old place-based id. A decision whose
 * conflict has since changed (a variant added or removed) goes to the one conflict of the same kind that shares at
 * least two of the quotes it recorded, flagged with what changed. A decision that fits no conflict is left over and
 * reported, never moved to a conflict it was not about.
 */
final class Resolutions {

    /** The conflicts with their decisions, in the order given, and the decisions no conflict matches. */
    record Attached(List<ResolvedConflict> conflicts, List<Resolution> unattached) {
    }

    private Resolutions() {
    }

    static Attached attach(List<Conflict> conflicts, List<Resolution> resolutions) {
        Map<Conflict, ResolvedConflict> attached = new LinkedHashMap<>();
        Set<Resolution> used = new HashSet<>();
        for (Conflict c : conflicts) {
            for (Resolution r : resolutions) {
                if (!used.contains(r) && r.conflictId().equals(c.id())) {
                    attached.put(c, rebased(c, r));
                    used.add(r);
                    break;
                }
            }
        }
        for (Conflict c : conflicts) {
            if (attached.containsKey(c)) {
                continue;
            }
            String legacyId = Conflict.legacyIdOf(c.kind(), c.variants());
            for (Resolution r : resolutions) {
                if (!used.contains(r) && r.isLegacy() && r.conflictId().equals(legacyId)) {
                    attached.put(c, new ResolvedConflict(c, r));
                    used.add(r);
                    break;
                }
            }
        }
        // changed conflicts: best shared quotes first, each decision and conflict taken once, ties left alone
        List<Resolution> changed = resolutions.stream().filter(r -> !used.contains(r) && !r.isLegacy()).toList();
        List<Candidate> candidates = new ArrayList<>();
        for (Resolution r : changed) {
            for (Conflict c : conflicts) {
                int score = score(r, c);
                if (score > 0) {
                    candidates.add(new Candidate(r, c, score));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::score).reversed());
        for (Candidate cand : candidates) {
            if (used.contains(cand.resolution()) || attached.containsKey(cand.conflict())) {
                continue;
            }
            boolean tie = candidates.stream().anyMatch(o -> o != cand && o.score() == cand.score()
                    && (o.resolution() == cand.resolution() && !attached.containsKey(o.conflict())
                    || o.conflict() == cand.conflict() && !used.contains(o.resolution())));
            if (!tie) {
                attached.put(cand.conflict(), rebased(cand.conflict(), cand.resolution()));
                used.add(cand.resolution());
            }
        }
        List<ResolvedConflict> out = conflicts.stream()
                .map(c -> attached.getOrDefault(c, new ResolvedConflict(c, null))).toList();
        return new Attached(out, resolutions.stream().filter(r -> !used.contains(r)).toList());
    }

    private record Candidate(Resolution resolution, Conflict conflict, int score) {
    }

    /**
     * How well a decision fits a conflict it was not saved under: 0 unless the kind is the same and at least two
     * recorded quotes are among its variants; then two points a shared quote and one more when its value is the same.
     */
    static int score(Resolution r, Conflict c) {
        if (!c.kind().name().equals(r.conflictKind())) {
            return 0;
        }
        int quotes = 0;
        int values = 0;
        for (QuoteRef ref : r.variants()) {
            int i = c.indexOf(ref);
            if (i >= 0) {
                quotes++;
                values += QuoteRef.normal(ref.value()).equals(QuoteRef.normal(c.variants().get(i).value())) ? 1 : 0;
            }
        }
        return quotes >= 2 ? 2 * quotes + values : 0;
    }

    /** The decision with its accepted variant's index in {@code c} now, and what changed since it was taken. */
    private static ResolvedConflict rebased(Conflict c, Resolution r) {
        Resolution now = r;
        List<String> changes = new ArrayList<>();
        if (r.kind() == ResolutionKind.ACCEPT_VARIANT && r.accepted() != null) {
            int index = c.indexOf(r.accepted());
            now = r.withAcceptedIndex(index);
            if (index < 0) {
                changes.add("the accepted variant (" + r.accepted().file() + ": “" + shortQuote(r.accepted().quote())
                        + "”) is no longer among them");
            }
        }
        if (!r.isLegacy()) {
            for (Variant v : c.variants()) {
                QuoteRef was = r.variants().stream().filter(ref -> ref.names(v.file(), v.text())).findFirst().orElse(null);
                if (was == null) {
                    changes.add("added: " + v.outlet() + ", “" + shortQuote(v.text()) + "”");
                } else if (!QuoteRef.normal(was.value()).equals(QuoteRef.normal(v.value()))) {
                    changes.add("read differently in " + v.outlet() + ": " + was.value() + " → " + v.value());
                }
            }
            for (QuoteRef ref : r.variants()) {
                if (c.indexOf(ref) < 0) {
                    changes.add("no longer a variant: " + ref.file() + ", “" + shortQuote(ref.quote()) + "”");
                }
            }
        }
        return new ResolvedConflict(c, now, changes);
    }

    private static String shortQuote(String quote) {
        String q = QuoteRef.normal(quote);
        return q.length() <= 80 ? q : q.substring(0, 79) + "…";
    }
}
