package org.triangulate.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Scores the full layered extractor on the five sample articles against the hand-made gold standard. */
class GoldStandardTest {

    /** The gold resolves relative weekdays against this date (its guidelines). */
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 26);

    private static GoldScorer layered;
    private static GoldScorer rulesOnly;

    @BeforeAll
    static void scoreCorpus() throws IOException {
        JsonNode gold;
        try (InputStream in = GoldStandardTest.class.getResourceAsStream("/nlp/seed-entities-gold.json")) {
            gold = new ObjectMapper().readTree(in);
        }
        layered = new GoldScorer();
        rulesOnly = new GoldScorer();
        for (JsonNode doc : gold.get("docs")) {
            String file = doc.get("file").asText();
            String body = Files.readString(Path.of("corpus", file), StandardCharsets.UTF_8);
            List<GoldScorer.Gold> mentions = GoldScorer.gold(doc);
            layered.add(file, mentions, SharedExtractors.LAYERED.extract(body, PUBLISHED));
            rulesOnly.add(file, mentions, SharedExtractors.RULES.extract(body, PUBLISHED));
        }
        System.out.println("== layered extractor on the seed gold ==\n" + layered.report());
        layered.errors().forEach(e -> System.out.println("  " + e));
        layered.linkingErrors().forEach(e -> System.out.println("  LINK " + e));
        System.out.println("== rules layer alone ==\n" + rulesOnly.report());
    }

    @Test
    void layeredExtractorReachesOverlapF1OfPointNineFive() {
        assertThat(layered.counts(false, null).f1()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void layeredExtractorLinksNinetyFivePercentOfNameMentionsCorrectly() {
        assertThat(layered.linkedMentions()).isGreaterThan(200);
        assertThat(layered.linkingAccuracy()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void everyMentionTextIsTheBodySubstringAndMentionsDoNotOverlap() throws IOException {
        for (String file : List.of("000_8dd3f800fd6951e7.txt", "002_cd4c0251b1ad3c11.txt")) {
            String body = Files.readString(Path.of("corpus", file), StandardCharsets.UTF_8);
            List<Mention> mentions = SharedExtractors.LAYERED.extract(body);
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                assertThat(m.text()).isEqualTo(body.substring(m.start(), m.end()));
                if (i > 0) {
                    assertThat(m.start()).isGreaterThanOrEqualTo(mentions.get(i - 1).end());
                }
            }
        }
    }
}
