package org.triangulate.conflicts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.triangulate.casefile.CaseFile;
import org.triangulate.casefile.Credibility;
import org.triangulate.casefile.CredibilityOverride;
import org.triangulate.casefile.QuoteRef;
import org.triangulate.claims.ClaimView;
import org.triangulate.claims.GroupView;

/**
 * Which claim group each of the analyst's credibility grades belongs to. A grade goes to the analyst's group with its
 * id (those ids are stable); else, and always for suggested groups (worked out afresh on every change), to the group
 * that has at least half of the claims it was given to (Jaccard over article and quote), best first, one grade a
 * group. A grade whose group is gone shows nowhere rather than on another group; a grade saved before format 2 (no
 * members) on a suggested group cannot be placed and shows nowhere.
 */
public final class CredibilityOverrides {

    private CredibilityOverrides() {
    }

    /** The override that belongs to each group, by group id. */
    static Map<String, CredibilityOverride> match(List<GroupView> groups, List<CredibilityOverride> overrides) {
        Map<String, CredibilityOverride> out = new HashMap<>();
        Set<CredibilityOverride> used = new HashSet<>();
        for (GroupView g : groups) {
            if (g.suggested()) {
                continue; // a suggested group is found by its members below: its id may have been another group's
            }
            overrides.stream().filter(o -> o.groupId().equals(g.id())).findFirst().ifPresent(o -> {
                out.put(g.id(), o);
                used.add(o);
            });
        }
        record Candidate(GroupView group, CredibilityOverride override, double score) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (CredibilityOverride o : overrides) {
            if (used.contains(o) || o.members().isEmpty()) {
                continue;
            }
            Set<String> was = new HashSet<>();
            o.members().forEach(m -> was.add(key(m.file(), m.quote())));
            for (GroupView g : groups) {
                if (out.containsKey(g.id())) {
                    continue;
                }
                Set<String> now = keys(g);
                Set<String> union = new HashSet<>(was);
                union.addAll(now);
                long shared = was.stream().filter(now::contains).count();
                double jaccard = union.isEmpty() ? 0 : (double) shared / union.size();
                if (jaccard >= 0.5) {
                    candidates.add(new Candidate(g, o, jaccard));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        for (Candidate c : candidates) {
            if (!used.contains(c.override()) && !out.containsKey(c.group().id())) {
                out.put(c.group().id(), c.override());
                used.add(c.override());
            }
        }
        return out;
    }

    /**
     * Grades {@code group} against the proposal, recording its members so the grade can find it again; replaces
     * {@code current} (the override the group showed, whatever id it was saved under). A null grade drops it.
     */
    public static CaseFile set(CaseFile kase, GroupView group, CredibilityOverride current, Credibility grade, String reason) {
        CaseFile k = current == null ? kase : kase.withCredibilityOverride(current.groupId(), null);
        if (grade == null) {
            return k.withCredibilityOverride(group.id(), null);
        }
        List<QuoteRef> members = group.claims().stream().map(c -> new QuoteRef(c.file(), c.text())).toList();
        return k.withCredibilityOverride(group.id(), new CredibilityOverride(group.id(), grade, reason, members));
    }

    private static Set<String> keys(GroupView g) {
        Set<String> keys = new HashSet<>();
        for (ClaimView c : g.claims()) {
            keys.add(key(c.file(), c.text()));
        }
        return keys;
    }

    private static String key(String file, String quote) {
        return file + "\n" + QuoteRef.normal(quote);
    }
}
