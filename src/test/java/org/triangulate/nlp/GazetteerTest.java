package org.triangulate.nlp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerTest {

    private final Gazetteer bundled = Gazetteer.bundled();

    @Test
    void mispThreatActorsKeepTheirSynonyms() {
        GazetteerEntry apt31 = bundled.find("Violet Typhoon").orElseThrow();
        assertThat(apt31.canonical()).isEqualTo("APT31");
        assertThat(apt31.aliases()).contains("ZIRCONIUM", "Judgment Panda", "Violet Typhoon");
        assertThat(bundled.find("Gingham Typhoon").orElseThrow().canonical()).isEqualTo("APT40");
        assertThat(bundled.find("Leviathan").orElseThrow().cueAliases()).contains("Leviathan");
    }

    @Test
    void isoCodesAreDataNotAliases() {
        for (String code : List.of("IN", "IT", "NO", "AS", "BE", "GB", "CN")) {
            assertThat(bundled.find(code)).as(code).isEmpty();
        }
        assertThat(bundled.find("India").orElseThrow().attributes()).containsEntry("iso", "IN");
    }

    @Test
    void capitalsKnowTheirCountry() {
        assertThat(bundled.find("Wellington").orElseThrow().capitalOf()).isEqualTo("New Zealand");
        assertThat(bundled.find("Washington").orElseThrow().capitalOf()).isEqualTo("United States");
    }

    @Test
    void userEntriesAreFoundAndWinAliasConflicts() {
        Gazetteer g = Gazetteer.withUserEntries(List.of(
                GazetteerEntry.of(EntityType.ORGANIZATION, "Harbour Watch Collective", "HWC"),
                GazetteerEntry.of(EntityType.PERSON, "Georgia Hale", "Georgia")));
        RuleBasedExtractor rules = new RuleBasedExtractor(g);
        String body = "HWC said Georgia would testify.";
        assertThat(rules.extract(body)).extracting(Mention::entity).containsExactly("Harbour Watch Collective", "Georgia Hale");
        assertThat(rules.version()).isNotEqualTo(new RuleBasedExtractor().version());
    }

    @Test
    void userGazetteerFileLoadsOnTopOfTheBundledOne(@TempDir Path dir) throws Exception {
        Path tsv = dir.resolve("mine.tsv");
        Files.writeString(tsv, "# my list\nORGANIZATION\tMeridian Grid Operator\tMGO|Meridian Grid\tkind=company\n", StandardCharsets.UTF_8);
        Gazetteer g = Gazetteer.withUserFile(tsv);
        assertThat(g.find("MGO").orElseThrow().canonical()).isEqualTo("Meridian Grid Operator");
        assertThat(g.find("China")).isPresent();
    }
}
