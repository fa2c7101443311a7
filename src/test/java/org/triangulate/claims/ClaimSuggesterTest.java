package org.triangulate.claims;

import org.triangulate.casefile.Stance;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.triangulate.corpus.Article;
import org.triangulate.corpus.ArticleMeta;
import org.triangulate.corpus.BreakIteratorSentenceSplitter;
import org.triangulate.nlp.EntityType;
import org.triangulate.nlp.Mention;

class ClaimSuggesterTest {

    private final ClaimSuggester suggester = new ClaimSuggester();

    static Article article(String body) {
        return new Article("a1", "a.txt", new ArticleMeta("A title", "Daily Planet", null, null, "en", "sidecar"), body,
                new BreakIteratorSentenceSplitter().split(body));
    }

    static Mention mention(String body, String text, EntityType type, String entity) {
        int at = body.indexOf(text);
        return new Mention(at, at + text.length(), text, type, entity);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The ministry denied that any data had been stolen from its servers.|DENIED",
            "Hackers likely stole the records of about 4,000 patients last week.|HEDGED",
            "Prosecutors accused the two men of laundering money for the group.|ALLEGED",
            "The hospital restored 40 of its servers on Friday after a week offline.|ASSERTED",
            "The suspect is said to have fled the country before the raid.|HEDGED"})
    void stanceIsReadFromTheSentence(String sentence, Stance expected) {
        List<Mention> mentions = List.of();
        SuggestedClaim claim = suggester.read(article(sentence), article(sentence).sentences().get(0), mentions);
        assertThat(claim).isNotNull();
        assertThat(claim.stance()).isEqualTo(expected);
    }

    @Test
    void attributionIsTheNamedSubjectOfTheReportingVerb() {
        String body = "The death toll rose to 41 on Tuesday, the Health Ministry said in a statement.";
        Article a = article(body);
        List<Mention> mentions = List.of(mention(body, "Health Ministry", EntityType.ORGANIZATION, "Ministry of Health"),
                mention(body, "41", EntityType.QUANTITY, "41"));
        SuggestedClaim claim = suggester.suggest(a, mentions).get(0);
        assertThat(claim.attribution()).isEqualTo("Ministry of Health");
        assertThat(claim.values()).containsExactly("QUANTITY:41");
    }

    @Test
    void attributionAfterTheVerbIsFound() {
        String body = "Three ships were seized in the strait overnight, according to Reuters.";
        List<Mention> mentions = List.of(mention(body, "Reuters", EntityType.ORGANIZATION, "Reuters"));
        assertThat(suggester.suggest(article(body), mentions).get(0).attribution()).isEqualTo("Reuters");
    }

    @Test
    void anUnnamedSourceIsKeptAsItsNounPhrase() {
        String body = "The files were never encrypted, the company's spokesperson said on Monday.";
        SuggestedClaim claim = suggester.suggest(article(body), List.of()).get(0);
        assertThat(claim.attribution()).isEqualTo("the company's spokesperson");
    }

    @Test
    void aNameInsideAnotherNameIsNotAReportingVerb() {
        String body = "The United States and Canada expelled 12 diplomats on Friday.";
        List<Mention> mentions = List.of(mention(body, "United States", EntityType.LOCATION, "United States"),
                mention(body, "Canada", EntityType.LOCATION, "Canada"));
        assertThat(suggester.suggest(article(body), mentions).get(0).attribution()).isNull();
    }

    @Test
    void theSubjectBeforeAnAppositiveIsTheSource() {
        String body = "Japan, long a cautious partner of the alliance, blamed the group for the outage.";
        List<Mention> mentions = List.of(mention(body, "Japan", EntityType.LOCATION, "Japan"));
        assertThat(suggester.suggest(article(body), mentions).get(0).attribution()).isEqualTo("Japan");
    }

    @Test
    void theAgentOfAPassiveReportingVerbIsTheSource() {
        String body = "Claims of 300 deaths were denied by the Interior Ministry within hours.";
        List<Mention> mentions = List.of(mention(body, "Interior Ministry", EntityType.ORGANIZATION, "Interior Ministry"));
        assertThat(suggester.suggest(article(body), mentions).get(0).attribution()).isEqualTo("Interior Ministry");
    }

    @Test
    void aDescriptiveSourceWithCapitalisedAdjectivesIsKept() {
        String body = "“The figures are wrong,” the Turkish health ministry spokesperson said on 12 May.";
        assertThat(suggester.suggest(article(body), List.of()).get(0).attribution())
                .isEqualTo("the Turkish health ministry spokesperson");
    }

    @Test
    void aBodyNamedWithItsPlaceIsTheSourceNotThePlace() {
        // "the Russian embassy in Berlin said": the embassy speaks, Berlin is only where it sits
        String body = "“The report is a fabrication,” the Russian embassy in Berlin said on Friday.";
        List<Mention> mentions = List.of(mention(body, "Berlin", EntityType.LOCATION, "Germany"));
        assertThat(suggester.suggest(article(body), mentions).get(0).attribution()).isEqualTo("the Russian embassy in Berlin");
    }

    @Test
    void aBarePluralSourceWithAListOfPlacesIsTheSource() {
        String body = "Iranian consulates in Paris, Rome and Madrid rejected the accusations on Monday.";
        List<Mention> mentions = List.of(mention(body, "Paris", EntityType.LOCATION, "Paris"),
                mention(body, "Rome", EntityType.LOCATION, "Rome"), mention(body, "Madrid", EntityType.LOCATION, "Madrid"));
        assertThat(suggester.suggest(article(body), mentions).get(0).attribution()).isEqualTo("Iranian consulates in Paris, Rome and Madrid");
    }

    @Test
    void aCoordinatedSubjectIsEveryNamedSource() {
        String body = "Kenya, Uganda and Tanzania have accused the militia of 40 attacks on border towns.";
        List<Mention> mentions = List.of(mention(body, "Kenya", EntityType.LOCATION, "Kenya"),
                mention(body, "Uganda", EntityType.LOCATION, "Uganda"), mention(body, "Tanzania", EntityType.LOCATION, "Tanzania"));
        assertThat(suggester.suggest(article(body), mentions).get(0).attribution()).isEqualTo("Kenya, Uganda, Tanzania");
    }

    @Test
    void theSpeakerOfAnEmphasisIsTheSourceRatherThanTheAgencyThatReportedIt() {
        String body = "The interior ministry spokesperson stressed that 12 suspects were in custody, Reuters reported.";
        List<Mention> mentions = List.of(mention(body, "Reuters", EntityType.ORGANIZATION, "Reuters"));
        assertThat(suggester.suggest(article(body), mentions).get(0).attribution()).isEqualTo("The interior ministry spokesperson");
    }

    @Test
    void anUnattributedClaimIsTheOutletsOwn() {
        String body = "Twelve aftershocks struck Hatay and Adana overnight, damaging 300 buildings.";
        Article a = article(body);
        SuggestedClaim claim = suggester.suggest(a, List.of(mention(body, "Hatay", EntityType.LOCATION, "Hatay"),
                mention(body, "Adana", EntityType.LOCATION, "Adana"))).get(0);
        assertThat(ClaimBoard.orOutlet(claim.attribution(), a)).isEqualTo("Daily Planet");
    }

    @Test
    void aStoryAboutCookiesKeepsItsClaims() {
        String body = "The regulator fined the retailer 2 million euros over its cookie consent banners, officials said.";
        assertThat(suggester.suggest(article(body), List.of())).hasSize(1);
    }

    @Test
    void pageFurnitureAndShortFragmentsAreNotClaims() {
        String body = "Leave a Reply Cancel reply\nYour email address will not be published. Required fields are marked *\n"
                + "Photo: AFP\n";
        assertThat(suggester.suggest(article(body), List.of())).isEmpty();
    }
}
