package org.triangulate.briefing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.triangulate.casefile.BriefingDraft;
import org.triangulate.casefile.CaseFile;
import org.triangulate.casefile.Claim;
import org.triangulate.casefile.ClaimStatus;
import org.triangulate.casefile.Confidence;
import org.triangulate.casefile.Credibility;
import org.triangulate.casefile.KeyJudgment;
import org.triangulate.casefile.Likelihood;
import org.triangulate.casefile.QuoteAnchor;
import org.triangulate.casefile.Reliability;
import org.triangulate.casefile.SourceGrade;
import org.triangulate.casefile.Stance;
import org.triangulate.claims.ClaimBoard;
import org.triangulate.corpus.Article;
import org.triangulate.corpus.ArticleId;
import org.triangulate.corpus.ArticleMeta;
import org.triangulate.corpus.BreakIteratorSentenceSplitter;
import org.triangulate.nlp.Entity;
import org.triangulate.nlp.EntityType;

/**
 * A small case built in memory: three articles (one a wire copy of another), two accepted claim groups, two key
 * judgments, a resolved and an unresolved conflict, graded outlets. Fast enough to build in every test.
 */
final class BriefingFixture {

    static final Instant PREPARED = Instant.parse("2026-11-21T06:00:00Z");

    static final String REUTERS = "The US Justice Department charged seven Chinese nationals on Monday. "
            + "Officials said more than 10,000 emails were sent to targets. China denied the accusations on Tuesday.";
    static final String BBC = "Seven Chinese nationals were charged by the US Justice Department. "
            + "The campaign sent thousands of emails, officials said. Beijing rejected the claims as slander.";
    static final String DAWN = REUTERS + " The report was carried by Dawn from the wire.";

    final List<Article> articles = new ArrayList<>();
    final List<Entity> entities = List.of(
            new Entity("APT31", EntityType.THREAT_ACTOR, List.of("APT31", "Zirconium", "Judgment Panda"), 3, 5),
            new Entity("Lisa Monaco", EntityType.PERSON, List.of("Lisa Monaco", "Monaco"), 2, 3),
            new Entity("US Department of Justice", EntityType.ORGANIZATION, List.of("Justice Department"), 3, 4),
            new Entity("Москва", EntityType.LOCATION, List.of("Moscow"), 1, 1),
            new Entity("北京", EntityType.LOCATION, List.of("Beijing"), 1, 1),
            new Entity("서울", EntityType.LOCATION, List.of("Seoul"), 1, 1),
            new Entity("トウキョウ", EntityType.LOCATION, List.of("Tokyo"), 1, 1),
            new Entity("10,000", EntityType.QUANTITY, List.of(), 1, 1));
    CaseFile kase = CaseFile.empty();
    String chargesGroup;
    String denialGroup;

    BriefingFixture() {
        article("reuters.txt", "Reuters", "US charges seven over China-linked hacking", "https://example.org/reuters/1",
                LocalDate.of(2024, 3, 25), REUTERS);
        article("bbc.txt", "BBC News", "Seven charged in hacking campaign", null, LocalDate.of(2024, 3, 26), BBC);
        article("dawn.txt", "Dawn", "China-linked hackers charged", "https://example.org/dawn", LocalDate.of(2024, 3, 26), DAWN);
    }

    /** The case with accepted groups, judgments, grades and an analyst's BLUF. */
    BriefingFixture withAnalystWork() {
        String c1 = claim("reuters.txt", REUTERS, "The US Justice Department charged seven Chinese nationals on Monday.", "Justice Department");
        String c2 = claim("bbc.txt", BBC, "Seven Chinese nationals were charged by the US Justice Department.", "Justice Department");
        chargesGroup = kase.nextGroupId();
        kase = kase.withNewGroup("The US Justice Department charged seven Chinese nationals.", List.of(c1, c2));
        String c3 = claim("reuters.txt", REUTERS, "China denied the accusations on Tuesday.", "China");
        String c4 = claim("bbc.txt", BBC, "Beijing rejected the claims as slander.", "Beijing");
        denialGroup = kase.nextGroupId();
        kase = kase.withNewGroup("China denied the accusations.", List.of(c3, c4));
        kase = kase.withNewJudgment(new KeyJudgment(null, "China-linked operators ran the campaign.",
                Likelihood.VERY_LIKELY, null, List.of(chargesGroup)));
        kase = kase.withNewJudgment(new KeyJudgment(null, "Beijing will keep denying state involvement.",
                null, Confidence.MODERATE, List.of(denialGroup)));
        kase = kase.withSourceGrade(new SourceGrade("Reuters", Reliability.A))
                .withSourceGrade(new SourceGrade("BBC News", Reliability.B));
        BriefingDraft b = kase.briefing();
        kase = kase.withBriefing(new BriefingDraft("Charges over China-linked hacking", "OFFICIAL \u2014 FOR TRAINING",
                "Washington charged seven Chinese nationals [" + chargesGroup + "]. Beijing denied it [" + denialGroup + "].",
                true, b.judgments()));
        return this;
    }

    EvidenceInput conflicts() {
        BriefingConflict.Variant more = variant("Reuters", "reuters.txt", REUTERS, "more than 10,000 emails", "10000");
        BriefingConflict.Variant thousands = variant("BBC News", "bbc.txt", BBC, "thousands of emails", "thousands");
        BriefingConflict emails = new BriefingConflict("k1", "QUANTITY", BriefingConflict.Severity.HIGH, chargesGroup,
                "How many emails the campaign sent", List.of(more, thousands),
                new BriefingConflict.Settlement("Accepted: 10000 (Reuters)", "Reuters quotes the indictment directly."));
        BriefingConflict day = new BriefingConflict("k2", "DATE", BriefingConflict.Severity.MEDIUM, denialGroup,
                "When China denied the accusations", List.of(
                        variant("Reuters", "reuters.txt", REUTERS, "China denied the accusations on Tuesday.", "Tuesday"),
                        variant("BBC News", "bbc.txt", BBC, "Beijing rejected the claims as slander.", "")), null);
        return new EvidenceInput(List.of(emails, day), Map.of(chargesGroup == null ? "none" : chargesGroup, Credibility.PROBABLY_TRUE));
    }

    Briefing assemble(EvidenceInput evidence) {
        var overview = new ClaimBoard().overview(articles, id -> List.of(), kase);
        return new BriefingAssembler("Ana Lyst", PREPARED).assemble(new BriefingSources(articles, entities, overview, kase, evidence));
    }

    Article article(String file) {
        return articles.stream().filter(a -> a.file().equals(file)).findFirst().orElseThrow();
    }

    void article(String file, String outlet, String title, String url, LocalDate published, String body) {
        articles.add(new Article(ArticleId.of(body), file, new ArticleMeta(title, outlet, url, published, "en", "sidecar"),
                body, new BreakIteratorSentenceSplitter().split(body)));
    }

    private String claim(String file, String body, String quote, String attribution) {
        int start = body.indexOf(quote);
        String id = kase.nextClaimId();
        kase = kase.withClaim(new Claim(id, QuoteAnchor.of(file, body, start, start + quote.length()), attribution,
                Stance.ASSERTED, List.of(), List.of(), "", null, ClaimStatus.ACCEPTED));
        return id;
    }

    private static BriefingConflict.Variant variant(String outlet, String file, String body, String quote, String value) {
        int start = body.indexOf(quote);
        return new BriefingConflict.Variant(outlet, file, start, start + quote.length(), quote, value);
    }
}
