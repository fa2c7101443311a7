package org.triangulate.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A folder of generated news-like articles made from Europarl documents, repeated as often as needed: each file has
 * a front-matter header (title, date, outlet) and a body that ends with a reference line unique to the article, so
 * repeated documents are distinct articles with distinct ids, not duplicates. The same articles are kept in memory
 * for the bare-Lucene baseline.
 *
 * @param dir      the folder holding the files
 * @param articles the articles, in file order
 * @param bytes    total size of the files (UTF-8), the "MB" of the ingest figures
 */
public record GeneratedCorpus(Path dir, List<BenchArticle> articles, long bytes) {

    /** One generated article as the bare-Lucene baseline indexes it. */
    public record BenchArticle(String file, String title, long dateMillis, String outlet, String body) {
    }

    public static final int OUTLETS = 50;

    public int size() {
        return articles.size();
    }

    /** Writes {@code count} articles into {@code dir} (created), cycling through {@code docs}. */
    public static GeneratedCorpus write(List<EuroparlCorpus.Doc> docs, int count, Path dir) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(42);
        List<BenchArticle> articles = new ArrayList<>(count);
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            EuroparlCorpus.Doc doc = docs.get(i % docs.size());
            String outlet = String.format(Locale.ROOT, "Outlet %02d", random.nextInt(OUTLETS));
            String title = doc.title().isEmpty() ? "Untitled" : doc.title();
            // Europarl separates paragraphs with runs of spaces; news files use blank lines
            String body = doc.body().replaceAll(" {3,}", "\n\n") + String.format(Locale.ROOT, "\n\nReference bench-%06d.\n", i);
            String name = String.format(Locale.ROOT, "a%06d.txt", i);
            StringBuilder file = new StringBuilder(body.length() + 120)
                    .append("---\ntitle: ").append(title.replace('\n', ' '))
                    .append('\n');
            if (doc.date() != null) {
                file.append("date: ").append(doc.date()).append('\n');
            }
            file.append("outlet: ").append(outlet).append("\n---\n\n").append(body);
            byte[] content = file.toString().getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve(name), content);
            bytes += content.length;
            long millis = doc.date() == null ? 0 : doc.date().atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            articles.add(new BenchArticle(name, title, millis, outlet, body));
        }
        return new GeneratedCorpus(dir, List.copyOf(articles), bytes);
    }
}
