package org.triangulate.workspace;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triangulate.corpus.Article;
import org.triangulate.corpus.ArticleLoader;
import org.triangulate.corpus.BreakIteratorSentenceSplitter;
import org.triangulate.corpus.CorpusFile;
import org.triangulate.corpus.CorpusScanner;
import org.triangulate.corpus.ReadResult;
import org.triangulate.corpus.ScanResult;
import org.triangulate.corpus.SkippedFile;
import org.triangulate.corpus.TextSpan;
import org.triangulate.index.IndexedArticle;
import org.triangulate.index.InvalidQueryException;
import org.triangulate.index.SearchResults;
import org.triangulate.index.SearchService;
import org.triangulate.index.SimilarPassage;
import org.triangulate.index.SimilarPassageFinder;
import org.triangulate.index.WorkspaceIndex;
import org.triangulate.nlp.Correction;
import org.triangulate.nlp.Corrections;
import org.triangulate.nlp.Entity;
import org.triangulate.nlp.EntityAggregator;
import org.triangulate.nlp.EntityExtractor;
import org.triangulate.nlp.Mention;
import org.triangulate.task.CancelledException;
import org.triangulate.task.Progress;

/**
 * An analyst's workspace over one corpus folder: the persistent Lucene index of its articles (with the entity
 * cache), and the services over it. The same object serves the CLI and the desktop window. Reads are lock-free
 * over an immutable snapshot; changes (sync, extraction) are serialised. Slow methods must not run on the JavaFX
 * thread.
 */
public final class Workspace implements Closeable {

    /** Looked up on first use: starting logback costs ~0.3 s in a fresh JVM, which opening a workspace need not wait for. */
    private static Logger log() {
        return LoggerFactory.getLogger(Workspace.class);
    }
    /**
     * Make ingested text searchable about once a second while a large folder is still being read: refreshing by
     * article count flushed small segments and cost up to 75% of ingest time on 10k articles (bench).
     */
    private static final long REFRESH_NANOS = 1_000_000_000L;

    private final Path corpusDir;
    private final Path directory;
    private final WorkspaceIndex index;
    private final SearchService searchService;
    private final SimilarPassageFinder similarFinder;
    private final CorpusScanner scanner = new CorpusScanner();
    private final ArticleLoader loader = new ArticleLoader(new BreakIteratorSentenceSplitter());
    private final ReentrantLock writeLock = new ReentrantLock();
    private final List<String> openingNotes;

    private volatile Corrections corrections = Corrections.none();
    /** The corrections the index's entity fields were last brought in line with; null until that is known. */
    private Corrections entityFieldsWrittenWith;
    private boolean closed;
    private volatile Snapshot snapshot;

    private Workspace(Path corpusDir, Path directory, WorkspaceIndex index, Map<String, IndexedArticle> articles,
                      List<String> openingNotes) {
        this.corpusDir = corpusDir;
        this.directory = directory;
        this.index = index;
        index.entityFieldsFrom(a -> corrections.apply(a.article().id(), a.article().body(), a.mentions()));
        this.searchService = new SearchService(index);
        this.similarFinder = new SimilarPassageFinder(index, id -> {
            IndexedArticle a = snapshot.byId.get(id);
            return a == null ? null : a.article().body();
        });
        this.openingNotes = List.copyOf(openingNotes);
        this.snapshot = Snapshot.of(articles.values(), corrections);
    }

    /**
     * Opens (creating if needed) the workspace in {@code workspaceDir} for the corpus in {@code corpusDir}. When
     * {@code corpusDir} is null the workspace's own record of its corpus is used. Does not read the corpus: call
     * {@link #sync(Progress)} for that.
     */
    public static Workspace open(Path corpusDir, Path workspaceDir) throws IOException {
        Files.createDirectories(workspaceDir);
        // The index (open it, read every article) and workspace.json (the first use of Jackson, ~0.3 s to start in a
        // fresh JVM) do not depend on each other: read them side by side, which reopens a large workspace sooner.
        java.util.concurrent.FutureTask<LoadedIndex> loading = new java.util.concurrent.FutureTask<>(() -> {
            WorkspaceIndex index = WorkspaceIndex.open(workspaceDir.resolve("index"));
            try {
                return new LoadedIndex(index, index.loadArticles());
            } catch (IOException | RuntimeException e) {
                index.close();
                throw e;
            }
        });
        Thread loader = new Thread(loading, "workspace-open");
        loader.setDaemon(true);
        loader.start();
        List<String> notes = new ArrayList<>();
        Path corpus;
        try {
            corpus = corpusOf(corpusDir, workspaceDir, notes);
        } catch (IOException | RuntimeException e) {
            try {
                await(loading).index().close();
            } catch (IOException | RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        LoadedIndex loaded = await(loading);
        if (loaded.index().recoveryNote() != null) {
            notes.add(loaded.index().recoveryNote());
        }
        return new Workspace(corpus, workspaceDir, loaded.index(), loaded.articles(), notes);
    }

    private record LoadedIndex(WorkspaceIndex index, Map<String, IndexedArticle> articles) {
    }

    /** The corpus folder of the workspace, from the caller or from workspace.json, which it writes when new or changed. */
    private static Path corpusOf(Path corpusDir, Path workspaceDir, List<String> notes) throws IOException {
        WorkspaceInfo info = readInfo(workspaceDir, notes);
        Path corpus = corpusDir != null ? corpusDir.toAbsolutePath().normalize()
                : info != null && info.corpus() != null ? Path.of(info.corpus()) : null;
        if (corpus == null) {
            throw new IOException("no corpus folder was given and the workspace " + workspaceDir + " does not name one");
        }
        if (info != null && info.corpus() != null && !corpus.toString().equals(info.corpus()) && Files.isDirectory(Path.of(info.corpus()))) {
            // Re-pointing would silently drop every article (and strand the analyst's claims) of the other corpus.
            throw new IOException("the workspace " + workspaceDir + " belongs to the corpus " + info.corpus()
                    + "; use another workspace for " + corpus);
        }
        if (info == null || !corpus.toString().equals(info.corpus())) {
            WorkspaceInfo fresh = new WorkspaceInfo(WorkspaceInfo.FORMAT_VERSION, corpus.toString(),
                    info == null ? Instant.now() : info.created());
            AtomicFiles.write(workspaceDir.resolve(WorkspaceInfo.FILE_NAME), Json.mapper().writeValueAsBytes(fresh));
        }
        return corpus;
    }

    /** Reads workspace.json; a damaged one is kept aside (never overwritten) and reported. */
    private static WorkspaceInfo readInfo(Path workspaceDir, List<String> notes) throws IOException {
        Path file = workspaceDir.resolve(WorkspaceInfo.FILE_NAME);
        if (!Files.exists(file)) {
            return null;
        }
        try {
            WorkspaceInfo info = Json.mapper().readValue(file.toFile(), WorkspaceInfo.class);
            if (info.formatVersion() > WorkspaceInfo.FORMAT_VERSION) {
                notes.add("workspace.json was written by a newer Triangulate (format " + info.formatVersion() + ")");
            }
            return info;
        } catch (IOException e) {
            Path aside = file.resolveSibling(WorkspaceInfo.FILE_NAME + ".damaged-" + System.currentTimeMillis());
            Files.move(file, aside);
            notes.add("workspace.json could not be read (" + e.getClass().getSimpleName() + "); it was kept as "
                    + aside.getFileName() + " and a new one written");
            return null;
        }
    }

    public Path corpusDir() {
        return corpusDir;
    }

    public Path directory() {
        return directory;
    }

    /** Things the analyst should be told about opening this workspace (an index rebuilt, a damaged file kept aside). */
    public List<String> openingNotes() {
        return openingNotes;
    }

    /**
     * Brings the index up to date with the corpus folder: reads new and changed files, drops removed ones, leaves
     * unchanged ones alone (same size and modification time, or same text). Text becomes searchable as it is read.
     */
    public SyncReport sync(Progress progress) throws IOException {
        writeLock.lock();
        try {
            return doSync(progress);
        } finally {
            writeLock.unlock();
        }
    }

    private SyncReport doSync(Progress progress) throws IOException {
        long began = System.nanoTime();
        ScanResult scan = scanner.scan(corpusDir);
        List<String> added = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>(scan.unsupported());
        List<SkippedFile> warnings = new ArrayList<>();
        Map<String, IndexedArticle> current = new TreeMap<>(snapshot.byFile);
        Map<String, String> textOwner = new HashMap<>();
        Set<String> seen = new HashSet<>();
        List<CorpusFile> toRead = new ArrayList<>();
        List<Article> needPassages = new ArrayList<>();

        for (CorpusFile file : scan.files()) {
            seen.add(file.relativePath());
            IndexedArticle old = current.get(file.relativePath());
            if (old != null && old.size() == file.size() && old.lastModified() == stamp(file)) {
                unchanged.add(file.relativePath());
                textOwner.putIfAbsent(old.article().id(), file.relativePath());
            } else {
                toRead.add(file);
            }
        }
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = daemonPool(threads, "corpus-reader");
        try {
            // Stage 1: every article document, so the text is searchable as soon as it has been read. Files are read,
            // parsed and indexed on all cores; the results are taken in folder order, so "same text as" names the
            // first file, and a later copy is deleted again.
            Map<String, IndexedArticle> before = snapshot.byFile;
            ReadAhead reads = new ReadAhead(pool, toRead, threads * 16, file -> readAndIndex(file, before.get(file.relativePath())));
            long lastRefresh = System.nanoTime();
            boolean cancelled = false;
            for (int done = 0; reads.hasNext(); done++) {
                if (!cancelled && progress.isCancelled()) {
                    // Keep what was read, whole: the files under way are finished and checked as usual, their
                    // articles get their sentences below and all of it is committed, so the snapshot matches the
                    // index and the next sync neither misses nor duplicates anything.
                    cancelled = true;
                    reads.stop();
                    continue;
                }
                Loaded loaded = reads.next();
                String rel = loaded.file().relativePath();
                progress.update(done, toRead.size(), "Reading " + rel);
                IndexedArticle old = current.get(rel);
                ReadResult read = loaded.read();
                if (read.isSkipped()) {
                    skipped.add(new SkippedFile(rel, read.skipReason()));
                    dropIfIndexed(old, current);
                    continue;
                }
                String owner = textOwner.putIfAbsent(read.article().id(), rel);
                if (owner != null && !owner.equals(rel)) {
                    skipped.add(new SkippedFile(rel, "same text as " + owner));
                    index.remove(rel); // what the reader indexed, and any older version
                    current.remove(rel);
                    continue;
                }
                read.warnings().forEach(w -> warnings.add(new SkippedFile(rel, w)));
                switch (loaded.change()) {
                    case ADDED -> added.add(rel);
                    case UPDATED -> updated.add(rel);
                    case TOUCHED -> unchanged.add(rel);
                }
                if (loaded.change() != Change.TOUCHED) {
                    needPassages.add(read.article());
                }
                current.put(rel, loaded.next());
                if (System.nanoTime() - lastRefresh > REFRESH_NANOS) {
                    index.refresh();
                    snapshot = Snapshot.of(current.values(), corrections);
                    lastRefresh = System.nanoTime();
                }
            }
            if (cancelled) {
                indexPassages(pool, needPassages, Progress.NONE);
                index.commit();
                snapshot = Snapshot.of(current.values(), corrections);
                throw new CancelledException();
            }
            for (String file : snapshot.byFile.keySet()) {
                if (!seen.contains(file) && current.remove(file) != null) {
                    index.remove(file);
                    removed.add(file);
                }
            }
            index.refresh();
            snapshot = Snapshot.of(current.values(), corrections);
            long searchable = System.nanoTime();

            // Stage 2: the sentence documents for similar-passage lookup, on all cores. Not cancellable: it is short
            // next to reading, and stopping half-way would leave articles that never show up as similar.
            indexPassages(pool, needPassages, progress);
            progress.update(toRead.size(), toRead.size(), "Saving the index");
            index.commit();
            SyncReport report = new SyncReport(added, updated, unchanged, removed, skipped, warnings,
                    java.time.Duration.ofNanos(searchable - began), java.time.Duration.ofNanos(System.nanoTime() - began));
            log().info("Synced {}: {}; searchable after {} ms, done after {} ms", corpusDir, report.summary(),
                    report.searchableAfter().toMillis(), report.took().toMillis());
            return report;
        } finally {
            pool.shutdownNow();
        }
    }

    private void indexPassages(ExecutorService pool, List<Article> articles, Progress progress) throws IOException {
        if (articles.isEmpty()) {
            return;
        }
        int chunk = 64;
        List<java.util.concurrent.Future<?>> chunks = new ArrayList<>();
        for (int from = 0; from < articles.size(); from += chunk) {
            List<Article> part = articles.subList(from, Math.min(articles.size(), from + chunk));
            chunks.add(pool.submit(() -> {
                for (Article a : part) {
                    index.addPassages(a);
                }
                return null;
            }));
        }
        for (int i = 0; i < chunks.size(); i++) {
            progress.update(Math.min(articles.size(), i * chunk), articles.size(), "Indexing sentences for similar passages");
            await(chunks.get(i));
        }
    }

    private static <T> T await(java.util.concurrent.Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }

    private enum Change { ADDED, UPDATED, TOUCHED }

    /** A file as a reader thread left it: read, and (unless skipped) its article document in the index. */
    private record Loaded(CorpusFile file, ReadResult read, IndexedArticle next, Change change) {
    }

    /**
     * Reads a file and indexes its article document (without its sentences): on a reader thread, so indexing runs
     * on every core. {@code old} is the article as the sync found it, if any.
     */
    private Loaded readAndIndex(CorpusFile file, IndexedArticle old) throws IOException {
        ReadResult read = loader.read(file);
        if (read.isSkipped()) {
            return new Loaded(file, read, null, null);
        }
        Article article = read.article();
        if (old != null && old.article().equals(article)) {
            IndexedArticle next = old.withFileState(file.size(), stamp(file)); // touched, not changed: keep the entity cache
            index.updateArticle(next);
            return new Loaded(file, read, next, Change.TOUCHED);
        }
        IndexedArticle next = new IndexedArticle(article, file.size(), stamp(file), read.warnings(), null, null);
        if (old == null) {
            index.add(next);
            return new Loaded(file, read, next, Change.ADDED);
        }
        index.put(next);
        return new Loaded(file, read, next, Change.UPDATED);
    }

    /** Work on files on a pool a bounded distance ahead of the caller, with the results handed back in order. */
    private static final class ReadAhead {
        interface FileWork {
            Loaded apply(CorpusFile file) throws IOException;
        }

        private final ExecutorService pool;
        private final List<CorpusFile> files;
        private final int window;
        private final FileWork work;
        private final java.util.ArrayDeque<java.util.concurrent.Future<Loaded>> pending = new java.util.ArrayDeque<>();
        private int submitted;
        private boolean stopped;

        ReadAhead(ExecutorService pool, List<CorpusFile> files, int window, FileWork work) {
            this.pool = pool;
            this.files = files;
            this.window = window;
            this.work = work;
        }

        boolean hasNext() {
            return !pending.isEmpty() || (!stopped && submitted < files.size());
        }

        Loaded next() throws IOException {
            while (!stopped && submitted < files.size() && pending.size() < window) {
                CorpusFile file = files.get(submitted++);
                pending.add(pool.submit(() -> work.apply(file)));
            }
            return await(pending.removeFirst());
        }

        /** Starts no more files; those under way are still handed back by {@link #next()}. */
        void stop() {
            stopped = true;
        }
    }

    private void dropIfIndexed(IndexedArticle old, Map<String, IndexedArticle> current) throws IOException {
        if (old != null) {
            index.remove(old.article().file());
            current.remove(old.article().file());
        }
    }

    /** A file's change stamp: its own modification time, or its metadata sidecar's when that is newer. */
    private static long stamp(CorpusFile file) {
        Path sidecar = file.path().resolveSibling(file.path().getFileName() + ".meta.json");
        try {
            return Files.exists(sidecar) ? Math.max(file.lastModified(), Files.getLastModifiedTime(sidecar).toMillis())
                    : file.lastModified();
        } catch (IOException e) {
            return file.lastModified();
        }
    }

    /** Articles in file order. */
    public List<Article> articles() {
        return snapshot.articles;
    }

    public Optional<Article> article(String id) {
        return Optional.ofNullable(snapshot.byId.get(id)).map(IndexedArticle::article);
    }

    public Optional<Article> articleByFile(String file) {
        return Optional.ofNullable(snapshot.byFile.get(file)).map(IndexedArticle::article);
    }

    /** Problems met while reading this article (charset fallback, truncation); empty if none. */
    public List<String> warnings(String articleId) {
        IndexedArticle a = snapshot.byId.get(articleId);
        return a == null ? List.of() : a.warnings();
    }

    public SearchResults search(String query, int limit) throws InvalidQueryException, IOException {
        return searchService.search(query, limit);
    }

    /**
     * Passages in other articles most like the sentence at {@code offset} of the given article, best first, at
     * most {@code perArticle} from each article.
     */
    public List<SimilarPassage> similar(String articleId, int offset, int limit, int perArticle) throws IOException {
        Article article = article(articleId).orElseThrow(() -> new IllegalArgumentException("no article " + articleId));
        TextSpan sentence = article.sentenceAt(offset);
        if (sentence == null) {
            return List.of();
        }
        return similarFinder.similar(articleId, article.text(sentence), limit, perArticle);
    }

    /**
     * Entity mentions of an article as the analyst should see them: the cached extraction, with the analyst's
     * corrections replayed and lone surnames linked to the one full name the corpus gives them. Empty until
     * {@link #extractEntities} has processed the article.
     */
    public List<Mention> mentions(String articleId) {
        return snapshot.effectiveMentions().getOrDefault(articleId, List.of());
    }

    /**
     * Uses these analyst corrections (from the case) for every mention and entity served from now on. The index's
     * entity fields and facets follow on a background thread (see {@link #reindexCorrectedEntities()}), so this is
     * cheap enough for the JavaFX thread.
     */
    public void setEntityCorrections(List<Correction> corrections) {
        Corrections next = new Corrections(Corrections.FORMAT_VERSION, corrections);
        if (!next.equals(this.corrections)) {
            this.corrections = next;
            snapshot = Snapshot.of(snapshot.byFile.values(), next);
            FACET_UPDATES.execute(() -> {
                try {
                    reindexCorrectedEntities();
                } catch (IOException | RuntimeException e) {
                    log().warn("could not update the entity facets after a correction: {}", e.toString());
                }
            });
        }
    }

    /** One daemon thread for every workspace's facet updates: corrections are rare and each update is small. */
    private static final java.util.concurrent.Executor FACET_UPDATES = daemonPool(1, "entity-facets");

    /**
     * Rewrites the article documents whose entity fields no longer match the corrections: those corrected now and
     * those written under earlier corrections (an undone merge goes back). Search filters and facets then name
     * entities as the analyst does. Returns how many articles were rewritten; nothing to do costs one small query.
     */
    public int reindexCorrectedEntities() throws IOException {
        writeLock.lock();
        try {
            if (closed) {
                return 0;
            }
            Corrections current = corrections;
            if (current.equals(entityFieldsWrittenWith)) {
                return 0;
            }
            Set<String> files = new java.util.TreeSet<>(index.filesWithCorrectedEntities());
            for (IndexedArticle a : snapshot.byFile.values()) {
                if (a.hasMentions() && !current.apply(a.article().id(), a.article().body(), a.mentions()).equals(a.mentions())) {
                    files.add(a.article().file());
                }
            }
            int rewritten = 0;
            for (String file : files) {
                IndexedArticle a = snapshot.byFile.get(file);
                if (a != null && a.hasMentions()) {
                    index.updateArticle(a);
                    rewritten++;
                }
            }
            if (rewritten > 0) {
                index.commit();
            }
            entityFieldsWrittenWith = current;
            return rewritten;
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Every entity mentioned in the corpus with its surface forms and counts, most-mentioned first. Empty until
     * entities have been extracted.
     */
    public List<Entity> entities() {
        Snapshot current = snapshot;
        if (current.entities == null) {
            current.entities = EntityAggregator.aggregate(current.effectiveMentions());
        }
        return current.entities;
    }

    /** True when every article has mentions from this extractor version (nothing left to extract). */
    public boolean entitiesUpToDate(EntityExtractor extractor) {
        return snapshot.byFile.values().stream().allMatch(a -> isCurrent(a, extractor));
    }

    private static boolean isCurrent(IndexedArticle a, EntityExtractor extractor) {
        return a.hasMentions() && extractor.version().equals(a.extractorVersion());
    }

    /**
     * Extracts entities for every article whose cache is missing or from another extractor version, on as many
     * threads as there are cores, and stores them in the index (as the cache and as facets). Returns how many
     * articles were processed. Results become visible in batches while the work goes on.
     */
    public int extractEntities(EntityExtractor extractor, Progress progress) throws IOException {
        return extractEntities(extractor, progress, Runtime.getRuntime().availableProcessors());
    }

    public int extractEntities(EntityExtractor extractor, Progress progress, int threads) throws IOException {
        return extract(extractor, progress, threads, a -> !isCurrent(a, extractor));
    }

    /**
     * Extracts entities only for articles that have none yet, leaving every cached result alone: the quick first
     * pass that shows highlights while the full extractor runs.
     */
    public int extractMissingEntities(EntityExtractor extractor, Progress progress) throws IOException {
        return extract(extractor, progress, Runtime.getRuntime().availableProcessors(), a -> !a.hasMentions());
    }

    private int extract(EntityExtractor extractor, Progress progress, int threads, java.util.function.Predicate<IndexedArticle> needs)
            throws IOException {
        writeLock.lock();
        try {
            Map<String, IndexedArticle> current = new TreeMap<>(snapshot.byFile);
            List<IndexedArticle> todo = current.values().stream().filter(needs).toList();
            if (todo.isEmpty()) {
                return 0;
            }
            ExecutorService pool = daemonPool(Math.max(1, Math.min(threads, todo.size())), "entity-extraction");
            try {
                CompletionService<IndexedArticle> done = new ExecutorCompletionService<>(pool);
                for (IndexedArticle a : todo) {
                    done.submit(() -> {
                        if (progress.isCancelled()) {
                            return null;
                        }
                        List<Mention> mentions = extractor.extract(a.article().body(), a.article().published());
                        IndexedArticle next = a.withMentions(mentions, extractor.version());
                        index.updateArticle(next);
                        return next;
                    });
                }
                for (int finished = 0; finished < todo.size(); finished++) {
                    IndexedArticle next = take(done);
                    progress.checkCancelled();
                    current.put(next.article().file(), next);
                    progress.update(finished + 1, todo.size(), "Found entities in " + next.article().title());
                    if ((finished + 1) % 50 == 0) {
                        snapshot = Snapshot.of(current.values(), corrections); // partial results become visible as they arrive
                    }
                }
            } finally {
                pool.shutdownNow();
                snapshot = Snapshot.of(current.values(), corrections);
                index.commit(); // whatever was extracted before a cancel is kept
            }
            return todo.size();
        } finally {
            writeLock.unlock();
        }
    }

    /** Worker threads that never keep the JVM alive (a closing app must not wait for a read or an extraction). */
    private static ExecutorService daemonPool(int threads, String name) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    private static IndexedArticle take(CompletionService<IndexedArticle> done) throws IOException {
        try {
            return await(done.take());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
    }

    @Override
    public void close() throws IOException {
        writeLock.lock();
        try {
            closed = true;
            index.close();
        } finally {
            writeLock.unlock();
        }
    }

    /** An immutable view of the articles, swapped whole when anything changes. */
    private static final class Snapshot {
        final List<Article> articles;
        final Map<String, IndexedArticle> byFile;
        final Map<String, IndexedArticle> byId;
        final Corrections corrections;
        /** Computed on first use: most callers never ask. A benign race computes them twice at worst. */
        volatile Map<String, List<Mention>> effectiveMentions;
        volatile List<Entity> entities;

        private Snapshot(List<Article> articles, Map<String, IndexedArticle> byFile, Map<String, IndexedArticle> byId,
                         Corrections corrections) {
            this.articles = articles;
            this.byFile = byFile;
            this.byId = byId;
            this.corrections = corrections;
        }

        Map<String, List<Mention>> effectiveMentions() {
            Map<String, List<Mention>> result = effectiveMentions;
            if (result == null) {
                Map<String, List<Mention>> corrected = new HashMap<>();
                for (IndexedArticle a : byFile.values()) {
                    if (a.hasMentions()) {
                        corrected.put(a.article().id(), corrections.apply(a.article().id(), a.article().body(), a.mentions()));
                    }
                }
                result = java.util.Collections.unmodifiableMap(EntityAggregator.linkLoneSurnamesAcrossArticles(corrected));
                effectiveMentions = result;
            }
            return result;
        }

        static Snapshot of(java.util.Collection<IndexedArticle> all, Corrections corrections) {
            Map<String, IndexedArticle> byFile = new TreeMap<>();
            Map<String, IndexedArticle> byId = new HashMap<>();
            for (IndexedArticle a : all) {
                byFile.put(a.article().file(), a);
                byId.put(a.article().id(), a);
            }
            List<Article> articles = byFile.values().stream().map(IndexedArticle::article).toList();
            return new Snapshot(articles, java.util.Collections.unmodifiableMap(byFile), java.util.Collections.unmodifiableMap(byId),
                    corrections);
        }
    }
}
