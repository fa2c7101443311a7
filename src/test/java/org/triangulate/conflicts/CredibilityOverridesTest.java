package org.triangulate.conflicts;

import static org.triangulate.conflicts.TestArticles.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.casefile.CaseFile;
import org.triangulate.casefile.ClaimStatus;
import org.triangulate.casefile.Credibility;
import org.triangulate.casefile.CredibilityOverride;
import org.triangulate.casefile.Stance;
import org.triangulate.claims.ClaimOverview;
import org.triangulate.claims.ClaimView;
import org.triangulate.claims.GroupView;
import org.triangulate.corpus.Article;
import org.triangulate.corpus.TextSpan;

/** The analyst's credibility grade stays on the group it was given to when suggested groups are worked out again. */
class CredibilityOverridesTest {

    private static final String A = "Officials said 41 people were killed in the earthquake. Rescue teams reached the valley by road.";
    private static final String B = "The governor said 41 people died when the ground shook. Helicopters carried rescuers into the valley.";
    private static final String C = "The president visited the region on Friday. Aid convoys reached the valley on Saturday.";

    private final List<Article> articles = List.of(article("a.txt", "Daily A", A), article("b.txt", "Courier B", B),
            article("c.txt", "Radio C", C));

    private ClaimView claim(String file, int sentence) {
        Article a = articles.stream().filter(x -> x.file().equals(file)).findFirst().orElseThrow();
        TextSpan s = a.sentences().get(sentence);
        return new ClaimView(null, file, file, s.start(), s.end(), a.text(s), "the outlet", Stance.ASSERTED,
                ClaimStatus.SUGGESTED, List.of(), List.of(), List.of());
    }

    private GroupView toll(String id) {
        return new GroupView(id, "toll", 2, true, List.of(claim("a.txt", 0), claim("b.txt", 0)));
    }

    private GroupView rescue(String id) {
        return new GroupView(id, "rescue", 3, true, List.of(claim("a.txt", 1), claim("b.txt", 1), claim("c.txt", 1)));
    }

    private ConflictReport report(CaseFile kase, GroupView... groups) {
        return new ConflictBoard().report(new ClaimOverview(List.of(groups), List.of()), articles, id -> List.of(), kase);
    }

    private static GroupCredibility of(ConflictReport r, String summary) {
        return r.credibility().stream().filter(g -> g.summary().equals(summary)).findFirst().orElseThrow();
    }

    /** The analyst grades the toll group, which the board happened to number s1. */
    private CaseFile tollGradedDoubtful() {
        ConflictReport before = report(CaseFile.empty(), toll("s1"), rescue("s2"));
        GroupCredibility toll = of(before, "toll");
        return CredibilityOverrides.set(CaseFile.empty(), toll("s1"), toll.override(), Credibility.DOUBTFUL,
                "the governor's office has retracted its count");
    }

    @Test
    void aGradeStaysOnItsGroupWhenTheSuggestedGroupsAreRenumbered() {
        CaseFile kase = tollGradedDoubtful();

        ConflictReport after = report(kase, rescue("s1"), toll("s2"));

        assertThat(of(after, "toll").effective()).isEqualTo(Credibility.DOUBTFUL);
        assertThat(of(after, "toll").override()).isNotNull();
        assertThat(of(after, "rescue").override()).as("the grade must not jump to the group now numbered s1").isNull();
    }

    @Test
    void aGradeFollowsItsGroupWhenASourceJoinsIt() {
        CaseFile kase = tollGradedDoubtful();
        GroupView grown = new GroupView("s9", "toll", 3, true, List.of(claim("a.txt", 0), claim("b.txt", 0), claim("c.txt", 0)));

        ConflictReport after = report(kase, rescue("s1"), grown);

        assertThat(of(after, "toll").effective()).isEqualTo(Credibility.DOUBTFUL);
        assertThat(of(after, "rescue").override()).isNull();
    }

    @Test
    void aGradeWhoseGroupIsGoneShowsNowhere() {
        CaseFile kase = tollGradedDoubtful();

        ConflictReport after = report(kase, rescue("s1"));

        assertThat(after.credibility()).allSatisfy(g -> assertThat(g.override()).isNull());
    }

    @Test
    void regradingAGroupReplacesTheGradeItShowedWhateverIdItWasSavedUnder() {
        CaseFile kase = tollGradedDoubtful();
        GroupCredibility shown = of(report(kase, rescue("s1"), toll("s2")), "toll");

        CaseFile regraded = CredibilityOverrides.set(kase, toll("s2"), shown.override(), Credibility.PROBABLY_TRUE, "confirmed");

        assertThat(regraded.credibilityOverrides()).singleElement()
                .satisfies(o -> assertThat(o.grade()).isEqualTo(Credibility.PROBABLY_TRUE));
        assertThat(CredibilityOverrides.set(regraded, toll("s2"), of(report(regraded, toll("s2")), "toll").override(), null, null)
                .credibilityOverrides()).isEmpty();
    }

    @Test
    void theAnalystsOwnGroupKeepsItsGradeByIdAsItGrows() {
        CaseFile kase = CaseFile.empty().withCredibilityOverride("g1",
                new CredibilityOverride("g1", Credibility.CONFIRMED, "seen the court papers"));
        GroupView g1 = new GroupView("g1", "toll", 3, false, List.of(claim("a.txt", 0), claim("b.txt", 0), claim("c.txt", 0)));

        assertThat(of(report(kase, g1, rescue("s1")), "toll").effective()).isEqualTo(Credibility.CONFIRMED);
    }
}
