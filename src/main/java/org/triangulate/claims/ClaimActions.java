package org.triangulate.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
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
 * every one is undoable and autosaved.
 */
public final class ClaimActions {

    private static final ClaimSuggester READER = new ClaimSuggester();

    private ClaimActions() {
    }

    /**
     * Tags [start, end) of an article as an accepted claim, with who asserts it, its stance and its entities read
     * from the text (the analyst corrects them if needed).
     */
    public static UnaryOperator<CaseFile> tagSpan(Article article, int start, int end, List<Mention> mentions) {
        return kase -> kase.withClaim(claimFor(kase.nextClaimId(), article, new TextSpan(start, end), mentions, ClaimStatus.ACCEPTED));
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
        if (s.id() != null) {
            return kase -> kase.updateClaim(s.id(), c -> c.withStatus(status));
        }
        return kase -> kase.withClaim(claimFor(kase.nextClaimId(), article, new TextSpan(s.start(), s.end()), mentions, status));
    }

    /**
     * Accepts every member of a suggested group and makes it the analyst's group. Members that are already saved
     * claims join it as they are.
     */
    public static UnaryOperator<CaseFile> acceptGroup(GroupView group, java.util.function.Function<String, Article> articleById,
                                                      java.util.function.Function<String, List<Mention>> mentionsById) {
        return kase -> {
            CaseFile k = kase;
            List<String> ids = new ArrayList<>();
            for (ClaimView member : group.claims()) {
                if (member.id() != null) {
                    ids.add(member.id());
                    k = k.updateClaim(member.id(), c -> c.withStatus(ClaimStatus.ACCEPTED));
                } else {
                    String id = k.nextClaimId();
                    Article a = articleById.apply(member.articleId());
                    k = k.withClaim(claimFor(id, a, new TextSpan(member.start(), member.end()),
                            mentionsById.apply(member.articleId()), ClaimStatus.ACCEPTED));
                    ids.add(id);
                }
            }
            return k.withNewGroup(group.summary(), ids);
        };
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
