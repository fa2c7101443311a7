package org.triangulate.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups claims from different articles that state the same thing. Similarity is the cosine of
 * {@link ClaimVectors} (stems, linked entities, normalised values, weighted by rarity). Candidate pairs come from an
 * inverted index over the rarer terms, so the cost grows with the corpus, not its square. Clustering is average
 * link with one constraint: a group holds at most one sentence per article, since an article states a claim once
 * and its other sentences elaborate.
 */
public final class ClaimGrouper {

    /** Pairs below this are never linked. */
    static final double DEFAULT_EDGE = 0.22;
    /** Two groups merge when their members are this similar on average. */
    static final double DEFAULT_LINK = 0.18;

    private final double edge;
    private final double link;

    public ClaimGrouper() {
        this(DEFAULT_EDGE, DEFAULT_LINK);
    }

    ClaimGrouper(double edge, double link) {
        this.edge = edge;
        this.link = link;
    }

    /** The result: groups of two or more claims (best supported first) and the claims left on their own. */
    public record Grouping(List<List<SuggestedClaim>> groups, List<SuggestedClaim> ungrouped) {
    }

    public Grouping group(List<SuggestedClaim> claims) {
        int n = claims.size();
        ClaimVectors vectors = new ClaimVectors();
        List<Map<String, Integer>> terms = new ArrayList<>(n);
        for (SuggestedClaim c : claims) {
            Map<String, Integer> t = vectors.terms(c.text(), c.entities(), c.values());
            terms.add(t);
            vectors.observe(t);
        }
        List<Map<String, Double>> weights = terms.stream().map(vectors::weigh).toList();

        List<Edge> edges = candidateEdges(claims, terms, weights, vectors, edge);
        edges.sort(Comparator.comparingDouble(Edge::similarity).reversed());

        int[] cluster = new int[n];
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < n; i++) {
            cluster[i] = i;
            members.put(i, new ArrayList<>(List.of(i)));
        }
        for (Edge e : edges) {
            int a = cluster[e.a];
            int b = cluster[e.b];
            if (a == b || sharesArticle(members.get(a), members.get(b), claims)
                    || averageLink(members.get(a), members.get(b), weights) < link) {
                continue;
            }
            for (int m : members.get(b)) {
                cluster[m] = a;
            }
            members.get(a).addAll(members.remove(b));
        }

        List<List<SuggestedClaim>> groups = new ArrayList<>();
        List<SuggestedClaim> ungrouped = new ArrayList<>();
        for (List<Integer> group : members.values()) {
            if (group.size() < 2) {
                ungrouped.add(claims.get(group.get(0)));
            } else {
                group.sort(Comparator.naturalOrder());
                groups.add(group.stream().map(claims::get).toList());
            }
        }
        groups.sort(Comparator.comparingInt((List<SuggestedClaim> g) -> -g.size())
                .thenComparing(g -> g.get(0).file()).thenComparingInt(g -> g.get(0).span().start()));
        ungrouped.sort(Comparator.comparing(SuggestedClaim::file).thenComparingInt(c -> c.span().start()));
        return new Grouping(groups, ungrouped);
    }

    /** The member most like the others: the best single wording of a group. */
    public static SuggestedClaim representative(List<SuggestedClaim> group) {
        ClaimVectors vectors = new ClaimVectors();
        List<Map<String, Integer>> terms = group.stream().map(c -> vectors.terms(c.text(), c.entities(), c.values())).toList();
        terms.forEach(vectors::observe);
        List<Map<String, Double>> weights = terms.stream().map(vectors::weigh).toList();
        int best = 0;
        double bestScore = -1;
        for (int i = 0; i < group.size(); i++) {
            double score = 0;
            for (int j = 0; j < group.size(); j++) {
                score += i == j ? 0 : ClaimVectors.cosine(weights.get(i), weights.get(j));
            }
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return group.get(best);
    }

    private record Edge(int a, int b, double similarity) {
    }

    private static List<Edge> candidateEdges(List<SuggestedClaim> claims, List<Map<String, Integer>> terms,
                                             List<Map<String, Double>> weights, ClaimVectors vectors,
                                             double edge) {
        int n = claims.size();
        int maxPostings = Math.max(20, n / 10); // terms in more claims than this say little about sameness
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String t : terms.get(i).keySet()) {
                if (vectors.documentFrequency(t) <= maxPostings) {
                    postings.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
                }
            }
        }
        List<Edge> edges = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (List<Integer> ids : postings.values()) {
            for (int x = 0; x < ids.size(); x++) {
                for (int y = x + 1; y < ids.size(); y++) {
                    int a = ids.get(x);
                    int b = ids.get(y);
                    if (claims.get(a).articleId().equals(claims.get(b).articleId()) && !adjacent(claims.get(a), claims.get(b))
                            || !seen.add((long) a * n + b)) {
                        continue;
                    }
                    double sim = ClaimVectors.cosine(weights.get(a), weights.get(b));
                    if (sim >= edge) {
                        edges.add(new Edge(a, b, sim));
                    }
                }
            }
        }
        return edges;
    }

    /**
     * True when merging would put two sentences of one article in a group, unless they follow each other: a claim
     * told over two consecutive sentences ("X said its office was compromised. It blamed group Y.") is one claim.
     */
    private static boolean sharesArticle(List<Integer> a, List<Integer> b, List<SuggestedClaim> claims) {
        for (int i : a) {
            for (int j : b) {
                SuggestedClaim x = claims.get(i);
                SuggestedClaim y = claims.get(j);
                if (x.articleId().equals(y.articleId()) && !(adjacent(x, y) && onlyPairFrom(x.articleId(), a, b, claims))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean adjacent(SuggestedClaim x, SuggestedClaim y) {
        int gap = x.span().start() < y.span().start() ? y.span().start() - x.span().end() : x.span().start() - y.span().end();
        return gap >= 0 && gap <= 3;
    }

    /** At most two sentences of any article in a group. */
    private static boolean onlyPairFrom(String articleId, List<Integer> a, List<Integer> b, List<SuggestedClaim> claims) {
        long count = java.util.stream.Stream.concat(a.stream(), b.stream()).filter(i -> claims.get(i).articleId().equals(articleId)).count();
        return count <= 2;
    }

    private static double averageLink(List<Integer> a, List<Integer> b, List<Map<String, Double>> weights) {
        double sum = 0;
        for (int i : a) {
            for (int j : b) {
                sum += ClaimVectors.cosine(weights.get(i), weights.get(j));
            }
        }
        return sum / (a.size() * (double) b.size());
    }
}
