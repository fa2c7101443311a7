package org.triangulate.conflicts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Joins disagreeing pairs into clusters, so three outlets with two different figures make one conflict, not three,
 * and remembers the worst disagreement in each.
 */
final class Clusters {

    record Cluster(List<Integer> members, Disagreement worst) {
    }

    private final int[] parent;
    private final Map<Integer, Disagreement> worst = new LinkedHashMap<>();
    private final TreeSet<Integer> involved = new TreeSet<>();

    Clusters(int n) {
        parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
    }

    void join(int a, int b, Disagreement d) {
        involved.add(a);
        involved.add(b);
        int ra = root(a);
        int rb = root(b);
        Disagreement w = worse(worse(worst.get(ra), worst.get(rb)), d);
        if (ra != rb) {
            parent[rb] = ra;
            worst.remove(rb);
        }
        worst.put(ra, w);
    }

    List<Cluster> clusters() {
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        for (int i : involved) {
            byRoot.computeIfAbsent(root(i), k -> new ArrayList<>()).add(i);
        }
        List<Cluster> out = new ArrayList<>();
        byRoot.forEach((r, members) -> out.add(new Cluster(members, worst.get(r))));
        return out;
    }

    private int root(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static Disagreement worse(Disagreement a, Disagreement b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.severity().ordinal() < a.severity().ordinal() ? b : a;
    }
}
