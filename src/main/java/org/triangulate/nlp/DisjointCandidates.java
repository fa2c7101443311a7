package org.triangulate.nlp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Candidates that never overlap one another, kept by start offset, so finding what a new span would overlap is a
 * tree look-up rather than a scan of everything accepted so far (which made merging quadratic in an article's
 * length). Not thread-safe; one per merge.
 */
final class DisjointCandidates {

    private final TreeMap<Integer, Candidate> byStart = new TreeMap<>();

    /** @param disjoint candidates that do not overlap one another */
    DisjointCandidates(Collection<Candidate> disjoint) {
        for (Candidate c : disjoint) {
            add(c);
        }
    }

    /** The kept candidates that overlap {@code c}, in text order. */
    List<Candidate> overlapping(Candidate c) {
        List<Candidate> out = new ArrayList<>(2);
        // only the last one starting before c can reach into it: each ends before the next one starts
        Map.Entry<Integer, Candidate> before = byStart.lowerEntry(c.start());
        if (before != null && before.getValue().overlaps(c)) {
            out.add(before.getValue());
        }
        for (Candidate x : byStart.subMap(c.start(), true, c.end(), false).values()) {
            if (x.overlaps(c)) {
                out.add(x);
            }
        }
        return out;
    }

    boolean overlapsAny(Candidate c) {
        return !overlapping(c).isEmpty();
    }

    /** Keeps {@code c}, which must overlap none of the kept candidates. */
    void add(Candidate c) {
        if (c.length() <= 0 || overlapsAny(c)) {
            throw new IllegalArgumentException("not disjoint from the kept candidates: " + c);
        }
        byStart.put(c.start(), c);
    }

    void remove(Candidate c) {
        byStart.remove(c.start(), c);
    }

    /** The kept candidates in text order. */
    List<Candidate> inTextOrder() {
        return new ArrayList<>(byStart.values());
    }
}
