package org.triangulate.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A word longer than its table column (a file name standing in for an outlet, a wire copy's file) breaks inside its
 * cell: it neither runs into the next column nor off the page. The long words are made of letters found nowhere else
 * in the briefing, so their glyphs can be told apart on the page.
 */
class TableOverflowTest {

    private static final String LONG_OUTLET = "000_" + "Ж".repeat(40) + ".txt";
    private static final String LONG_COPY = "003_" + "Щ".repeat(60) + ".txt";
    /** The right margin of the print stylesheet. */
    private static final float RIGHT_MARGIN_PT = 18 / 25.4f * 72;

    private static final List<TextPosition> glyphs = new ArrayList<>();
    private static final List<Float> saysColumn = new ArrayList<>();
    private static float pageWidth;

    @BeforeAll
    static void render() throws IOException {
        BriefingFixture fixture = new BriefingFixture().withAnalystWork();
        Briefing b = fixture.assemble(fixture.conflicts());
        Briefing.Disagreement d = b.disagreements().get(0);
        List<Briefing.VariantLine> variants = new ArrayList<>(d.variants());
        Briefing.VariantLine first = variants.get(0);
        variants.set(0, new Briefing.VariantLine(LONG_OUTLET, first.quote(), first.value()));
        List<Briefing.SourceRow> sources = new ArrayList<>(b.sources());
        Briefing.SourceRow s = sources.get(0);
        sources.set(0, new Briefing.SourceRow(s.outlet(), s.title(), s.published(), s.location(), s.reliability(), s.origin(),
                List.of(LONG_COPY)));
        Briefing wide = new Briefing(b.header(), b.bluf(), b.judgments(), b.agreement(),
                List.of(new Briefing.Disagreement(d.kind(), d.severity(), d.summary(), variants, d.decision(), d.rationale())),
                b.coverage(), b.entities(), sources, b.citations());
        byte[] pdf = new PdfBriefingWriter(PaperSize.A4).write(wide);
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                int says = text.indexOf("Says");
                if (says >= 0) {
                    saysColumn.add(positions.get(says).getXDirAdj());
                }
                glyphs.addAll(positions);
            }
        };
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            pageWidth = doc.getPage(0).getMediaBox().getWidth();
            stripper.getText(doc);
        }
    }

    @Test
    void aLongOutletLabelStaysInItsColumn() {
        List<TextPosition> label = of("Ж");
        assertThat(label).hasSize(40);
        assertThat(saysColumn).isNotEmpty();
        float saysStarts = saysColumn.get(0);
        assertThat(label).allSatisfy(p -> assertThat(p.getXDirAdj() + p.getWidthDirAdj()).as("right edge of Ж")
                .isLessThan(saysStarts));
    }

    @Test
    void aLongWireCopyNameStaysOnThePage() {
        List<TextPosition> copy = of("Щ");
        assertThat(copy).hasSize(60);
        assertThat(copy).allSatisfy(p -> assertThat(p.getXDirAdj() + p.getWidthDirAdj()).as("right edge of Щ")
                .isLessThanOrEqualTo(pageWidth - RIGHT_MARGIN_PT + 1));
    }

    private static List<TextPosition> of(String letter) {
        return glyphs.stream().filter(p -> letter.equals(p.getUnicode())).toList();
    }
}
