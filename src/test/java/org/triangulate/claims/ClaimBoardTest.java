package org.triangulate.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.triangulate.casefile.AnchorResolver;
import org.triangulate.casefile.CaseFile;
import org.triangulate.casefile.Claim;
import org.triangulate.casefile.ClaimStatus;
import org.triangulate.corpus.Article;
import org.triangulate.corpus.BreakIteratorSentenceSplitter;
import org.triangulate.nlp.EntityType;
import org.triangulate.nlp.Mention;

/** How the board shows the analyst's saved claims against the articles as they are now. */
class ClaimBoardTest {

    private static final String BODY = "Hackers stole more than 10,000 emails, the ministry said on 25 March 2024. "
            + "The minister denied that any secret files had been taken from the servers.";
    private static final String EDITED = "Hackers stole some 12,000 emails, officials told reporters on Tuesday afternoon. "
            + "The minister denied that any secret files had been taken from the servers.";

    private final ClaimBoard board = new ClaimBoard();

    private static Article article(String body) {
        return new Article("a1", "a.txt", ClaimSuggesterTest.article(body).meta(), body, new BreakIteratorSentenceSplitter().split(body));
    }

    /** Quantities and dates as the extractor would mark them. */
    private static Function<String, List<Mention>> mentionsOf(String body) {
        return id -> {
            List<Mention> out = new java.util.ArrayList<>();
            if (body.contains("more than 10,000 emails")) {
                out.add(ClaimSuggesterTest.mention(body, "more than 10,000 emails", EntityType.QUANTITY, "10000"));
                out.add(ClaimSuggesterTest.mention(body, "25 March 2024", EntityType.DATE, "2024-03-25"));
            }
            if (body.contains("ministry")) {
                out.add(ClaimSuggesterTest.mention(body, "ministry", EntityType.ORGANIZATION, "Ministry"));
            }
            return out;
        };
    }

    /** The case after the analyst accepts the first sentence's suggestion, tags it, notes it and groups it. */
    private CaseFile acceptedFirstSentence() {
        Article a = article(BODY);
        ClaimView suggestion = board.overview(List.of(a), mentionsOf(BODY), CaseFile.empty()).ungrouped().stream()
                .filter(v -> v.text().startsWith("Hackers")).findFirst().orElseThrow();
        CaseFile k = ClaimActions.accept(a, suggestion, mentionsOf(BODY).apply("a1")).apply(CaseFile.empty());
        String id = k.claims().get(0).id();
        k = ClaimActions.toggleTag(id, "impact").apply(k);
        k = ClaimActions.setNote(id, "check the count").apply(k);
        return k.withNewGroup("Emails stolen", List.of(id));
    }

    @Test
    void anAcceptedClaimKeepsTheValuesItsSuggestionShowed() {
        Article a = article(BODY);
        ClaimView suggestion = board.overview(List.of(a), mentionsOf(BODY), CaseFile.empty()).ungrouped().stream()
                .filter(v -> v.text().startsWith("Hackers")).findFirst().orElseThrow();
        assertThat(suggestion.values()).containsExactly("QUANTITY:10000", "DATE:2024-03-25");
        CaseFile k = ClaimActions.accept(a, suggestion, mentionsOf(BODY).apply("a1")).apply(CaseFile.empty());

        ClaimOverview after = board.overview(List.of(a), mentionsOf(BODY), k);
        ClaimView accepted = after.ungrouped().stream().filter(v -> v.id() != null).findFirst().orElseThrow();
        assertThat(accepted.status()).isEqualTo(ClaimStatus.ACCEPTED);
        assertThat(accepted.values()).containsExactly("QUANTITY:10000", "DATE:2024-03-25");
    }

    @Test
    void aClaimWhoseQuoteWasEditedAwayIsKeptFlaggedLostWithItsNoteTagsAndGroup() {
        CaseFile k = acceptedFirstSentence();
        Claim saved = k.claims().get(0);

        ClaimOverview after = board.overview(List.of(article(EDITED)), mentionsOf(EDITED), k);

        assertThat(after.lost()).singleElement().satisfies(v -> {
            assertThat(v.id()).isEqualTo(saved.id());
            assertThat(v.anchor()).isEqualTo(AnchorResolver.Resolution.State.LOST);
            assertThat(v.isLost()).isTrue();
            assertThat(v.text()).isEqualTo(saved.text());
            assertThat(v.note()).isEqualTo("check the count");
            assertThat(v.tags()).containsExactly("impact");
            assertThat(v.groupId()).isEqualTo(saved.groupId()).isNotNull();
        });
        // not shown at the stale offsets, which now hold other text
        assertThat(after.groups()).allSatisfy(g -> assertThat(g.claims()).noneMatch(v -> saved.id().equals(v.id())));
        assertThat(after.ungrouped()).noneMatch(v -> saved.id().equals(v.id()));
    }

    @Test
    void theSentenceThatReplacedALostClaimIsSuggestedAgain() {
        CaseFile k = acceptedFirstSentence();

        ClaimOverview after = board.overview(List.of(article(EDITED)), mentionsOf(EDITED), k);

        assertThat(after.ungrouped()).anySatisfy(v -> {
            assertThat(v.text()).startsWith("Hackers stole some 12,000 emails");
            assertThat(v.status()).isEqualTo(ClaimStatus.SUGGESTED);
        });
    }

    @Test
    void aClaimWhoseQuoteMovedIsStillShownWhereItIsNow() {
        CaseFile k = acceptedFirstSentence();
        String moved = "An update was added at the top. " + BODY;

        ClaimOverview after = board.overview(List.of(article(moved)), mentionsOf(moved), k);

        assertThat(after.lost()).isEmpty();
        assertThat(after.groups()).singleElement().satisfies(g -> assertThat(g.claims()).singleElement().satisfies(v -> {
            assertThat(moved.substring(v.start(), v.end())).isEqualTo(v.text());
            assertThat(v.anchor()).isEqualTo(AnchorResolver.Resolution.State.MOVED);
        }));
    }

    private static Article named(String id, String body) {
        return new Article(id, id + ".txt", ClaimSuggesterTest.article(body).meta(), body, new BreakIteratorSentenceSplitter().split(body));
    }

    private static java.util.Map<java.util.Set<String>, String> suggestedIdsByMembers(ClaimOverview o) {
        java.util.Map<java.util.Set<String>, String> out = new java.util.HashMap<>();
        o.groups().stream().filter(GroupView::suggested).forEach(g -> out.put(
                g.claims().stream().map(c -> c.file() + ":" + c.text()).collect(java.util.stream.Collectors.toSet()), g.id()));
        return out;
    }

    @Test
    void aSuggestedGroupKeepsItsIdWhenUnrelatedGroupsAppear() {
        List<Article> two = List.of(
                named("b1", "Officials said 41 people were killed in the earthquake in the northern valley on Monday. "
                        + "Rescue teams from the army reached the flooded valley by road on Tuesday morning."),
                named("b2", "The governor said 41 people were killed when the earthquake hit the northern valley on Monday. "
                        + "Army rescue teams reached the flooded valley by road on Tuesday morning, the governor said."));
        List<Article> more = new java.util.ArrayList<>(two);
        more.add(named("a1", "The president visited the stricken region on Friday with the interior minister, aides said."));
        more.add(named("a2", "Aides said the president visited the stricken region with the interior minister on Friday."));

        ClaimOverview before = board.overview(two, id -> List.of(), CaseFile.empty());
        ClaimOverview after = board.overview(more, id -> List.of(), CaseFile.empty());

        java.util.Map<java.util.Set<String>, String> was = suggestedIdsByMembers(before);
        java.util.Map<java.util.Set<String>, String> now = suggestedIdsByMembers(after);
        assertThat(was).isNotEmpty();
        assertThat(now.size()).isGreaterThan(was.size());
        was.forEach((members, id) -> assertThat(now).containsEntry(members, id));
    }
}
