package org.triangulate.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.triangulate.casefile.BriefingDraft.Section;
import org.triangulate.casefile.Credibility;
import org.triangulate.casefile.CredibilityOverride;

/** Notes are numbered as the reader meets them, whatever order the briefing was assembled in. */
class ReadingOrderTest {

    private static void numberedInReadingOrder(Briefing b) {
        String markdown = new MarkdownBriefingWriter().write(b);
        List<Integer> firstUses = MarkdownTree.references(markdown).stream().distinct().toList();
        assertThat(firstUses).as("first calls in reading order").isNotEmpty()
                .containsExactlyElementsOf(IntStream.rangeClosed(1, firstUses.size()).boxed().toList());
        assertThat(b.citations()).extracting(Citation::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, b.citations().size()).boxed().toList());
    }

    @Test
    void aDraftBlufFromTheBestSupportedGroupsCitesFromOne() {
        BriefingFixture f = new BriefingFixture().withAnalystWork();
        // the draft puts the most credible point first: here the second agreed point, numbered after the first
        f.kase = f.kase.withBriefing(f.kase.briefing().withBluf("", false))
                .withCredibilityOverride(f.denialGroup, new CredibilityOverride(f.denialGroup, Credibility.CONFIRMED, "test"));
        Briefing b = f.assemble(EvidenceInput.none());
        assertThat(b.bluf().draft()).isTrue();
        assertThat(b.bluf().sentences().get(0).text()).isEqualTo("China denied the accusations.");
        numberedInReadingOrder(b);
    }

    @Test
    void movedSectionsAreNumberedWhereTheyNowStand() {
        BriefingFixture f = new BriefingFixture().withAnalystWork();
        f.kase = f.kase.withBriefing(f.kase.briefing().withSectionMoved(Section.DISAGREEMENT, -3));
        numberedInReadingOrder(f.assemble(f.conflicts()));
    }

    @Test
    void eachNoteStillQuotesWhatItsCallersCite() {
        BriefingFixture f = new BriefingFixture().withAnalystWork();
        Briefing b = f.assemble(f.conflicts());
        Briefing.VariantLine v = b.disagreements().get(0).variants().get(0);
        Citation note = b.citations().get(v.quote().refs().get(0) - 1);
        assertThat(note.quote()).isEqualTo(v.quote().text());
    }
}
