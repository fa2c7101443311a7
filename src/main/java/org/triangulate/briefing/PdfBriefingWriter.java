package org.triangulate.briefing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.stream.Collectors;

/**
 * Writes a briefing as a typeset PDF: A4 or Letter, running header with title and classification, page numbers,
 * table of contents, tables that break across pages, DejaVu fonts embedded (system fonts, glyph by glyph, for what
 * DejaVu lacks), and title, author and subject in the document information.
 */
public final class PdfBriefingWriter {

    private static final String STYLESHEET = "/briefing/print.css";

    /** How many of the characters without a glyph a warning names. */
    private static final int NAMED_CHARACTERS = 12;

    private final PaperSize paper;
    private final PdfTypesetter typesetter;

    public PdfBriefingWriter(PaperSize paper) {
        this(paper, FallbackFonts.system());
    }

    /** With the fallback fonts of {@code fonts} instead of the system's (tests). */
    PdfBriefingWriter(PaperSize paper, FallbackFonts fonts) {
        this.paper = paper;
        this.typesetter = new PdfTypesetter(fonts);
    }

    public byte[] write(Briefing briefing) throws IOException {
        return typesetter.typeset(xhtml(briefing));
    }

    /**
     * A warning naming the characters of the briefing that no available font has a glyph for (they would print as
     * "#"), or nothing when every character prints.
     */
    public List<LintWarning> glyphWarnings(Briefing briefing) throws IOException {
        SortedSet<Integer> missing = typesetter.unprintable(xhtml(briefing));
        if (missing.isEmpty()) {
            return List.of();
        }
        String named = missing.stream().limit(NAMED_CHARACTERS)
                .map(cp -> new String(Character.toChars(cp)) + " (U+" + String.format(Locale.ROOT, "%04X", cp) + ")")
                .collect(Collectors.joining(", "));
        int more = missing.size() - NAMED_CHARACTERS;
        return List.of(new LintWarning(LintWarning.Rule.MISSING_GLYPHS, "The PDF has no font for " + missing.size()
                + (missing.size() == 1 ? " character, which prints" : " characters, which print") + " as \"#\": " + named
                + (more > 0 ? " and " + more + " more" : "") + ". Install a font that has them (for Chinese, Japanese and "
                + "Korean, the fonts-wqy-zenhei package) and export again."));
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
