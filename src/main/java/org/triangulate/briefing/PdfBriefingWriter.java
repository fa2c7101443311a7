package org.triangulate.briefing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a briefing as a typeset PDF: A4 or Letter, running header with title and classification, page numbers,
 * table of contents, tables that break across pages, DejaVu fonts embedded, and title, author and subject in the
 * document information.
 */
public final class PdfBriefingWriter {

    private static final String STYLESHEET = "/briefing/print.css";

    private final PaperSize paper;
    private final PdfTypesetter typesetter = new PdfTypesetter();

    public PdfBriefingWriter(PaperSize paper) {
        this.paper = paper;
    }

    public byte[] write(Briefing briefing) throws IOException {
        return typesetter.typeset(xhtml(briefing));
    }

    /** The XHTML the PDF is made from (for tests and for a preview). */
    String xhtml(Briefing briefing) throws IOException {
        String css = "@page { size: " + paper.cssSize() + "; }\n" + stylesheet();
        return new XhtmlBriefingWriter(css).write(briefing);
    }

    /** URIs the renderer asked for and was refused; empty when the document is as self-contained as it should be. */
    List<String> refusedResources() {
        return typesetter.refusedResources();
    }

    private static String stylesheet() throws IOException {
        try (InputStream in = PdfBriefingWriter.class.getResourceAsStream(STYLESHEET)) {
            if (in == null) {
                throw new IOException("the print stylesheet " + STYLESHEET + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
