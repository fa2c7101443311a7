package org.triangulate.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.casefile.CaseFile;
import org.triangulate.casefile.Claim;
import org.triangulate.casefile.ClaimStatus;
import org.triangulate.casefile.Stance;
import org.triangulate.corpus.Article;
import org.triangulate.nlp.EntityType;
import org.triangulate.nlp.Mention;

class ClaimActionsTest {

    static final String BODY = "Rescuers pulled 12 people from the rubble, the Interior Ministry said. Aid arrived later.";
    static final Article ARTICLE = ClaimSuggesterTest.article(BODY);
    static final List<Mention> MENTIONS = List.of(ClaimSuggesterTest.mention(BODY, "Interior Ministry", EntityType.ORGANIZATION, "Interior Ministry"));
    /** A second outlet stating the same rescue, for the group tests. */
    static final String OTHER = "The Interior Ministry said 12 people were rescued from the rubble on Monday.";
    static final Article OTHER_ARTICLE = new Article("b1", "b.txt", ARTICLE.meta(), OTHER,
            new org.triangulate.corpus.BreakIteratorSentenceSplitter().split(OTHER));
    static final List<Mention> OTHER_MENTIONS = List.of(ClaimSuggesterTest.mention(OTHER, "Interior Ministry", EntityType.ORGANIZATION, "Interior Ministry"));

    static Article articleOf(String id) {
        return id.equals(OTHER_ARTICLE.id()) ? OTHER_ARTICLE : ARTICLE;
    }

    static List<Mention> mentionsOf(String id) {
        return id.equals(OTHER_ARTICLE.id()) ? OTHER_MENTIONS : MENTIONS;
    }

    @Test
    void taggingASpanPrefillsSourceStanceAndEntities() {
        int end = BODY.indexOf(" Aid");
        CaseFile k = ClaimActions.tagSpan(ARTICLE, 0, end, MENTIONS).apply(CaseFile.empty());
        Claim c = k.claims().get(0);
        assertThat(c.text()).isEqualTo(BODY.substring(0, end));
        assertThat(c.attribution()).isEqualTo("Interior Ministry");
        assertThat(c.stance()).isEqualTo(Stance.ASSERTED);
        assertThat(c.entities()).containsExactly("ORGANIZATION:Interior Ministry");
        assertThat(c.status()).isEqualTo(ClaimStatus.ACCEPTED);
    }

    @Test
    void aRejectedSuggestionIsRememberedAndNotSuggestedAgain() {
        ClaimBoard board = new ClaimBoard();
        ClaimOverview before = board.overview(List.of(ARTICLE), id -> MENTIONS, CaseFile.empty());
        ClaimView suggestion = before.ungrouped().get(0);
        CaseFile k = ClaimActions.reject(ARTICLE, suggestion, MENTIONS).apply(CaseFile.empty());
        assertThat(k.claims().get(0).status()).isEqualTo(ClaimStatus.REJECTED);
        ClaimOverview after = board.overview(List.of(ARTICLE), id -> MENTIONS, k);
        assertThat(after.ungrouped()).noneMatch(v -> v.start() == suggestion.start());
    }

    @Test
    void digitTagsToggle() {
        CaseFile k = ClaimActions.tagSpan(ARTICLE, 0, 10, List.of()).apply(CaseFile.empty());
        String id = k.claims().get(0).id();
        k = ClaimActions.toggleTag(id, "impact").apply(k);
        assertThat(k.claim(id).orElseThrow().tags()).containsExactly("impact");
        k = ClaimActions.toggleTag(id, "impact").apply(k);
        assertThat(k.claim(id).orElseThrow().tags()).isEmpty();
    }

    @Test
    void acceptingASuggestedGroupMakesItTheAnalystsGroup() {
        ClaimOverview overview = new ClaimBoard().overview(List.of(ARTICLE, OTHER_ARTICLE), ClaimActionsTest::mentionsOf, CaseFile.empty());
        GroupView group = overview.groups().get(0);
        CaseFile k = ClaimActions.acceptGroup(group, ClaimActionsTest::articleOf,
                ClaimActionsTest::mentionsOf).apply(CaseFile.empty());
        assertThat(k.groups()).hasSize(1);
        assertThat(k.members(k.groups().get(0).id())).hasSize(2).allMatch(c -> c.status() == ClaimStatus.ACCEPTED);
        ClaimOverview after = new ClaimBoard().overview(List.of(ARTICLE, OTHER_ARTICLE), ClaimActionsTest::mentionsOf, k);
        assertThat(after.groups()).singleElement().satisfies(g -> assertThat(g.suggested()).isFalse());
    }

    @Test
    void aCredibilityGradeGivenToASuggestedGroupFollowsItWhenAccepted() {
        GroupView group = new ClaimBoard().overview(List.of(ARTICLE, OTHER_ARTICLE), ClaimActionsTest::mentionsOf,
                CaseFile.empty()).groups().get(0);
        CaseFile graded = CaseFile.empty().withCredibilityOverride(group.id(), new org.triangulate.casefile.CredibilityOverride(
                group.id(), org.triangulate.casefile.Credibility.values()[0], "confirmed by the ministry's own release", List.of()));
        CaseFile k = ClaimActions.acceptGroup(group, ClaimActionsTest::articleOf,
                ClaimActionsTest::mentionsOf).apply(graded);
        String saved = k.groups().get(0).id();
        assertThat(k.credibilityOverride(saved)).hasValueSatisfying(o -> assertThat(o.reason()).contains("ministry's own release"));
        assertThat(k.credibilityOverride(group.id())).isEmpty();
    }

    @Test
    void taggingASpanTheCaseAlreadyHoldsMakesNoSecondClaim() {
        int end = BODY.indexOf(" Aid");
        CaseFile once = ClaimActions.tagSpan(ARTICLE, 0, end, MENTIONS).apply(CaseFile.empty());
        CaseFile twice = ClaimActions.tagSpan(ARTICLE, 0, end, MENTIONS).apply(once);
        assertThat(twice.claims()).hasSize(1);
        assertThat(twice).as("nothing changed, so nothing to undo").isSameAs(once);
    }

    @Test
    void decidingASuggestionFromAnOutdatedOverviewUpdatesTheSavedClaimInsteadOfDuplicatingIt() {
        // the overview is rebuilt in the background: keys pressed meanwhile still see the span as a suggestion
        ClaimView stale = new ClaimBoard().overview(List.of(ARTICLE), id -> MENTIONS, CaseFile.empty()).ungrouped().get(0);
        CaseFile k = ClaimActions.accept(ARTICLE, stale, MENTIONS).apply(CaseFile.empty());
        k = ClaimActions.accept(ARTICLE, stale, MENTIONS).apply(k);
        k = ClaimActions.tagSpan(ARTICLE, stale.start(), stale.end(), MENTIONS).apply(k);
        assertThat(k.claims()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(ClaimStatus.ACCEPTED));
        k = ClaimActions.reject(ARTICLE, stale, MENTIONS).apply(k);
        assertThat(k.claims()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(ClaimStatus.REJECTED));
        k = ClaimActions.tagSpan(ARTICLE, stale.start(), stale.end(), MENTIONS).apply(k);
        assertThat(k.claims()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(ClaimStatus.ACCEPTED));
    }

    @Test
    void acceptingAGroupWhoseMembersWereAlreadyTaggedReusesTheirClaims() {
        GroupView group = new ClaimBoard().overview(List.of(ARTICLE, OTHER_ARTICLE), ClaimActionsTest::mentionsOf,
                CaseFile.empty()).groups().get(0);
        ClaimView member = group.claims().get(0);
        Article memberArticle = articleOf(member.articleId());
        CaseFile tagged = ClaimActions.tagSpan(memberArticle, member.start(), member.end(), List.of()).apply(CaseFile.empty());
        CaseFile k = ClaimActions.acceptGroup(group, ClaimActionsTest::articleOf,
                ClaimActionsTest::mentionsOf).apply(tagged);
        assertThat(k.claims()).hasSize(2);
        assertThat(k.members(k.groups().get(0).id())).hasSize(2);
    }

    @Test
    void aSuggestedGroupAcceptedIntoASavedGroupJoinsIt() {
        GroupView group = new ClaimBoard().overview(List.of(ARTICLE, OTHER_ARTICLE), id -> MENTIONS, CaseFile.empty()).groups().get(0);
        int aid = BODY.indexOf("Aid");
        CaseFile k = ClaimActions.tagSpan(ARTICLE, aid, BODY.length(), List.of()).apply(CaseFile.empty());
        k = ClaimActions.addToGroup(k.claims().get(0).id(), null).apply(k);
        String saved = k.groups().get(0).id();
        k = ClaimActions.acceptGroupInto(group, saved, ClaimActionsTest::articleOf, id -> MENTIONS).apply(k);
        assertThat(k.groups()).hasSize(1);
        assertThat(k.members(saved)).hasSize(3);
    }
}
