package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.casefile.CaseFile;
import org.triangulate.casefile.Claim;
import org.triangulate.casefile.ClaimStatus;
import org.triangulate.casefile.QuoteAnchor;
import org.triangulate.casefile.Stance;
import org.triangulate.workspace.CaseStore;
import org.triangulate.workspace.Json;
import org.triangulate.workspace.TestCorpus;

class ClaimsCommandTest {

    @TempDir
    Path tmp;

    private static final String SENTENCE = "Hackers stole more than 10,000 emails from the ministry, officials said on Monday.";
    private static final String ARTICLE = "Ministry hacked\n\n" + SENTENCE
            + " The minister denied that any secret files had been taken from the servers.\n";

    @Test
    void aSavedClaimWhoseQuoteWasEditedAwayIsListedAsLostWithItsGroup() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Path ws = tmp.resolve("ws");
        TestCorpus.write(corpus, "a.txt", ARTICLE);
        JsonNode before = claims(corpus, ws);
        JsonNode suggestion = find(before.get("ungrouped"), SENTENCE);
        assertThat(suggestion).as("the sentence is suggested: %s", before).isNotNull();
        assertThat(suggestion.get("anchor").asText()).isEqualTo("EXACT");
        int start = suggestion.get("start").asInt();
        int end = suggestion.get("end").asInt();
        String body = "x".repeat(start) + SENTENCE; // only [start, end) and its context matter to the anchor
        CaseFile k = CaseFile.empty().withClaim(new Claim("c1", QuoteAnchor.of("a.txt", body, start, end), "officials",
                Stance.ASSERTED, List.of(), List.of("impact"), "check the count", null, ClaimStatus.ACCEPTED));
        k = k.withNewGroup("Emails stolen", List.of("c1"));
        new CaseStore(ws).save(k);
        String group = k.claims().get(0).groupId();

        Files.writeString(corpus.resolve("a.txt"), ARTICLE.replace("more than 10,000", "about 12,000"));
        JsonNode after = claims(corpus, ws);

        assertThat(after.get("lost")).hasSize(1);
        JsonNode lost = after.get("lost").get(0);
        assertThat(lost.get("id").asText()).isEqualTo("c1");
        assertThat(lost.get("anchor").asText()).isEqualTo("LOST");
        assertThat(lost.get("group").asText()).isEqualTo(group);
        assertThat(lost.get("text").asText()).isEqualTo(SENTENCE);
        assertThat(lost.get("note").asText()).isEqualTo("check the count");
        assertThat(lost.get("start").isNull()).isTrue();
        assertThat(find(after.get("ungrouped"), SENTENCE.replace("more than 10,000", "about 12,000")))
                .as("the edited sentence is suggested again").isNotNull();
    }

    private static JsonNode claims(Path corpus, Path ws) throws Exception {
        ConflictsCommandTest.Run r = ConflictsCommandTest.run("claims", corpus.toString(), "--json", "--workspace", ws.toString());
        assertThat(r.code()).as(r.err()).isZero();
        return Json.mapper().readTree(r.out());
    }

    private static JsonNode find(JsonNode claims, String text) {
        for (JsonNode c : claims) {
            if (c.get("text").asText().equals(text)) {
                return c;
            }
        }
        return null;
    }
}
