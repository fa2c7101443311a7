package org.triangulate.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.triangulate.corpus.Article;

/**
 * Finds articles that are copies of the same wire story: they share most of their word sequences (5-word
 * shingles), even when one outlet trimmed, re-spelled or added to it. Such articles are one origin, so a claim
 * they both carry counts as one independent source, not two.
 */
public final class WireCopies {

    private static final int SHINGLE = 5;
    /** Share of the shorter article's shingles the other must contain. */
    private static final double CONTAINMENT = 0.4;

    private final Map<String, String> originOf = new HashMap<>();

    private WireCopies() {
    }

    public static WireCopies of(List<Article> articles) {
        WireCopies copies = new WireCopies();
        Map<String, Set<Long>> shingles = new HashMap<>();
        Map<Long, List<String>> postings = new HashMap<>();
        for (Article a : articles) {
            Set<Long> s = shingles(a.body());
            shingles.put(a.id(), s);
            for (Long h : s) {
                postings.computeIfAbsent(h, k -> new ArrayList<>(2)).add(a.id());
            }
            copies.originOf.put(a.id(), a.id());
        }
        Map<String, Map<String, Integer>> shared = new HashMap<>();
        for (List<String> ids : postings.values()) {
            if (ids.size() < 2 || ids.size() > 50) {
                continue; // a phrase in 50 articles is a stock phrase, not shared copy
            }
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    shared.computeIfAbsent(ids.get(i), k -> new HashMap<>()).merge(ids.get(j), 1, Integer::sum);
                }
            }
        }
        shared.forEach((a, others) -> others.forEach((b, count) -> {
            int smaller = Math.min(shingles.get(a).size(), shingles.get(b).size());
            if (smaller > 0 && (double) count / smaller >= CONTAINMENT) {
                copies.union(a, b);
            }
        }));
        return copies;
    }

    /** The id standing for the origin of an article: the same for every copy of one wire story. */
    public String originOf(String articleId) {
        String root = originOf.getOrDefault(articleId, articleId);
        while (!root.equals(originOf.getOrDefault(root, root))) {
            root = originOf.get(root);
        }
        return root;
    }

    /** True when the two articles are copies of one story. */
    public boolean sameOrigin(String a, String b) {
        return originOf(a).equals(originOf(b));
    }

    /** How many independent origins the given articles come from. */
    public int independentSources(Set<String> articleIds) {
        Set<String> origins = new HashSet<>();
        articleIds.forEach(id -> origins.add(originOf(id)));
        return origins.size();
    }

    private void union(String a, String b) {
        String ra = originOf(a);
        String rb = originOf(b);
        if (!ra.equals(rb)) {
            if (ra.compareTo(rb) < 0) {
                originOf.put(rb, ra);
            } else {
                originOf.put(ra, rb);
            }
        }
    }

    private static Set<Long> shingles(String body) {
        String[] words = body.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        List<String> kept = new ArrayList<>(words.length);
        for (String w : words) {
            if (!w.isEmpty()) {
                kept.add(w);
            }
        }
        Set<Long> set = new HashSet<>();
        for (int i = 0; i + SHINGLE <= kept.size(); i++) {
            long h = 1125899906842597L;
            for (int j = i; j < i + SHINGLE; j++) {
                h = 31 * h + kept.get(j).hashCode();
            }
            set.add(h);
        }
        return set;
    }
}
