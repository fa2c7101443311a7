package org.triangulate.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.codecs.StoredFieldsReader;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The on-disk Lucene index of one workspace: one {@link IndexWriter} for the workspace's life and a
 * {@link SearcherManager} over it. Opening never fails because of the index's own state: an index written with
 * another schema version is recreated, and a corrupt one is moved aside (kept as a backup) and recreated, so the
 * caller re-ingests the corpus. {@link #recoveryNote()} says what happened.
 */
public final class WorkspaceIndex implements Closeable {

    /** Looked up only when there is something to say: opening an index need not wait for logback to start. */
    private static Logger log() {
        return LoggerFactory.getLogger(WorkspaceIndex.class);
    }

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer = IndexSchema.analyzer();
    private final FacetsConfig facetsConfig = IndexSchema.facetsConfig();
    private final ArticleDocuments documents = new ArticleDocuments(facetsConfig);
    private final String recoveryNote;

    private WorkspaceIndex(Path path, Directory directory, IndexWriter writer, String recoveryNote) throws IOException {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.recoveryNote = recoveryNote;
    }

    /**
     * Opens or creates the index in {@code path}.
     *
     * @throws WorkspaceLockedException if another process has the index open for writing
     */
    public static WorkspaceIndex open(Path path) throws IOException {
        Files.createDirectories(path);
        String note = null;
        Directory dir = FSDirectory.open(path);
        try {
            if (DirectoryReader.indexExists(dir)) {
                int version = schemaVersionOf(dir);
                if (version != IndexSchema.SCHEMA_VERSION) {
                    note = "The index was built by another version of Triangulate (schema " + version + ", now "
                            + IndexSchema.SCHEMA_VERSION + "); it is being rebuilt from the corpus.";
                    return create(path, dir, IndexWriterConfig.OpenMode.CREATE, note);
                }
            }
            return create(path, dir, IndexWriterConfig.OpenMode.CREATE_OR_APPEND, null);
        } catch (LockObtainFailedException e) {
            dir.close();
            throw new WorkspaceLockedException(path, e);
        } catch (IOException | RuntimeException e) {
            // Corrupt or unreadable index: keep it for inspection, start afresh.
            log().warn("Index at {} cannot be opened ({}); moving it aside and rebuilding", path, describe(e));
            log().debug("Index open failure", e);
            dir.close();
            Path backup = moveAside(path);
            Files.createDirectories(path);
            Directory fresh = FSDirectory.open(path);
            return create(path, fresh, IndexWriterConfig.OpenMode.CREATE,
                    "The index was damaged (" + describe(e) + "); it was moved to " + backup.getFileName()
                            + " and is being rebuilt from the corpus.");
        }
    }

    private static WorkspaceIndex create(Path path, Directory dir, IndexWriterConfig.OpenMode mode, String note)
            throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(IndexSchema.analyzer());
        config.setOpenMode(mode);
        config.setRAMBufferSizeMB(64);
        config.setCommitOnClose(true);
        IndexWriter writer = new IndexWriter(dir, config);
        try {
            WorkspaceIndex index = new WorkspaceIndex(path, dir, writer, note);
            if (mode == IndexWriterConfig.OpenMode.CREATE) {
                index.commit(); // a fresh index is valid on disk at once, with our schema version
            }
            return index;
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            throw e;
        }
    }

    private static int schemaVersionOf(Directory dir) throws IOException {
        String value = SegmentInfos.readLatestCommit(dir).getUserData().get(IndexSchema.SCHEMA_VERSION_KEY);
        try {
            return value == null ? 0 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Path moveAside(Path path) throws IOException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path backup = path.resolveSibling(path.getFileName() + ".damaged-" + stamp);
        for (int i = 1; Files.exists(backup); i++) {
            backup = path.resolveSibling(path.getFileName() + ".damaged-" + stamp + "-" + i);
        }
        Files.move(path, backup);
        return backup;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
    }

    /** Non-null when opening had to rebuild the index; says why, for the analyst. */
    public String recoveryNote() {
        return recoveryNote;
    }

    public Path path() {
        return path;
    }

    /**
     * Every article in the index, by file. This is most of the time it takes to reopen a workspace, so it reads the
     * article documents in doc-id order with the codec's sequential ("merge") stored-fields reader, which unpacks
     * each compressed block once instead of once per document, and on all cores.
     */
    public Map<String, IndexedArticle> loadArticles() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            List<ArticleRange> ranges = new ArrayList<>();
            Term articles = new Term(IndexSchema.KIND, IndexSchema.KIND_ARTICLE);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                PostingsEnum docs = leaf.reader().postings(articles, PostingsEnum.NONE);
                if (docs == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                List<Integer> ids = new ArrayList<>();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        ids.add(doc);
                    }
                }
                for (int from = 0; from < ids.size(); from += LOAD_CHUNK) {
                    ranges.add(new ArticleRange(leaf.reader(), ids.subList(from, Math.min(ids.size(), from + LOAD_CHUNK))));
                }
            }
            List<List<IndexedArticle>> loaded;
            try {
                loaded = ranges.parallelStream().map(ArticleRange::load).toList();
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
            Map<String, IndexedArticle> byFile = new LinkedHashMap<>();
            loaded.forEach(part -> part.forEach(a -> byFile.put(a.article().file(), a)));
            return byFile;
        } finally {
            searchers.release(searcher);
        }
    }

    /** Article documents per task when loading: enough to keep each compressed block to one task, mostly. */
    private static final int LOAD_CHUNK = 256;

    /** Some article documents of one segment, in doc-id order. */
    private record ArticleRange(LeafReader reader, List<Integer> docs) {
        List<IndexedArticle> load() {
            try {
                List<IndexedArticle> out = new ArrayList<>(docs.size());
                if (reader instanceof CodecReader codec && codec.getFieldsReader() != null) {
                    StoredFieldsReader sequential = codec.getFieldsReader().getMergeInstance();
                    for (int doc : docs) {
                        DocumentStoredFieldVisitor visitor = new DocumentStoredFieldVisitor();
                        sequential.document(doc, visitor);
                        out.add(ArticleDocuments.read(visitor.getDocument()));
                    }
                } else {
                    StoredFields stored = reader.storedFields();
                    for (int doc : docs) {
                        out.add(ArticleDocuments.read(stored.document(doc)));
                    }
                }
                return out;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /**
     * Replaces an article whose text changed: its old document and old passages go, the new article document comes
     * in. Add the new passages with {@link #addPassages}. Visible to searches after {@link #refresh()} or {@link #commit()}.
     */
    public void put(IndexedArticle article) throws IOException {
        writer.updateDocuments(new Term(IndexSchema.FILE, article.article().file()), List.of(documents.article(article)));
    }

    /** Adds an article that is not in the index yet: no delete by file to apply, which makes first ingest cheaper. */
    public void add(IndexedArticle article) throws IOException {
        writer.addDocument(documents.article(article));
    }

    /**
     * Replaces only the article document (new entity cache, new file stamp) when its text is unchanged: its
     * passages stay as they are, so extraction does not re-index every sentence.
     */
    public void updateArticle(IndexedArticle article) throws IOException {
        writer.updateDocument(new Term(IndexSchema.ARTICLE_FILE, article.article().file()), documents.article(article));
    }

    /**
     * What every article document written from now on takes its entity fields and facets from: the analyst's
     * corrections applied to the extraction (the stored entity cache always keeps the extraction as it was).
     */
    public void entityFieldsFrom(java.util.function.Function<IndexedArticle, List<org.triangulate.nlp.Mention>> corrected) {
        documents.facetMentions(corrected);
    }

    /** Files whose indexed entity fields were written with corrections applied. */
    public Set<String> filesWithCorrectedEntities() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            Set<String> files = new java.util.TreeSet<>();
            var stored = searcher.storedFields();
            for (var hit : searcher.search(new TermQuery(new Term(ArticleDocuments.FACETS_CORRECTED, "1")), Integer.MAX_VALUE).scoreDocs) {
                files.add(stored.document(hit.doc, Set.of(IndexSchema.FILE)).get(IndexSchema.FILE));
            }
            return files;
        } finally {
            searchers.release(searcher);
        }
    }

    /** Adds the sentence documents of an article added with {@link #add} or {@link #put}. Safe from several threads. */
    public void addPassages(org.triangulate.corpus.Article article) throws IOException {
        writer.addDocuments(ArticleDocuments.passages(article));
    }

    public void remove(String file) throws IOException {
        writer.deleteDocuments(new Term(IndexSchema.FILE, file));
    }

    /** Makes recent changes visible to searches without the cost of a commit. */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Makes recent changes durable and visible. */
    public void commit() throws IOException {
        commitWriter();
        searchers.maybeRefreshBlocking();
    }

    private void commitWriter() throws IOException {
        writer.setLiveCommitData(Map.of(IndexSchema.SCHEMA_VERSION_KEY, Integer.toString(IndexSchema.SCHEMA_VERSION)).entrySet());
        writer.commit();
    }

    SearcherManager searchers() {
        return searchers;
    }

    Analyzer analyzer() {
        return analyzer;
    }

    FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
        } finally {
            try {
                if (writer.isOpen()) {
                    commitWriter();
                    writer.close();
                }
            } finally {
                directory.close();
            }
        }
    }
}
