package org.triangulate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.triangulate.briefing.BriefingExporter;
import org.triangulate.briefing.LintWarning;
import org.triangulate.briefing.PaperSize;
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
            BriefingExporter exporter = new BriefingExporter(analystName(),
                    paper == Paper.letter ? PaperSize.LETTER : PaperSize.A4);
            BriefingExporter.Result result = exporter.export(ws, opened.kase(),
                    format == Format.md ? BriefingExporter.Format.MARKDOWN : BriefingExporter.Format.PDF, out);
            List<LintWarning> warnings = result.warnings();
            warnings.forEach(w -> err.println("warning: " + w.message()));
            stdout.printf("wrote %s (%s, %d bytes, %d citations, %d warning%s)%n", out, format, result.bytes(),
                    result.citations(), warnings.size(), warnings.size() == 1 ? "" : "s");
            stdout.flush();
            err.flush();
        }
        return 0;
    }

    private String analystName() {
        if (analyst != null && !analyst.isBlank()) {
            return analyst;
        }
        return BriefingExporter.defaultAnalyst();
    }
}
