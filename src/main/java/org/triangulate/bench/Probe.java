package org.triangulate.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.triangulate.index.SearchResults;
import org.triangulate.nlp.RuleBasedExtractor;
import org.triangulate.task.Progress;
import org.triangulate.workspace.Json;
import org.triangulate.workspace.Workspace;

/**
 * The parts of the benchmark that must run in a fresh JVM: reopening a workspace (or a bare Lucene index) to its
 * first search result, and the heap a workspace keeps after ingest. Prints one line {@code PROBE {json}} on stdout.
 *
 * <pre>
 * Probe reopen CORPUS WORKSPACE QUERY      open the workspace, search, time it; then check the entity cache
 * Probe bare-reopen INDEX TERM             FSDirectory.open + DirectoryReader.open + first search (body:TERM)
 * Probe heap CORPUS WORKSPACE              used heap before, and after opening and syncing a new workspace
 * </pre>
 */
public final class Probe {

    public static final String PREFIX = "PROBE ";

    private Probe() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Map<String, Object> out = new LinkedHashMap<>();
        switch (args[0]) {
            case "reopen" -> {
                try (Workspace ws = Workspace.open(Path.of(args[1]), Path.of(args[2]))) {
                    long opened = System.nanoTime();
                    SearchResults results = ws.search(args[3], 10);
                    long firstResult = System.nanoTime();
                    out.put("jvmStartToFirstResultMs", System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
                    out.put("openMs", (opened - t0) / 1e6);
                    out.put("firstSearchMs", (firstResult - opened) / 1e6);
                    out.put("openToFirstResultMs", (firstResult - t0) / 1e6);
                    out.put("hits", results.total());
                    out.put("articles", ws.articles().size());
                    out.put("openingNotes", ws.openingNotes());
                    // after the timer: is every article's entity cache there (nothing to re-extract)?
                    out.put("entitiesCached", ws.entitiesUpToDate(new RuleBasedExtractor()));
                }
            }
            case "bare-reopen" -> {
                try (Directory dir = FSDirectory.open(Path.of(args[1])); DirectoryReader reader = DirectoryReader.open(dir)) {
                    TopDocs top = new IndexSearcher(reader).search(new TermQuery(new Term(BareLucene.BODY, args[2])), 10);
                    long firstResult = System.nanoTime();
                    out.put("jvmStartToFirstResultMs", System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
                    out.put("openToFirstResultMs", (firstResult - t0) / 1e6);
                    out.put("hits", top.totalHits.value);
                }
            }
            case "heap" -> {
                long before = usedAfterGc();
                try (Workspace ws = Workspace.open(Path.of(args[1]), Path.of(args[2]))) {
                    ws.sync(Progress.NONE);
                    long after = usedAfterGc();
                    out.put("beforeBytes", before);
                    out.put("afterBytes", after);
                    out.put("articles", ws.articles().size()); // keeps the workspace reachable through the measurement
                }
            }
            default -> throw new IllegalArgumentException("unknown probe " + args[0]);
        }
        System.out.println(PREFIX + Json.mapper().writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
        System.out.flush();
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
