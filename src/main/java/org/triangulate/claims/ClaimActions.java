package org.triangulate.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.triangulate.casefile.AnchorResolver;
import org.triangulate.casefile.CaseFile;
import org.triangulate.casefile.Claim;
import org.triangulate.casefile.ClaimGroup;
import org.triangulate.casefile.ClaimStatus;
import org.triangulate.casefile.QuoteAnchor;
import org.triangulate.corpus.Article;
import org.triangulate.corpus.TextSpan;
import org.triangulate.nlp.Mention;

/**
 * The analyst's claim edits, as pure functions on the case: the keyboard actions of the reader (tag a span,
 * accept or reject a suggestion, tag, cycle stance, note, group) call these through {@code CaseHistory.apply}, so
 * every one is undoable and autosaved. A span of an article holds at most one claim: tagging or deciding a span the
 * case already holds updates that claim (keys pressed faster than the claims overview is rebuilt must not save the
 * same sentence twice).
 */
public final class ClaimActions {

    private static final ClaimSuggester READER = new ClaimSuggester();

    private ClaimActions() {
    }

    /**
     * Tags [start, end) of an article as an accepted claim, with who asserts it, its stance and its entities read
     * from the text (the analyst corrects them if needed). A claim the case already holds on that span is accepted
     * instead of a second one being made.
     */
    public static UnaryOperator<CaseFile> tagSpan(Article article, int start, int end, List<Mention> mentions) {
        return kase -> decideSpan(kase, article, new TextSpan(start, end), mentions, ClaimStatus.ACCEPTED);
    }

    /** Accepts a suggestion: it becomes the analyst's claim. */
    public static UnaryOperator<CaseFile> accept(Article article, ClaimView suggestion, List<Mention> mentions) {
        return decide(article, suggestion, mentions, ClaimStatus.ACCEPTED);
    }

    /** Rejects a suggestion, remembering it so it is not proposed again. */
    public static UnaryOperator<CaseFile> reject(Article article, ClaimView suggestion, List<Mention> mentions) {
        return decide(article, suggestion, mentions, ClaimStatus.REJECTED);
    }

    private static UnaryOperator<CaseFile> decide(Article article, ClaimView s, List<Mention> mentions, ClaimStatus status) {
        return kase -> s.id() != null && kase.claim(s.id()).isPresent()
                ? kase.updateClaim(s.id(), c -> c.withStatus(status))
                : decideSpan(kase, article, new TextSpan(s.start(), s.end()), mentions, status);
    }

    /** The span's claim gets the status: the one the case holds on it, else a new one. Unchanged case if nothing changes. */
    private static CaseFile decideSpan(CaseFile kase, Article article, TextSpan span, List<Mention> mentions, ClaimStatus status) {
        Optional<Claim> existing = claimOn(kase, article, span);
        if (existing.isPresent()) {
            return existing.get().status() == status ? kase : kase.updateClaim(existing.get().id(), c -> c.withStatus(status));
        }
        return kase.withClaim(claimFor(kase.nextClaimId(), article, span, mentions, status));
    }

    /**
     * The claim (of any status) the case holds on exactly this span of the article, its anchor re-attached to the
     * article's current text.
     */
    public static Optional<Claim> claimOn(CaseFile kase, Article article, TextSpan span) {
        return kase.claims().stream().filter(c -> c.file().equals(article.file()))
                .filter(c -> span.equals(placeOf(c, article))).findFirst();
    }

    /**
     * The analyst's claim (not a rejected suggestion) at an offset of the article: the one on exactly {@code span}
     * if there is one, else the shortest one containing {@code span}'s start.
     */
    public static Optional<Claim> savedClaimAt(CaseFile kase, Article article, TextSpan span) {
        Optional<Claim> exact = claimOn(kase, article, span).filter(c -> c.status() != ClaimStatus.REJECTED);
        if (exact.isPresent()) {
            return exact;
        }
        Claim best = null;
        TextSpan bestPlace = null;
        for (Claim c : kase.claims()) {
            if (c.status() == ClaimStatus.REJECTED || !c.file().equals(article.file())) {
                continue;
            }
            TextSpan place = placeOf(c, article);
            if (place != null && place.contains(span.start()) && (bestPlace == null || place.length() < bestPlace.length())) {
                best = c;
                bestPlace = place;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Where a claim's quote is in the article's current text, or null when it is lost. */
    private static TextSpan placeOf(Claim c, Article article) {
        AnchorResolver.Resolution where = AnchorResolver.resolve(c.anchor(), article.body());
        return where.isLost() ? null : new TextSpan(where.anchor().start(), where.anchor().end());
    }

    /**
     * Accepts every member of a suggested group and makes it the analyst's group. Members that are already saved
     * claims join it as they are.
     */
    public static UnaryOperator<CaseFile> acceptGroup(GroupView group, Function<String, Article> articleById,
                                                      Function<String, List<Mention>> mentionsById) {
        return kase -> {
            Members m = acceptMembers(kase, group.claims(), articleById, mentionsById);
            CaseFile k = m.kase().withNewGroup(group.summary(), m.ids());
            // A grade the analyst gave the suggestion belongs to the group it has become.
            var override = kase.credibilityOverride(group.id());
            String saved = m.ids().isEmpty() ? null : k.claim(m.ids().get(0)).map(c -> c.groupId()).orElse(null);
            if (override.isPresent() && saved != null) {
                var o = override.get();
                k = k.withCredibilityOverride(group.id(), null)
                        .withCredibilityOverride(saved, new org.triangulate.casefile.CredibilityOverride(saved, o.grade(), o.reason(), o.members()));
            }
            return k;
        };
    }

    /** Accepts every member of a suggested group into one of the analyst's groups (merging a suggestion into it). */
    public static UnaryOperator<CaseFile> acceptGroupInto(GroupView group, String groupId, Function<String, Article> articleById,
                                                          Function<String, List<Mention>> mentionsById) {
        return kase -> {
            Members m = acceptMembers(kase, group.claims(), articleById, mentionsById);
            CaseFile k = m.kase();
            for (String id : m.ids()) {
                k = k.assign(id, groupId);
            }
            return k;
        };
    }

    private record Members(CaseFile kase, List<String> ids) {
    }

    private static Members acceptMembers(CaseFile kase, List<ClaimView> members, Function<String, Article> articleById,
                                         Function<String, List<Mention>> mentionsById) {
        CaseFile k = kase;
        List<String> ids = new ArrayList<>();
        for (ClaimView member : members) {
            String id = member.id();
            if (id == null || k.claim(id).isEmpty()) {
                Article a = articleById.apply(member.articleId());
                TextSpan span = new TextSpan(member.start(), member.end());
                k = decideSpan(k, a, span, mentionsById.apply(member.articleId()), ClaimStatus.ACCEPTED);
                id = claimOn(k, a, span).orElseThrow().id();
            } else {
                k = k.updateClaim(id, c -> c.withStatus(ClaimStatus.ACCEPTED));
            }
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return new Members(k, ids);
    }

    /** Adds the tag when the claim lacks it, removes it when it has it (the digit keys toggle). */
    public static UnaryOperator<CaseFile> toggleTag(String claimId, String tag) {
        return kase -> kase.updateClaim(claimId, c -> {
            List<String> tags = new ArrayList<>(c.tags());
            if (!tags.remove(tag)) {
                tags.add(tag);
            }
            return c.withTags(tags);
        });
    }

    public static UnaryOperator<CaseFile> cycleStance(String claimId) {
        return kase -> kase.updateClaim(claimId, c -> c.withStance(c.stance().next()));
    }

    public static UnaryOperator<CaseFile> setNote(String claimId, String note) {
        return kase -> kase.updateClaim(claimId, c -> c.withNote(note));
    }

    public static UnaryOperator<CaseFile> setAttribution(String claimId, String attribution) {
        return kase -> kase.updateClaim(claimId, c -> c.withAttribution(attribution));
    }

    public static UnaryOperator<CaseFile> remove(String claimId) {
        return kase -> kase.withoutClaim(claimId);
    }

    /** Puts a claim into an existing group, or with a null group into a new group of its own. */
    public static UnaryOperator<CaseFile> addToGroup(String claimId, String groupId) {
        return kase -> groupId == null
                ? kase.withNewGroup(kase.claim(claimId).map(Claim::text).orElse(""), List.of(claimId))
                : kase.assign(claimId, groupId);
    }

    /** Takes a claim out of its group. */
    public static UnaryOperator<CaseFile> ungroup(String claimId) {
        return kase -> kase.assign(claimId, null);
    }

    public static UnaryOperator<CaseFile> mergeGroups(String into, String from) {
        return kase -> kase.mergeGroups(into, from);
    }

    public static UnaryOperator<CaseFile> renameGroup(String groupId, String summary) {
        return kase -> kase.updateGroup(groupId, g -> new ClaimGroup(g.id(), summary));
    }

    static Claim claimFor(String id, Article article, TextSpan span, List<Mention> mentions, ClaimStatus status) {
        QuoteAnchor anchor = QuoteAnchor.of(article.file(), article.body(), span.start(), span.end());
        SuggestedClaim read = READER.describe(article, span, mentions);
        return new Claim(id, anchor, read.attribution(), read.stance(), read.entities(), List.of(), "", null, status);
    }
}
