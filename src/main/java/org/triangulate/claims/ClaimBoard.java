package org.triangulate.claims;

import org.triangulate.casefile.AnchorResolver;
import org.triangulate.casefile.CaseFile;
import org.triangulate.casefile.Claim;
import org.triangulate.casefile.ClaimGroup;
import org.triangulate.casefile.ClaimStatus;
import org.triangulate.casefile.QuoteAnchor;
import org.triangulate.casefile.QuoteRef;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
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
 * rest, with the analyst's ungrouped claims, are grouped by {@link ClaimGrouper}. Saved claims whose quote can no
 * longer be found are listed apart as lost, never dropped or moved.
 */
public final class ClaimBoard {

    private final ClaimSuggester suggester = new ClaimSuggester();
    private final ClaimGrouper grouper = new ClaimGrouper();

    public ClaimOverview overview(List<Article> articles, Function<String, List<Mention>> mentions, CaseFile kase) {
        Map<String, Article> byFile = new HashMap<>();
        articles.forEach(a -> byFile.put(a.file(), a));
        WireCopies origins = WireCopies.of(articles);
        Map<String, List<Mention>> mentionsOf = new HashMap<>();
        Function<String, List<Mention>> cachedMentions = id -> mentionsOf.computeIfAbsent(id, mentions);

        // the analyst's claims, re-attached to the current text; those that cannot be are kept apart, flagged
        List<ClaimView> saved = new ArrayList<>();
        List<ClaimView> lost = new ArrayList<>();
        Map<String, List<TextSpan>> decided = new HashMap<>();
        for (Claim c : kase.claims()) {
            Article a = byFile.get(c.file());
            AnchorResolver.Resolution where = AnchorResolver.resolve(c.anchor(), a == null ? null : a.body());
            if (where.isLost()) {
                // its old offsets now hold other text, which must stay open to suggestions
                if (c.status() != ClaimStatus.REJECTED) {
                    lost.add(lostView(c, a));
                }
                continue;
            }
            decided.computeIfAbsent(c.file(), f -> new ArrayList<>()).add(new TextSpan(where.anchor().start(), where.anchor().end()));
            if (c.status() != ClaimStatus.REJECTED) {
                saved.add(view(c, where, a, cachedMentions.apply(a.id())));
            }
        }

        List<SuggestedClaim> open = new ArrayList<>();
        for (Article a : articles) {
            for (SuggestedClaim s : suggester.suggest(a, cachedMentions.apply(a.id()))) {
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
            List<ClaimView> members = saved.stream().filter(v -> g.id().equals(v.groupId())).sorted(BY_PLACE).toList();
            if (!members.isEmpty()) {
                String summary = g.summary().isBlank() ? members.get(0).text() : g.summary();
                groups.add(new GroupView(g.id(), summary, sources(members, origins), false, members));
            }
        }
        ClaimGrouper.Grouping grouping = grouper.group(open);
        Set<String> suggestedIds = new HashSet<>();
        for (List<SuggestedClaim> group : grouping.groups()) {
            List<ClaimView> members = group.stream().map(s -> accepted.getOrDefault(s, suggestionView(s, byFile.get(s.file()))))
                    .sorted(BY_PLACE).toList();
            String id = suggestedGroupId(members);
            for (int n = 2; !suggestedIds.add(id); n++) {
                id = suggestedGroupId(members) + "-" + n;
            }
            groups.add(new GroupView(id, ClaimGrouper.representative(group).text(), sources(members, origins), true, members));
        }
        groups.sort(Comparator.comparingInt(GroupView::independentSources).reversed()
                .thenComparing(g -> -g.claims().size()));
        List<ClaimView> ungrouped = grouping.ungrouped().stream()
                .map(s -> accepted.getOrDefault(s, suggestionView(s, byFile.get(s.file())))).sorted(BY_PLACE).toList();
        return new ClaimOverview(groups, ungrouped, lost.stream().sorted(BY_PLACE).toList());
    }

    /**
     * The id of a suggested group: "s" and a hash of its members' files and quotes. The grouping is worked out
     * afresh on every change, so a number would pass to another group; this id stays with the same members.
     */
    static String suggestedGroupId(List<ClaimView> members) {
        List<String> keys = members.stream().map(m -> m.file() + "\n" + QuoteRef.normal(m.text())).sorted().toList();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha.digest(String.join("\n\n", keys).getBytes(StandardCharsets.UTF_8));
            return "s" + HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static final Comparator<ClaimView> BY_PLACE = Comparator.comparing(ClaimView::file).thenComparingInt(ClaimView::start);

    private static int sources(List<ClaimView> members, WireCopies origins) {
        Set<String> articles = new HashSet<>();
        members.forEach(m -> articles.add(m.articleId()));
        return origins.independentSources(articles);
    }

    /** A saved claim where its quote is now; its values are read from the text as a suggestion's are. */
    private ClaimView view(Claim c, AnchorResolver.Resolution where, Article a, List<Mention> mentions) {
        QuoteAnchor at = where.anchor();
        List<String> values = suggester.describe(a, new TextSpan(at.start(), at.end()), mentions).values();
        return new ClaimView(c.id(), a.id(), a.file(), at.start(), at.end(), at.quote(), orOutlet(c.attribution(), a),
                c.stance(), c.status(), c.entities(), values, c.tags(), c.note(), c.groupId(), where.state());
    }

    /** A saved claim whose quote is gone: as it was saved, flagged LOST. */
    private static ClaimView lostView(Claim c, Article a) {
        QuoteAnchor at = c.anchor();
        return new ClaimView(c.id(), a != null ? a.id() : c.file(), c.file(), at.start(), at.end(), at.quote(),
                orOutlet(c.attribution(), a), c.stance(), c.status(), c.entities(), List.of(), c.tags(), c.note(),
                c.groupId(), AnchorResolver.Resolution.State.LOST);
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
