package org.triangulate.claims;

import org.triangulate.casefile.AnchorResolver;
import org.triangulate.casefile.CaseFile;
import org.triangulate.casefile.Claim;
import org.triangulate.casefile.ClaimGroup;
import org.triangulate.casefile.ClaimStatus;
import org.triangulate.casefile.QuoteAnchor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.triangulate.corpus.Article;
import org.triangulate.corpus.TextSpan;
import org.triangulate.nlp.Mention;

/**
 * Puts the analyst's saved claims and the machine's suggestions together: saved claims and groups stand as the
 * analyst left them; suggestions on sentences the analyst already decided (accepted or rejected) are dropped; the
 * rest, with the analyst's ungrouped claims, are grouped by {@link ClaimGrouper}.
 */
public final class ClaimBoard {

    private final ClaimSuggester suggester = new ClaimSuggester();
    private final ClaimGrouper grouper = new ClaimGrouper();

    public ClaimOverview overview(List<Article> articles, Function<String, List<Mention>> mentions, CaseFile kase) {
        Map<String, Article> byFile = new HashMap<>();
        articles.forEach(a -> byFile.put(a.file(), a));
        WireCopies origins = WireCopies.of(articles);

        // the analyst's claims, re-attached to the current text
        List<ClaimView> saved = new ArrayList<>();
        Map<String, List<TextSpan>> decided = new HashMap<>();
        for (Claim c : kase.claims()) {
            Article a = byFile.get(c.file());
            AnchorResolver.Resolution where = AnchorResolver.resolve(c.anchor(), a == null ? null : a.body());
            decided.computeIfAbsent(c.file(), f -> new ArrayList<>()).add(new TextSpan(where.anchor().start(), where.anchor().end()));
            if (c.status() != ClaimStatus.REJECTED && a != null && !where.isLost()) {
                saved.add(view(c, where.anchor(), a));
            }
        }

        List<SuggestedClaim> open = new ArrayList<>();
        for (Article a : articles) {
            for (SuggestedClaim s : suggester.suggest(a, mentions.apply(a.id()))) {
                if (decided.getOrDefault(a.file(), List.of()).stream().noneMatch(s.span()::overlaps)) {
                    open.add(s);
                }
            }
        }
        Map<SuggestedClaim, ClaimView> accepted = new HashMap<>();
        for (ClaimView v : saved) {
            Claim c = kase.claim(v.id()).orElseThrow();
            if (c.groupId() == null) {
                SuggestedClaim asCandidate = new SuggestedClaim(v.articleId(), v.file(), new TextSpan(v.start(), v.end()),
                        v.text(), c.attribution(), c.stance(), c.entities(), v.values(), 10);
                accepted.put(asCandidate, v);
                open.add(asCandidate);
            }
        }

        List<GroupView> groups = new ArrayList<>();
        for (ClaimGroup g : kase.groups()) {
            List<ClaimView> members = saved.stream().filter(v -> g.id().equals(kase.claim(v.id()).orElseThrow().groupId()))
                    .sorted(BY_PLACE).toList();
            if (!members.isEmpty()) {
                String summary = g.summary().isBlank() ? members.get(0).text() : g.summary();
                groups.add(new GroupView(g.id(), summary, sources(members, origins), false, members));
            }
        }
        ClaimGrouper.Grouping grouping = grouper.group(open);
        int n = 1;
        for (List<SuggestedClaim> group : grouping.groups()) {
            List<ClaimView> members = group.stream().map(s -> accepted.getOrDefault(s, suggestionView(s, byFile.get(s.file()))))
                    .sorted(BY_PLACE).toList();
            groups.add(new GroupView("s" + n++, ClaimGrouper.representative(group).text(), sources(members, origins), true, members));
        }
        groups.sort(Comparator.comparingInt(GroupView::independentSources).reversed()
                .thenComparing(g -> -g.claims().size()));
        List<ClaimView> ungrouped = grouping.ungrouped().stream()
                .map(s -> accepted.getOrDefault(s, suggestionView(s, byFile.get(s.file())))).sorted(BY_PLACE).toList();
        return new ClaimOverview(groups, ungrouped);
    }

    private static final Comparator<ClaimView> BY_PLACE = Comparator.comparing(ClaimView::file).thenComparingInt(ClaimView::start);

    private static int sources(List<ClaimView> members, WireCopies origins) {
        Set<String> articles = new HashSet<>();
        members.forEach(m -> articles.add(m.articleId()));
        return origins.independentSources(articles);
    }

    private static ClaimView view(Claim c, QuoteAnchor at, Article a) {
        return new ClaimView(c.id(), a.id(), a.file(), at.start(), at.end(), at.quote(), orOutlet(c.attribution(), a),
                c.stance(), c.status(), c.entities(), List.of(), c.tags());
    }

    private static ClaimView suggestionView(SuggestedClaim s, Article a) {
        return new ClaimView(null, s.articleId(), s.file(), s.span().start(), s.span().end(), s.text(),
                orOutlet(s.attribution(), a), s.stance(), ClaimStatus.SUGGESTED, s.entities(), s.values(), List.of());
    }

    /** An unattributed claim is the outlet's own. */
    static String orOutlet(String attribution, Article a) {
        if (attribution != null) {
            return attribution;
        }
        return a != null && a.outlet() != null ? a.outlet() : "the outlet";
    }
}
