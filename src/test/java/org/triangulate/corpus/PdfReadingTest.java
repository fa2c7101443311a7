package org.triangulate.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.corpus.TestFiles.read;
import static org.triangulate.corpus.TestFiles.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfReadingTest {

    @TempDir
    Path dir;

    private static final List<String> LINES = List.of(
            "Talks fail in Geneva",
            "Negotiators left Geneva on Monday without a deal and",
            "without a date for the next round.",
            "Both sides blamed each other.");

    @Test
    void textIsExtractedWithWrappedLinesJoined() throws IOException {
        Path pdf = write(dir, "talks.pdf", pdf(LINES, null));

        Article article = read(dir, pdf).article();

        assertThat(article.body()).isEqualTo("Talks fail in Geneva\n"
                + "Negotiators left Geneva on Monday without a deal and without a date for the next round.\n"
                + "Both sides blamed each other.");
    }

    @Test
    void documentInformationGivesTitleAndDate() throws IOException {
        Path pdf = write(dir, "talks.pdf", pdf(LINES, doc -> {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle("Geneva talks collapse");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.clear();
            created.set(2024, Calendar.MARCH, 26, 12, 0);
            info.setCreationDate(created);
            doc.setDocumentInformation(info);
        }));

        ArticleMeta meta = read(dir, pdf).article().meta();

        assertThat(meta.title()).isEqualTo("Geneva talks collapse");
        assertThat(meta.origin()).isEqualTo("pdf");
        assertThat(meta.published()).isEqualTo(LocalDate.of(2024, 3, 26));
    }

    @Test
    void withoutDocumentTitleTheFirstLineIsTheHeadline() throws IOException {
        Article article = read(dir, write(dir, "talks.pdf", pdf(LINES, null))).article();

        assertThat(article.title()).isEqualTo("Talks fail in Geneva");
        assertThat(article.meta().origin()).isEqualTo("inferred");
    }

    @Test
    void passwordProtectedPdfIsSkippedWithAReason() throws IOException {
        Path pdf = write(dir, "locked.pdf", pdf(LINES, doc -> doc.protect(
                new StandardProtectionPolicy("owner", "user-secret", new AccessPermission()))));

        assertThat(read(dir, pdf).skipReason()).isEqualTo("encrypted PDF (password required)");
    }

    @Test
    void pdfForbiddingTextExtractionIsSkippedWithAReason() throws IOException {
        AccessPermission noCopy = new AccessPermission();
        noCopy.setCanExtractContent(false);
        Path pdf = write(dir, "nocopy.pdf", pdf(LINES, doc -> doc.protect(
                new StandardProtectionPolicy("owner", "", noCopy))));

        assertThat(read(dir, pdf).skipReason()).isEqualTo("encrypted PDF (text extraction not permitted)");
    }

    @Test
    void truncatedPdfIsSkippedNotThrown() throws IOException {
        byte[] whole = pdf(LINES, null);
        Path pdf = write(dir, "cut.pdf", Arrays.copyOf(whole, whole.length / 3));

        ReadResult result = read(dir, pdf);

        assertThat(result.skipReason()).startsWith("damaged PDF: ");
    }

    @Test
    void zipRenamedToPdfIsSkippedAsNotAPdf() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 'x', 'y'};

        assertThat(read(dir, write(dir, "report.pdf", zip)).skipReason())
                .isEqualTo("not a PDF (looks like a zip archive, e.g. a .docx renamed)");
    }

    @Test
    void textFileRenamedToPdfIsSkippedAsNotAPdf() {
        assertThat(read(dir, "notes.pdf", "just some text").skipReason()).isEqualTo("not a PDF (no %PDF header)");
    }

    @Test
    void pdfWithoutTextIsSkippedAsScanned() throws IOException {
        Path pdf = write(dir, "scan.pdf", pdf(List.of(), null));

        assertThat(read(dir, pdf).skipReason()).isEqualTo("PDF has no text layer (scanned image?)");
    }

    interface DocumentChange {
        void apply(PDDocument doc) throws IOException;
    }

    /** A one-page PDF with one text line per entry, built with PDFBox itself. */
    private static byte[] pdf(List<String> lines, DocumentChange change) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                if (!lines.isEmpty()) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.setLeading(16);
                    content.newLineAtOffset(72, 700);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            if (change != null) {
                change.apply(doc);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
