package org.triangulate.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.triangulate.briefing.Briefing;
import org.triangulate.briefing.BriefingAssembler;
import org.triangulate.briefing.BriefingLinter;
import org.triangulate.briefing.BriefingSources;
import org.triangulate.briefing.DetectedEvidence;
import org.triangulate.briefing.EvidenceInput;
import org.triangulate.conflicts.ConflictBoard;
import org.triangulate.briefing.LintWarning;
import org.triangulate.briefing.MarkdownBriefingWriter;
import org.triangulate.briefing.PaperSize;
import org.triangulate.briefing.PdfBriefingWriter;
import org.triangulate.claims.ClaimBoard;
import org.triangulate.claims.ClaimOverview;
import org.triangulate.workspace.AtomicFiles;
import org.triangulate.workspace.CaseStore;
import org.triangulate.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the briefing (BLUF, key judgments, agreement, disagreement, coverage, entities, sources, "
                + "every statement cited) as Markdown or PDF.",
            "Uses the saved case; with none, exports the machine's suggestions marked as unreviewed. "
                + "Briefing warnings are printed but never stop the export."})
final class ExportCommand implements Callable<Integer> {

    enum Format { md, pdf }

    enum Paper { a4, letter }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Corpus folder. Default: the bundled sample corpus.")
    Path corpus;

    @Option(names = "--format", required = true, paramLabel = "md|pdf", description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the briefing (replaced atomically).")
    Path out;

    @Option(names = "--analyst", paramLabel = "NAME", description = "Analyst named in the briefing. Default: the user name.")
    String analyst;

    @Option(names = "--paper", paramLabel = "a4|letter", defaultValue = "a4", description = "PDF paper size. Default: ${DEFAULT-VALUE}.")
    Paper paper;

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (WorkspaceOptions.Opened opened = workspaceOptions.openWithEntities(corpus, err)) {
            Workspace ws = opened.workspace();
            CaseStore.Loaded loaded = new CaseStore(ws.directory()).load();
            if (loaded.problem() != null) {
                err.println("note: " + loaded.problem());
            }
            ClaimOverview overview = new ClaimBoard().overview(ws.articles(), ws::mentions, loaded.kase());
            EvidenceInput evidence = DetectedEvidence.from(
                    new ConflictBoard().report(overview, ws.articles(), ws::mentions, loaded.kase()));
            Briefing briefing = new BriefingAssembler(analystName(), Instant.now())
                    .assemble(new BriefingSources(ws.articles(), ws.entities(), overview, loaded.kase(), evidence));
            List<LintWarning> warnings = new BriefingLinter().lint(briefing);
            warnings.forEach(w -> err.println("warning: " + w.message()));
            byte[] bytes = format == Format.md
                    ? new MarkdownBriefingWriter().write(briefing).getBytes(StandardCharsets.UTF_8)
                    : new PdfBriefingWriter(paper == Paper.letter ? PaperSize.LETTER : PaperSize.A4).write(briefing);
            AtomicFiles.write(out, bytes);
            stdout.printf("wrote %s (%s, %d bytes, %d citations, %d warning%s)%n", out, format, bytes.length,
                    briefing.citations().size(), warnings.size(), warnings.size() == 1 ? "" : "s");
            stdout.flush();
            err.flush();
        }
        return 0;
    }

    private String analystName() {
        if (analyst != null && !analyst.isBlank()) {
            return analyst;
        }
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "Unnamed analyst" : user;
    }
}
