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
        String other = "The Interior Ministry said 12 people were rescued from the rubble on Monday.";
        Article b = new Article("b1", "b.txt", ARTICLE.meta(), other, new org.triangulate.corpus.BreakIteratorSentenceSplitter().split(other));
        List<Mention> otherMentions = List.of(ClaimSuggesterTest.mention(other, "Interior Ministry", EntityType.ORGANIZATION, "Interior Ministry"));
        ClaimOverview overview = new ClaimBoard().overview(List.of(ARTICLE, b), id -> id.equals("b1") ? otherMentions : MENTIONS, CaseFile.empty());
        GroupView group = overview.groups().get(0);
        CaseFile k = ClaimActions.acceptGroup(group, id -> id.equals("b1") ? b : ARTICLE,
                id -> id.equals("b1") ? otherMentions : MENTIONS).apply(CaseFile.empty());
        assertThat(k.groups()).hasSize(1);
        assertThat(k.members(k.groups().get(0).id())).hasSize(2).allMatch(c -> c.status() == ClaimStatus.ACCEPTED);
        ClaimOverview after = new ClaimBoard().overview(List.of(ARTICLE, b), id -> id.equals("b1") ? otherMentions : MENTIONS, k);
        assertThat(after.groups()).singleElement().satisfies(g -> assertThat(g.suggested()).isFalse());
    }
}
