package org.triangulate.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.nlp.Entity;
import org.triangulate.nlp.EntityType;
import org.triangulate.nlp.Gazetteer;

class EntityListTest {

    @Test
    void aThreatActorListsTheNamesTheGazetteerKnowsItBy() {
        List<Briefing.EntityTable> tables = EntityList.of(
                List.of(new Entity("APT31", EntityType.THREAT_ACTOR, List.of("APT31", "Zirconium"), 3, 7)), Gazetteer.bundled());
        Briefing.EntityRow apt31 = tables.get(0).rows().get(0);
        assertThat(apt31.aliases()).containsExactly("Zirconium");
        assertThat(apt31.knownAliases()).contains("Judgment Panda", "Violet Typhoon", "Bronze Vinewood")
                .as("spellings seen in the articles are not repeated, nor all-capitals twins")
                .doesNotContain("APT31", "Zirconium", "ZIRCONIUM", "JUDGMENT PANDA");
    }

    @Test
    void onlyThreatActorsGetKnownAliases() {
        List<Briefing.EntityTable> tables = EntityList.of(
                List.of(new Entity("China", EntityType.LOCATION, List.of("China", "Beijing"), 3, 7)), name -> List.of("PRC"));
        assertThat(tables.get(0).rows().get(0).knownAliases()).isEmpty();
    }

    @Test
    void aKindWithMoreThanFifteenEntitiesSaysHowManyAreNotListed() throws IOException {
        List<Entity> places = new ArrayList<>();
        for (int i = 1; i <= 22; i++) {
            places.add(new Entity("Place " + i, EntityType.LOCATION, List.of(), 1, 100 - i));
        }
        places.add(new Entity("APT31", EntityType.THREAT_ACTOR, List.of(), 1, 1));
        List<Briefing.EntityTable> tables = EntityList.of(places, Gazetteer.bundled());
        assertThat(tables).extracting(Briefing.EntityTable::kind)
                .containsExactly(Briefing.EntityKind.THREAT_ACTORS, Briefing.EntityKind.PLACES);
        Briefing.EntityTable placeTable = tables.get(1);
        assertThat(placeTable.rows()).hasSize(EntityList.PER_KIND).first().satisfies(r -> assertThat(r.name()).isEqualTo("Place 1"));
        assertThat(placeTable.notListed()).isEqualTo(7);
        assertThat(tables.get(0).notListed()).isZero();

        BriefingFixture f = new BriefingFixture().withAnalystWork();
        Briefing b = f.assemble(f.conflicts());
        Briefing many = new Briefing(b.header(), b.bluf(), b.judgments(), b.agreement(), b.disagreements(), b.coverage(),
                tables, b.sources(), b.citations());
        assertThat(new MarkdownBriefingWriter().write(many)).contains("\u2026and 7 more places, mentioned less often")
                .contains("| Name | Also written as | Also known as | Mentions | Articles |")
                .contains("Violet Typhoon");
        String pdfText = String.join("\n", PdfBriefingTest.pageTexts(new PdfBriefingWriter(PaperSize.A4).write(many)));
        assertThat(pdfText).contains("\u2026and 7 more places, mentioned less often").contains("Also known as")
                .contains("Violet");
    }
}
