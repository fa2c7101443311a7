package org.triangulate.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.corpus.SkippedFile;
import org.triangulate.nlp.RuleBasedExtractor;
import org.triangulate.task.Progress;
import org.triangulate.workspace.SyncReport;
import org.triangulate.workspace.TestCorpus;
import org.triangulate.workspace.Workspace;

/**
 * Files an analyst's folder may hold that no reader expects. Each sits beside the five sample articles: ingest must
 * not fail, must say per file why a file was left out (or warn when it was read only in part), and must still
 * ingest and serve the sample articles.
 */
class HostileInputTest {

    private static final List<String> SAMPLE = List.of("000_8dd3f800fd6951e7.txt", "001_b9333784f3f4ba51.txt",
            "002_cd4c0251b1ad3c11.txt", "003_a72829d80c15e821.txt", "004_9d3866efc89fffe9.txt");

    @TempDir
    Path tmp;

    Path corpus;

    @BeforeEach
    void copySample() {
        corpus = TestCorpus.copyOfSample(tmp.resolve("corpus"));
    }

    /** An ingest of the corpus folder into a new workspace, kept open for searches. */
    private Workspace ws;
    private SyncReport report;

    private SyncReport ingest() throws Exception {
        ws = Workspace.open(corpus, tmp.resolve("ws"));
        report = ws.sync(Progress.NONE);
        assertThat(report.added()).containsAll(SAMPLE);
        assertThat(ws.search("APT31", 10).total()).as("the sample articles stay searchable").isEqualTo(5);
        return report;
    }

    @org.junit.jupiter.api.AfterEach
    void close() throws IOException {
        if (ws != null) {
            ws.close();
        }
    }

    private Optional<String> skipReason(String file) {
        return report.skipped().stream().filter(s -> s.file().equals(file)).map(SkippedFile::reason).findFirst();
    }

    private List<String> warnings(String file) {
        return report.warnings().stream().filter(s -> s.file().equals(file)).map(SkippedFile::reason).toList();
    }

    private long hits(String query) throws Exception {
        return ws.search(query, 10).total();
    }

    @Test
    void randomBinaryIsSkippedAsBinary() throws Exception {
        byte[] bytes = new byte[64 * 1024];
        new Random(7).nextBytes(bytes);
        Files.write(corpus.resolve("random.txt"), bytes);
        Files.write(corpus.resolve("random.html"), bytes);
        ingest();
        assertThat(skipReason("random.txt")).hasValue("binary file (not text)");
        assertThat(skipReason("random.html")).hasValue("binary file (not text)");
    }

    @Test
    void truncatedPdfIsSkippedWithAReasonOrReadForWhatItHolds() throws Exception {
        byte[] pdf = pdf("Quokkaparliament approved the flood budget on Tuesday.");
        Files.write(corpus.resolve("cut.pdf"), java.util.Arrays.copyOf(pdf, pdf.length / 2));
        Files.write(corpus.resolve("whole.pdf"), pdf);
        ingest();
        assertThat(report.added()).contains("whole.pdf");
        if (report.added().contains("cut.pdf")) {
            assertThat(hits("quokkaparliament")).isEqualTo(2);
        } else {
            assertThat(skipReason("cut.pdf")).get().asString().containsIgnoringCase("pdf");
            assertThat(hits("quokkaparliament")).isEqualTo(1);
        }
    }

    @Test
    void zipRenamedPdfIsSkippedAsNotAPdf() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("report.txt"));
            zip.write("An article inside a zip file.".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Files.write(corpus.resolve("archive.pdf"), bytes.toByteArray());
        ingest();
        assertThat(skipReason("archive.pdf")).get().asString().containsIgnoringCase("pdf");
    }

    @Test
    void twoHundredMegabyteTextIsReadInPartWithAWarning() throws Exception {
        Path big = corpus.resolve("huge.txt");
        String line = "Line of a very large report on the zanzibarflood defences, repeated many times over.\n";
        try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            long written = 0;
            while (written < 200L * 1000 * 1000) {
                w.write(line);
                written += line.length();
            }
        }
        try {
            ingest();
            assertThat(report.added()).contains("huge.txt");
            assertThat(warnings("huge.txt")).singleElement().asString().contains("kept the first");
            assertThat(hits("zanzibarflood")).isEqualTo(1);
            assertThat(ws.search("zanzibarflood", 10).hits().get(0).passages()).isNotEmpty();
        } finally {
            Files.delete(big);
        }
    }

    @Test
    void fiveMegabyteSingleLineWithoutSentenceEndsIsIngestedAndSearchable() throws Exception {
        StringBuilder text = new StringBuilder(5_000_100).append("quokkaline ");
        Random random = new Random(3);
        while (text.length() < 5_000_000) {
            text.append("word").append(random.nextInt(1000)).append(' ');
        }
        Files.writeString(corpus.resolve("one-line.txt"), text, StandardCharsets.UTF_8);
        ingest();
        assertThat(report.added()).contains("one-line.txt");
        var results = ws.search("quokkaline", 10);
        assertThat(results.total()).isEqualTo(1);
        assertThat(results.hits().get(0).passages()).isNotEmpty();
    }

    @Test
    void invalidUtf8IsReadWithAWarning() throws Exception {
        byte[] head = "Caf\u00e9 owners in the quokkasquare said prices rose ".getBytes(StandardCharsets.ISO_8859_1);
        byte[] bad = {(byte) 0xC3, 0x28, (byte) 0xA0, (byte) 0xA1, (byte) 0xF0, 0x28, (byte) 0x8C, 0x28};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(head);
        bytes.write(bad);
        bytes.write(" by ten percent.\n".getBytes(StandardCharsets.US_ASCII));
        Files.write(corpus.resolve("latin.txt"), bytes.toByteArray());
        ingest();
        assertThat(report.added()).contains("latin.txt");
        assertThat(warnings("latin.txt")).singleElement().asString().contains("not valid UTF-8");
        assertThat(hits("quokkasquare")).isEqualTo(1);
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() throws Exception {
        String text = "The mayor of Quokkaville said the bridge re\u00f6pened on Monday after repairs.\n";
        ByteArrayOutputStream le = new ByteArrayOutputStream();
        le.write(new byte[]{(byte) 0xFF, (byte) 0xFE});
        le.write(text.getBytes(StandardCharsets.UTF_16LE));
        Files.write(corpus.resolve("utf16le.txt"), le.toByteArray());
        ByteArrayOutputStream be = new ByteArrayOutputStream();
        be.write(new byte[]{(byte) 0xFE, (byte) 0xFF});
        be.write(text.replace("bridge", "tunnel").getBytes(StandardCharsets.UTF_16BE));
        Files.write(corpus.resolve("utf16be.md"), be.toByteArray());
        ingest();
        assertThat(report.added()).contains("utf16le.txt", "utf16be.md");
        assertThat(warnings("utf16le.txt")).isEmpty();
        assertThat(hits("quokkaville")).isEqualTo(2);
        assertThat(ws.articleByFile("utf16le.txt").orElseThrow().body()).contains("re\u00f6pened");
    }

    @Test
    void nulBytesMarkABinaryFile() throws Exception {
        Files.write(corpus.resolve("nul.txt"), "Text with\0\0\0 NUL bytes in it.".getBytes(StandardCharsets.US_ASCII));
        Files.write(corpus.resolve("nul.html"), "<p>Page\0 with a NUL</p>".getBytes(StandardCharsets.US_ASCII));
        ingest();
        assertThat(skipReason("nul.txt")).hasValue("binary file (not text)");
        assertThat(skipReason("nul.html")).hasValue("binary file (not text)");
    }

    @Test
    void deeplyNestedHtmlIsReadWithItsText() throws Exception {
        int depth = 100_000;
        String html = "<html><body>" + "<div>".repeat(depth) + "<p>The quokkanest committee met on Friday.</p>"
                + "</div>".repeat(depth) + "<p>Closing words of the quokkatail.</p></body></html>";
        Files.writeString(corpus.resolve("nested.html"), html);
        ingest();
        assertThat(report.added()).contains("nested.html");
        assertThat(hits("quokkanest")).isEqualTo(1);
        assertThat(hits("quokkatail")).isEqualTo(1);
    }

    @Test
    void htmlWithScriptsAndExternalReferencesFetchesNothingAndKeepsScriptsOutOfTheText() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = new AtomicInteger();
            server.setSoTimeout(100);
            Thread listener = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket s = server.accept()) {
                        connections.incrementAndGet();
                    } catch (SocketTimeoutException e) {
                        // keep listening
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            listener.setDaemon(true);
            listener.start();
            String at = "http://127.0.0.1:" + server.getLocalPort();
            String html = "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"" + at + "/xhtml1-strict.dtd\">\n"
                    + "<html><head><title>Quokkapage report</title>"
                    + "<base href=\"" + at + "/\">"
                    + "<meta http-equiv=\"refresh\" content=\"0; url=" + at + "/refresh\">"
                    + "<link rel=\"stylesheet\" href=\"" + at + "/style.css\">"
                    + "<link rel=\"preload\" href=\"" + at + "/font.woff2\" as=\"font\">"
                    + "<style>@import url('" + at + "/import.css'); body { background: url(" + at + "/bg.png) }</style>"
                    + "<script src=\"" + at + "/app.js\"></script>"
                    + "<script>var scriptmarker = 1; fetch('" + at + "/xhr'); document.write('<img src=" + at + "/dw.png>');</script>"
                    + "</head><body onload=\"fetch('" + at + "/onload')\">"
                    + "<p>The quokkahtml council voted on Wednesday to close the harbour.</p>"
                    + "<img src=\"" + at + "/photo.jpg\" srcset=\"" + at + "/photo2x.jpg 2x\">"
                    + "<iframe src=\"" + at + "/frame\"></iframe><object data=\"" + at + "/object\"></object>"
                    + "<video src=\"" + at + "/video.mp4\" poster=\"" + at + "/poster.png\"></video>"
                    + "<svg><image href=\"" + at + "/svg.png\"/></svg>"
                    + "<noscript><img src=\"" + at + "/pixel.gif\"></noscript>"
                    + "</body></html>";
            Files.writeString(corpus.resolve("page.html"), html);
            ingest();
            ws.extractEntities(new RuleBasedExtractor(), Progress.NONE);
            assertThat(report.added()).contains("page.html");
            assertThat(hits("quokkahtml")).isEqualTo(1);
            assertThat(hits("scriptmarker")).as("script text is not article text").isZero();
            assertThat(ws.articleByFile("page.html").orElseThrow().body()).doesNotContain("fetch(");
            Thread.sleep(300); // give a stray fetch time to arrive
            assertThat(connections.get()).as("connections to the referenced server").isZero();
        }
    }

    @Test
    void oddFileNamesAreIngestedUnderTheirOwnNames() throws Exception {
        List<String> names = List.of("with space.txt", "\u00fcn\u00efc\u00f6d\u00e9 \u2013 \u540d\u524d.txt",
                "emoji \uD83D\uDCF0.md", "-leading-dash.txt", "quote'\"s.txt", "semi;colon&amp.txt", "percent%20encoded.txt",
                "back\\slash.txt", "new\nline.txt", "star*question?.txt", "UPPER.TXT", "x".repeat(240) + ".txt",
                "tab\there.txt", "colon:name.html");
        for (int i = 0; i < names.size(); i++) {
            Files.writeString(corpus.resolve(names.get(i)), "Report " + i + " on the quokkaname affair, filed late.\n");
        }
        ingest();
        assertThat(hits("quokkaname")).isEqualTo(names.size());
        for (String name : names) {
            assertThat(report.added()).contains(name);
            assertThat(ws.articleByFile(name)).as(name).isPresent();
        }
    }

    @Test
    void symbolicLinkLoopsAreReportedAndTheRestIngested() throws Exception {
        Path sub = Files.createDirectories(corpus.resolve("sub"));
        Files.writeString(sub.resolve("inner.txt"), "The quokkainner article sits in a sub-folder.\n");
        Files.createSymbolicLink(sub.resolve("loop"), corpus);          // a folder linking to its ancestor
        Files.createSymbolicLink(corpus.resolve("a.txt"), corpus.resolve("b.txt"));
        Files.createSymbolicLink(corpus.resolve("b.txt"), corpus.resolve("a.txt"));   // two files linking to each other
        ingest();
        assertThat(report.added()).contains("sub/inner.txt");
        assertThat(skipReason("sub/loop")).get().asString().contains("loop");
        assertThat(skipReason("a.txt")).get().asString().isNotBlank();
        assertThat(skipReason("b.txt")).get().asString().isNotBlank();
        assertThat(hits("quokkainner")).isEqualTo(1);
    }

    @Test
    void unreadableFileIsSkippedWithTheReasonUnlessThisUserCanStillReadIt() throws Exception {
        Path locked = corpus.resolve("locked.txt");
        Files.writeString(locked, "The quokkalocked memo was never meant to be read.\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            ingest();
            if (Files.isReadable(locked)) { // root reads anything
                assertThat(report.added()).contains("locked.txt");
                assertThat(hits("quokkalocked")).isEqualTo(1);
            } else {
                assertThat(skipReason("locked.txt")).get().asString().contains("permission");
            }
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void namedPipeIsSkippedInsteadOfBlockingTheRead() throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", corpus.resolve("pipe.txt").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        ingest();
        assertThat(skipReason("pipe.txt")).hasValue("not a regular file");
    }

    private static byte[] pdf(String line) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(line);
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
