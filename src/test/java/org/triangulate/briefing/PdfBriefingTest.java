package org.triangulate.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfBriefingTest {

    private static byte[] pdf;
    private static List<String> pages;

    @BeforeAll
    static void render() throws IOException {
        BriefingFixture fixture = new BriefingFixture().withAnalystWork();
        pdf = new PdfBriefingWriter(PaperSize.A4).write(fixture.assemble(fixture.conflicts()));
        pages = pageTexts(pdf);
    }

    @Test
    void sectionsAppearInOrderAfterTheContents() {
        String all = String.join("\n", pages);
        int at = all.indexOf("Contents");
        assertThat(at).isNotNegative();
        for (String section : List.of("Bottom line up front", "Key judgments", "What the sources agree on",
                "Where they disagree", "Coverage", "Entities", "Sources", "Notes")) {
            int next = all.indexOf("\n" + section + "\n", at + 1);
            assertThat(next).as(section).isGreaterThan(at);
            at = next;
        }
    }

    @Test
    void contentsListsEachSectionWithItsPageNumber() {
        assertThat(pages.get(0)).containsPattern("Bottom line up front\\s+2").containsPattern("Notes\\s+\\d+");
    }

    @Test
    void everyPageHasTheRunningHeaderAndPageXOfY() {
        assertThat(pages.size()).isGreaterThan(1);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).as("page %d", i + 1).contains("Charges over China-linked hacking")
                    .contains("OFFICIAL \u2014 FOR TRAINING").contains("Page " + (i + 1) + " of " + pages.size());
        }
    }

    @Test
    void metadataNamesTitleAuthorAndSubject() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Charges over China-linked hacking");
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Ana Lyst");
            assertThat(doc.getDocumentInformation().getSubject()).isEqualTo("Intelligence briefing \u2014 OFFICIAL \u2014 FOR TRAINING");
        }
    }

    @Test
    void theOutlineBookmarksEverySection() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> titles = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(item -> titles.add(item.getTitle()));
            assertThat(titles).containsExactly("Bottom line up front", "Key judgments", "What the sources agree on",
                    "Where they disagree", "Coverage", "Entities", "Sources", "Notes");
        }
    }

    @Test
    void theDocumentIsTaggedForScreenReaders() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
    }

    @Test
    void everyFontIsEmbeddedAndTheTextIsSetInDejaVu() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).isNotEmpty().anyMatch(f -> f.contains("DejaVu"));
        }
    }

    @Test
    void citationsAreSuperscriptNumbersWithQuotesInTheNotes() throws IOException {
        String all = String.join("\n", pages);
        String notes = all.substring(all.lastIndexOf("\nNotes\n"));
        assertThat(notes).contains("Reuters, \u201cUS charges seven over China-linked hacking\u201d, 2024-03-25:")
                .contains("\u201cmore than 10,000 emails\u201d").contains("(reuters.txt, characters");
        assertThat(superscriptNumbers(pdf)).as("every note is called from the text by a superscript")
                .containsAll(java.util.stream.IntStream.rangeClosed(1, noteCount(notes)).boxed().toList());
    }

    /** Numbers of the notes: the notes list is numbered 1..n. */
    private static int noteCount(String notes) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^(\\d+)\\. ").matcher(notes);
        int max = 0;
        while (m.find()) {
            max = Math.max(max, Integer.parseInt(m.group(1)));
        }
        assertThat(max).as("numbered notes in %s", notes).isGreaterThan(3);
        return max;
    }

    /** Digits set in the small superscript size, read as the numbers (and ranges) the text calls. */
    private static java.util.Set<Integer> superscriptNumbers(byte[] pdf) throws IOException {
        StringBuilder small = new StringBuilder();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                for (org.apache.pdfbox.text.TextPosition p : positions) {
                    small.append(p.getFontSizeInPt() < 6.9f ? p.getUnicode() : " ");
                }
                small.append(' ');
            }
        };
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            stripper.getText(doc);
        }
        java.util.Set<Integer> numbers = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)(?:\u2013(\\d+))?").matcher(small);
        while (m.find()) {
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            for (int n = from; n <= to; n++) {
                numbers.add(n);
            }
        }
        return numbers;
    }

    @Test
    void cyrillicSurvivesTheRoundTrip() {
        assertThat(String.join("\n", pages)).contains("Москва");
    }

    /** Han, Hangul and Kana: with a CJK font installed none of them may print as "#". */
    @Test
    void hanHangulAndKanaPrintInAnEmbeddedSystemFontWhenOneIsInstalled() throws IOException {
        assumeTrue(Files.isRegularFile(MissingGlyphsTest.WQY_ZEN_HEI),
                "no CJK TrueType font here: install fonts-wqy-zenhei (.ci/run does)");
        String all = String.join("\n", pages);
        assertThat(all).contains("北京", "서울", "トウキョウ");
        Map<String, String> fontOf = new HashMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(org.apache.pdfbox.text.TextPosition p) {
                fontOf.put(p.getUnicode(), p.getFont().getName() + (p.getFont().isEmbedded() ? "" : " (not embedded)"));
                super.processTextPosition(p);
            }
        };
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            stripper.getText(doc);
        }
        for (String c : List.of("北", "京", "서", "울", "ト", "ウ")) {
            assertThat(fontOf.get(c)).as("font of %s", c).isNotNull().doesNotContain("DejaVu").doesNotContain("not embedded");
        }
        assertThat(new PdfBriefingWriter(PaperSize.A4).glyphWarnings(new BriefingFixture().withAnalystWork()
                .assemble(EvidenceInput.none()))).isEmpty();
    }

    @Test
    void paperSizeFollowsTheOption() throws IOException {
        BriefingFixture fixture = new BriefingFixture();
        byte[] letter = new PdfBriefingWriter(PaperSize.LETTER).write(fixture.assemble(EvidenceInput.none()));
        try (PDDocument a4 = Loader.loadPDF(pdf); PDDocument us = Loader.loadPDF(letter)) {
            assertThat(a4.getPage(0).getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
            assertThat(us.getPage(0).getMediaBox().getWidth()).isCloseTo(PDRectangle.LETTER.getWidth(), org.assertj.core.data.Offset.offset(1f));
            assertThat(us.getPage(0).getMediaBox().getHeight()).isCloseTo(PDRectangle.LETTER.getHeight(), org.assertj.core.data.Offset.offset(1f));
        }
    }

    static List<String> pageTexts(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> out = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                out.add(stripper.getText(doc));
            }
            return out;
        }
    }
}
