package org.triangulate.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.triangulate.casefile.BriefingDraft.Section;

/** The analyst's order of the sections holds in both renderers: headings, contents and PDF bookmarks. */
class SectionOrderTest {

    private static Briefing moved() {
        BriefingFixture f = new BriefingFixture().withAnalystWork();
        f.kase = f.kase.withBriefing(f.kase.briefing().withSectionMoved(Section.DISAGREEMENT, -3)
                .withSectionMoved(Section.BLUF, 6));
        return f.assemble(f.conflicts());
    }

    private static final List<String> EXPECTED = List.of("Where they disagree", "Key judgments", "What the sources agree on",
            "Coverage", "Entities", "Sources", "Bottom line up front", "Notes");

    @Test
    void markdownFollowsTheAnalystsOrder() {
        MarkdownTree tree = new MarkdownTree(new MarkdownBriefingWriter().write(moved()));
        assertThat(tree.headings(2)).containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void thePdfsBookmarksContentsAndPagesFollowTheAnalystsOrder() throws IOException {
        byte[] pdf = new PdfBriefingWriter(PaperSize.A4).write(moved());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> titles = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(item -> titles.add(item.getTitle()));
            assertThat(titles).containsExactlyElementsOf(EXPECTED);
        }
        List<String> pages = PdfBriefingTest.pageTexts(pdf);
        String contents = pages.get(0).substring(pages.get(0).indexOf("Contents"));
        String body = String.join("\n", pages.subList(1, pages.size()));
        int inContents = -1;
        int inBody = -1;
        for (String section : EXPECTED) {
            int c = contents.indexOf(section);
            int at = body.indexOf("\n" + section + "\n");
            assertThat(c).as("%s in the contents", section).isGreaterThan(inContents);
            assertThat(at).as("%s in the body", section).isGreaterThan(inBody);
            inContents = c;
            inBody = at;
        }
    }
}
