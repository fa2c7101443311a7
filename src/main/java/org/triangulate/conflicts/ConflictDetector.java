package org.triangulate.conflicts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.triangulate.claims.ClaimOverview;
import org.triangulate.claims.ClaimView;
import org.triangulate.claims.GroupView;
import org.triangulate.claims.WireCopies;
import org.triangulate.corpus.Article;
import org.triangulate.corpus.TextSpan;
import org.triangulate.nlp.Mention;

/**
 * Finds where sources disagree among the claims of a corpus: amounts, outcomes and certainty, attributions and
 * dates. Omissions are not conflicts (see {@link Coverage}).
 */
public final class ConflictDetector {

    private final QuantityConflicts quantities = new QuantityConflicts();
    private final OutcomeConflicts outcomes = new OutcomeConflicts();
    private final AttributionConflicts attributions = new AttributionConflicts();
    private final FramingConflicts framings = new FramingConflicts(new Affiliations());
    private final DateConflicts dates = new DateConflicts();

    /** Conflicts among the statements, most serious first; one conflict per id. */
    public List<Conflict> detect(List<Statement> statements) {
        Topic topic = new Topic(statements);
        List<Conflict> all = new ArrayList<>();
        all.addAll(quantities.detect(statements, topic));
        all.addAll(outcomes.detect(statements));
        all.addAll(attributions.detect(statements));
        all.addAll(dates.detect(statements, quantities.events(statements)));
        all.addAll(framings.detect(statements));
        Map<String, Conflict> byId = new LinkedHashMap<>();
        all.forEach(c -> byId.putIfAbsent(c.id(), c));
        List<Conflict> out = withoutRepeats(new ArrayList<>(byId.values()));
        out.sort(Comparator.comparing(Conflict::severity).thenComparing(Conflict::kind)
                .thenComparing(c -> c.variants().get(0).place()));
        return out;
    }

    /**
     * Drops a conflict whose variants are all among those of another conflict of the same kind that is at least as
     * severe: the same disagreement found from two scopes (a claim group and an event) is one item for the analyst.
     */
    static List<Conflict> withoutRepeats(List<Conflict> conflicts) {
        List<Conflict> kept = new ArrayList<>();
        for (Conflict c : conflicts) {
            java.util.Set<String> places = new java.util.HashSet<>();
            c.variants().forEach(v -> places.add(v.place()));
            boolean repeat = conflicts.stream().anyMatch(o -> o != c && o.kind() == c.kind()
                    && o.severity().compareTo(c.severity()) <= 0 && o.variants().size() >= c.variants().size()
                    && o.variants().stream().map(Variant::place).collect(java.util.stream.Collectors.toSet()).containsAll(places)
                    && (o.variants().size() > c.variants().size() || o.id().compareTo(c.id()) < 0));
            if (!repeat) {
                kept.add(c);
            }
        }
        return kept;
    }

    /** Every claim of the overview, grouped or not, as a statement the detectors can read. */
    public static List<Statement> statements(ClaimOverview overview, List<Article> articles,
                                             Function<String, List<Mention>> mentions) {
        Map<String, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        WireCopies origins = WireCopies.of(articles);
        Map<String, List<Mention>> mentionCache = new HashMap<>();
        List<Statement> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (GroupView g : overview.groups()) {
            for (ClaimView c : g.claims()) {
                add(out, seen, c, g.id(), byId, origins, mentions, mentionCache);
            }
        }
        for (ClaimView c : overview.ungrouped()) {
            add(out, seen, c, null, byId, origins, mentions, mentionCache);
        }
        return out;
    }

    private static void add(List<Statement> out, Set<String> seen, ClaimView c, String groupId, Map<String, Article> byId,
                            WireCopies origins, Function<String, List<Mention>> mentions, Map<String, List<Mention>> cache) {
        Article a = byId.get(c.articleId());
        if (a == null || !seen.add(c.file() + ":" + c.start() + ":" + c.end())) {
            return;
        }
        List<Mention> inArticle = cache.computeIfAbsent(a.id(), mentions);
        out.add(of(a, c.start(), c.end(), groupId, origins.originOf(a.id()), inArticle));
    }

    /** The span of an article as a statement; mentions are the article's, with body offsets. */
    public static Statement of(Article a, int start, int end, String groupId, String origin, List<Mention> articleMentions) {
        List<Mention> inside = new ArrayList<>();
        for (Mention m : articleMentions) {
            if (m.start() >= start && m.end() <= end) {
                inside.add(new Mention(m.start() - start, m.end() - start, m.text(), m.type(), m.entity()));
            }
        }
        String previous = "";
        for (TextSpan s : a.sentences()) {
            if (s.end() <= start) {
                previous = a.text(s);
            } else {
                break;
            }
        }
        return new Statement(a.id(), a.file(), outletOf(a), origin, groupId, start, end, a.body().substring(start, end),
                previous, inside, a.published());
    }

    /** The outlet an article comes from, or its file when the outlet is unknown. */
    public static String outletOf(Article a) {
        return a.outlet() != null && !a.outlet().isBlank() ? a.outlet() : a.file();
    }
}
