package org.triangulate.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The physical limit Triangulate's ingest is compared with, built as the performance reference (§1) builds it:
 * title and body as stored {@code TextField}s, the date as a {@code LongField}, {@code StandardAnalyzer}, one
 * {@code IndexWriter} with a 64 MB buffer, one commit. No metadata, passages, facets or entity cache.
 */
public final class BareLucene {

    public static final String TITLE = "title";
    public static final String BODY = "body";
    public static final String DATE = "date";

    private BareLucene() {
    }

    /** Indexes the articles on one thread into a new index in {@code dir}; returns the seconds from opening the writer to close. */
    public static double index(List<GeneratedCorpus.BenchArticle> articles, Path dir) throws IOException {
        long start = System.nanoTime();
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
        config.setRAMBufferSizeMB(64);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (Directory directory = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(directory, config)) {
            for (GeneratedCorpus.BenchArticle a : articles) {
                Document doc = new Document();
                doc.add(new TextField(TITLE, a.title(), Field.Store.YES));
                doc.add(new TextField(BODY, a.body(), Field.Store.YES));
                doc.add(new LongField(DATE, a.dateMillis(), Field.Store.YES));
                writer.addDocument(doc);
            }
            writer.commit();
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
