package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.casefile.CaseFile;
import org.triangulate.casefile.Claim;
import org.triangulate.casefile.ClaimStatus;
import org.triangulate.casefile.QuoteAnchor;
import org.triangulate.casefile.Reliability;
import org.triangulate.casefile.SourceGrade;
import org.triangulate.casefile.Stance;
import org.triangulate.corpus.Article;
import org.triangulate.task.Progress;
import org.triangulate.workspace.CaseStore;
import org.triangulate.workspace.TestCorpus;
import org.triangulate.workspace.Workspace;

/** The export command on the bundled sample corpus; one workspace for the class, so entities are extracted once. */
class ExportCommandTest {

    @TempDir
    static Path tmp;
    static Path corpus;

    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void sample() {
        corpus = TestCorpus.copyOfSample(tmp.resolve("corpus"));
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var commandLine = TriangulateCommand.commandLine(new PrintWriter(out), new PrintWriter(err));
        int code = commandLine.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Saves a case in which the analyst accepted the charges claim from two outlets and graded one outlet. */
    private static void saveCase(Path workspace) throws IOException {
        CaseFile kase = CaseFile.empty();
        try (Workspace ws = Workspace.open(corpus, workspace)) {
            ws.sync(Progress.NONE);
            Article dawn = ws.articleByFile("002_cd4c0251b1ad3c11.txt").orElseThrow();
            Article other = ws.articleByFile("004_9d3866efc89fffe9.txt").orElseThrow();
            String c1 = kase.nextClaimId();
            kase = kase.withClaim(claim(c1, dawn, "The US Justice Department charged seven Chinese nationals"));
            String c2 = kase.nextClaimId();
            kase = kase.withClaim(claim(c2, other, "The US Justice Department charged seven Chinese individuals"));
            kase = kase.withNewGroup("The US Justice Department charged seven Chinese nationals.", List.of(c1, c2))
                    .withSourceGrade(new SourceGrade("002_cd4c0251b1ad3c11.txt", Reliability.B));
        }
        new CaseStore(workspace).save(kase);
    }

    private static Claim claim(String id, Article a, String quote) {
        int start = a.body().indexOf(quote);
        assertThat(start).as(quote).isNotNegative();
        return new Claim(id, QuoteAnchor.of(a.file(), a.body(), start, start + quote.length()), "Justice Department",
                Stance.ASSERTED, List.of(), List.of(), "", null, ClaimStatus.ACCEPTED);
    }

    @Test
    void exportsMarkdownAndPdfFromTheSavedCase() throws IOException {
        Path ws = tmp.resolve("ws-case");
        saveCase(ws);
        Path md = Files.createDirectories(tmp.resolve("out")).resolve("briefing.md");
        Run r = run("export", corpus.toString(), "--workspace", ws.toString(), "--format", "md", "--out", md.toString(),
                "--analyst", "Test Analyst");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("wrote " + md);
        String text = Files.readString(md);
        assertThat(text).contains("## What the sources agree on\n\n- The US Justice Department charged seven Chinese nationals.[^1][^2]")
                .doesNotContain("UNREVIEWED").contains("> **DRAFT").contains("- **Analyst:** Test Analyst")
                .contains("B \u2014 Usually reliable").contains("wire copy shared with 003\\_a72829d80c15e821.txt")
                .contains("[^1]: Unknown outlet, \u201cChina denounces");

        Path pdf = tmp.resolve("out/briefing.pdf");
        Run p = run("export", corpus.toString(), "--workspace", ws.toString(), "--format", "pdf", "--out", pdf.toString(),
                "--paper", "letter");
        assertThat(p.code()).as(p.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String all = new PDFTextStripper().getText(doc);
            assertThat(all).contains("Bottom line up front", "What the sources agree on", "Coverage", "Entities", "Sources", "Notes")
                    .contains("Page 1 of " + doc.getNumberOfPages()).contains("APT31");
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.LETTER.getWidth());
            assertThat(doc.getDocumentInformation().getTitle()).startsWith("Briefing: ");
        }
    }

    @Test
    void withNoCaseTheSuggestionsAreExportedAsUnreviewed() throws IOException {
        Path md = tmp.resolve("bare.md");
        Run r = run("export", corpus.toString(), "--workspace", tmp.resolve("ws-bare").toString(), "--format", "md", "--out", md.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(md)).contains("> **UNREVIEWED").contains("> **DRAFT").contains("[^1]: ");
    }

    @Test
    void usageErrorsExitWithTwo() {
        String ws = tmp.resolve("ws-usage").toString();
        assertThat(run("export", corpus.toString(), "--workspace", ws, "--out", tmp.resolve("x.md").toString()).code()).isEqualTo(2);
        assertThat(run("export", "--format", "docx", "--out", tmp.resolve("x.docx").toString()).code()).isEqualTo(2);
        assertThat(run("export", "--format", "pdf", "--paper", "a3", "--out", tmp.resolve("x.pdf").toString()).code()).isEqualTo(2);
        assertThat(run("export", "--format", "md").code()).isEqualTo(2);
    }

    @Test
    void anUnwritableOutputExitsWithOneAndOneLineOnStderr() throws IOException {
        Path blocker = Files.writeString(tmp.resolve("not-a-folder"), "x");
        Run r = run("export", corpus.toString(), "--workspace", tmp.resolve("ws-bare").toString(), "--format", "md",
                "--out", blocker.resolve("briefing.md").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip().lines().filter(l -> l.startsWith("triangulate export:"))).hasSize(1);
    }

    @Test
    void exportHasHelp() {
        Run r = run("export", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: triangulate export").contains("--format").contains("--paper");
    }
}
