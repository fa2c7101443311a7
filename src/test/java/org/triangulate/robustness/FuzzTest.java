package org.triangulate.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.corpus.Article;
import org.triangulate.corpus.SkippedFile;
import org.triangulate.index.InvalidQueryException;
import org.triangulate.nlp.LayeredExtractor;
import org.triangulate.nlp.Mention;
import org.triangulate.task.Progress;
import org.triangulate.workspace.SyncReport;
import org.triangulate.workspace.TestCorpus;
import org.triangulate.workspace.Workspace;

/**
 * Random mutations of the sample articles (fixed seed, bounded count and time) through ingest, entity extraction
 * and search: every file is ingested or skipped with a reason, mentions stay inside their article, a word of each
 * article finds it, and text typed as a query either searches or is refused as a query, never anything else.
 */
class FuzzTest {

    private static final long SEED = 20261121L;
    private static final int MAX_MUTANTS = 60;
    private static final long MAX_WRITE_MILLIS = 20_000;
    private static final Pattern WORD = Pattern.compile("\\b[A-Za-z]{5,12}\\b");
    private static final String[] INSERTS = {"\u0000", "\uFEFF", "\u202E", "\uFFFD", "\uD83D\uDCF0", "<script>alert(1)</script>",
            "<!--", "]]>", "&#0;", "&amp;", "\r\n", "\n---\ntitle: x\n---\n", "\"", "\\", "*?~^", "AND OR NOT", "(((", "\t\t",
            "\u00e9\u0301", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629", "...", "Mr.", "U.S.", "$", "%"};

    @TempDir
    Path tmp;

    @Test
    void mutatedSampleArticlesNeverBreakIngestExtractionOrSearch() throws Exception {
        Random random = new Random(SEED);
        List<byte[]> originals = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestCorpus.sample())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                originals.add(Files.readAllBytes(f));
            }
        }
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        String[] extensions = {".txt", ".md", ".html", ".htm"};
        List<String> written = new ArrayList<>();
        long deadline = System.currentTimeMillis() + MAX_WRITE_MILLIS;
        for (int i = 0; i < MAX_MUTANTS && System.currentTimeMillis() < deadline; i++) {
            byte[] mutant = mutate(originals.get(random.nextInt(originals.size())), random);
            String name = String.format(Locale.ROOT, "fuzz-%03d%s", i, extensions[random.nextInt(extensions.length)]);
            Files.write(corpus.resolve(name), mutant);
            written.add(name);
        }

        try (Workspace ws = Workspace.open(corpus, tmp.resolve("ws"))) {
            SyncReport report = ws.sync(Progress.NONE);
            for (String name : written) {
                boolean ingested = report.added().contains(name);
                boolean skipped = report.skipped().stream().anyMatch(s -> s.file().equals(name) && !s.reason().isBlank());
                assertThat(ingested ^ skipped).as("%s is either ingested or skipped with a reason", name).isTrue();
            }
            assertThat(report.added()).as("most mutants are still articles").hasSizeGreaterThan(written.size() / 2);
            for (SkippedFile s : report.skipped()) {
                assertThat(s.reason()).as(s.file()).isNotBlank();
            }

            ws.extractEntities(new LayeredExtractor(), Progress.NONE, 2);
            for (Article a : ws.articles()) {
                for (Mention m : ws.mentions(a.id())) {
                    assertThat(m.start()).as("%s %s", a.file(), m).isBetween(0, m.end() - 1);
                    assertThat(m.end()).as("%s %s", a.file(), m).isLessThanOrEqualTo(a.body().length());
                }
                Matcher w = WORD.matcher(a.body());
                if (w.find(random.nextInt(Math.max(1, a.body().length() / 2)))) {
                    String word = w.group();
                    assertThat(ws.search(word, 100).hits()).as("searching %s for %s", a.file(), word)
                            .anySatisfy(h -> assertThat(h.file()).isEqualTo(a.file()));
                }
                String slice = slice(a.body(), random);
                assertThatCode(() -> {
                    try {
                        ws.search(slice, 10);
                    } catch (InvalidQueryException refused) {
                        assertThat(refused.getMessage()).isNotBlank();
                    }
                }).as("query typed from %s: %s", a.file(), slice).doesNotThrowAnyException();
            }
            assertThat(ws.entities()).isNotNull();
        }
    }

    private static String slice(String body, Random random) {
        if (body.isBlank()) {
            return "x";
        }
        int start = random.nextInt(body.length());
        String s = body.substring(start, Math.min(body.length(), start + 1 + random.nextInt(40)));
        return s.isBlank() ? "x" : s;
    }

    /** One to four mutations: bit flips, inserted oddities, deleted, duplicated or truncated ranges, random bytes. */
    static byte[] mutate(byte[] original, Random random) {
        byte[] b = original.clone();
        int steps = 1 + random.nextInt(4);
        for (int s = 0; s < steps; s++) {
            int at = b.length == 0 ? 0 : random.nextInt(b.length);
            switch (random.nextInt(7)) {
                case 0 -> {
                    for (int i = 0, n = 1 + random.nextInt(20); i < n && b.length > 0; i++) {
                        int p = random.nextInt(b.length);
                        b[p] ^= (byte) (1 << random.nextInt(8));
                    }
                }
                case 1 -> b = splice(b, at, at, INSERTS[random.nextInt(INSERTS.length)].getBytes(StandardCharsets.UTF_8));
                case 2 -> b = splice(b, at, Math.min(b.length, at + random.nextInt(400)), new byte[0]);
                case 3 -> {
                    int end = Math.min(b.length, at + random.nextInt(2000));
                    b = splice(b, end, end, java.util.Arrays.copyOfRange(b, at, end));
                }
                case 4 -> b = java.util.Arrays.copyOf(b, at);
                case 5 -> {
                    byte[] noise = new byte[1 + random.nextInt(64)];
                    random.nextBytes(noise);
                    b = splice(b, at, at, noise);
                }
                default -> {
                    String tag = random.nextBoolean() ? "<div><p>" : "</p></div><b>";
                    b = splice(b, at, at, tag.repeat(1 + random.nextInt(50)).getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return b;
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + insert.length);
        out.write(b, 0, from);
        out.write(insert, 0, insert.length);
        out.write(b, to, b.length - to);
        return out.toByteArray();
    }
}
