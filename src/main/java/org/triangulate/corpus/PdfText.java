package org.triangulate.corpus;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZoneOffset;
import java.util.Calendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a PDF article and what its document information says (title, date). PDFs that are encrypted,
 * damaged or not PDFs at all give a reason instead of text.
 *
 * @param text       the extracted text, lines of one paragraph joined
 * @param meta       title and date from the document information (origin "pdf")
 * @param skipReason why there is no text; null when there is
 */
record PdfText(String text, MetaSource meta, String skipReason) {

    static final String ORIGIN = "pdf";

    static PdfText read(File file) {
        String notPdf = checkSignature(file);
        if (notPdf != null) {
            return skipped(notPdf);
        }
        try (PDDocument doc = Loader.loadPDF(file)) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                return skipped("encrypted PDF (text extraction not permitted)");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd("\n");
            String text = unwrapLines(stripper.getText(doc));
            if (text.isBlank()) {
                return skipped("PDF has no text layer (scanned image?)");
            }
            return new PdfText(text, info(doc.getDocumentInformation()), null);
        } catch (InvalidPasswordException e) {
            return skipped("encrypted PDF (password required)");
        } catch (IOException | RuntimeException e) {
            // PDFBox signals damaged files with IOExceptions and, for some corruptions, runtime exceptions
            return skipped("damaged PDF: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    private static PdfText skipped(String reason) {
        return new PdfText(null, null, reason);
    }

    /** A PDF starts with "%PDF-" (some writers put a little junk before it); anything else is something else. */
    private static String checkSignature(File file) {
        byte[] head = new byte[1024];
        int n;
        try (InputStream in = Files.newInputStream(file.toPath())) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return "unreadable file: " + e.getMessage();
        }
        if (n == 0) {
            return "empty file";
        }
        if (n >= 2 && head[0] == 'P' && head[1] == 'K') {
            return "not a PDF (looks like a zip archive, e.g. a .docx renamed)";
        }
        String start = new String(head, 0, n, StandardCharsets.ISO_8859_1);
        return start.contains("%PDF-") ? null : "not a PDF (no %PDF header)";
    }

    private static MetaSource info(PDDocumentInformation info) {
        if (info == null) {
            return null;
        }
        Calendar created = info.getCreationDate();
        return new MetaSource(ORIGIN, info.getTitle(), null, null,
                created == null ? null : created.toInstant().atZone(ZoneOffset.UTC).toLocalDate(), null);
    }

    /**
     * PDF text comes as visual lines. A line that does not end a sentence and is followed by one starting in
     * lower case is the same sentence wrapped, so it is joined with a space; headings and paragraphs stay apart.
     */
    static String unwrapLines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            out.append(line);
            if (i == lines.length - 1) {
                break;
            }
            String next = lines[i + 1].stripLeading();
            boolean wrapped = !line.isEmpty() && !next.isEmpty()
                    && Character.isLowerCase(next.charAt(0))
                    && ".!?:".indexOf(line.charAt(line.length() - 1)) < 0;
            out.append(wrapped ? " " : "\n");
            if (wrapped) {
                lines[i + 1] = next;
            }
        }
        return out.toString().strip();
    }
}
