package org.triangulate.briefing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.triangulate.casefile.CaseFile;
import org.triangulate.claims.ClaimBoard;
import org.triangulate.claims.ClaimOverview;
import org.triangulate.conflicts.ConflictBoard;
import org.triangulate.task.Progress;
import org.triangulate.workspace.AtomicFiles;
import org.triangulate.workspace.Workspace;

/**
 * Builds the briefing of a workspace and its case (claims, detected conflicts, grades), lints it and writes it as
 * Markdown or PDF, atomically. The one export path for the command line and the window; slow (CoreNLP-extracted
 * entities must be current, and PDF layout takes a moment), so never on the JavaFX thread.
 */
public final class BriefingExporter {

    public enum Format { MARKDOWN, PDF }

    /** What was written: the file, its size, the citations it carries and the linter's warnings. */
    public record Result(Path file, int bytes, int citations, List<LintWarning> warnings) {
    }

    private final String analyst;
    private final PaperSize paper;
    private final FallbackFonts fonts;

    public BriefingExporter(String analyst, PaperSize paper) {
        this(analyst, paper, FallbackFonts.system());
    }

    /** With the fallback fonts of {@code fonts} instead of the system's (tests). */
    BriefingExporter(String analyst, PaperSize paper, FallbackFonts fonts) {
        this.analyst = analyst;
        this.paper = paper;
        this.fonts = fonts;
    }

    public Briefing assemble(Workspace ws, CaseFile kase) {
        ClaimOverview overview = new ClaimBoard().overview(ws.articles(), ws::mentions, kase);
        EvidenceInput evidence = DetectedEvidence.from(new ConflictBoard().report(overview, ws.articles(), ws::mentions, kase));
        return new BriefingAssembler(analyst, Instant.now())
                .assemble(new BriefingSources(ws.articles(), ws.entities(), overview, kase, evidence));
    }

    public Result export(Workspace ws, CaseFile kase, Format format, Path out) throws IOException {
        return export(ws, kase, format, out, Progress.NONE);
    }

    /** As {@link #export(Workspace, CaseFile, Format, Path)}, saying which step it is at. */
    public Result export(Workspace ws, CaseFile kase, Format format, Path out, Progress progress) throws IOException {
        progress.update(0, 3, "Drafting the briefing");
        Briefing briefing = assemble(ws, kase);
        progress.update(1, 3, "Checking the briefing");
        List<LintWarning> warnings = warnings(briefing, format);
        progress.update(2, 3, format == Format.PDF ? "Typesetting the PDF" : "Writing the Markdown");
        byte[] bytes = format == Format.MARKDOWN
                ? new MarkdownBriefingWriter().write(briefing).getBytes(StandardCharsets.UTF_8)
                : pdfWriter().write(briefing);
        AtomicFiles.writeExport(out, bytes);
        progress.update(3, 3, "Written " + out.getFileName());
        return new Result(out, bytes.length, briefing.citations().size(), warnings);
    }

    /**
     * The linter's warnings and, for a PDF, the characters no available font can print (a Markdown file leaves the
     * fonts to its reader).
     */
    public List<LintWarning> warnings(Briefing briefing, Format format) throws IOException {
        List<LintWarning> warnings = new ArrayList<>(new BriefingLinter().lint(briefing));
        if (format == Format.PDF) {
            warnings.addAll(pdfWriter().glyphWarnings(briefing));
        }
        return warnings;
    }

    private PdfBriefingWriter pdfWriter() {
        return new PdfBriefingWriter(paper, fonts);
    }

    /** The format a file name asks for: ".md"/".markdown" for Markdown, anything else PDF. */
    public static Format formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown") ? Format.MARKDOWN : Format.PDF;
    }

    /** The user's name, for briefings exported without one. */
    public static String defaultAnalyst() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "Unnamed analyst" : user;
    }
}
