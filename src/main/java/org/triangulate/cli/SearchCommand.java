package org.triangulate.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.triangulate.corpus.TextSpan;
import org.triangulate.index.ArticleHit;
import org.triangulate.index.PassageHit;
import org.triangulate.index.SearchResults;
import org.triangulate.workspace.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the corpus with Lucene query syntax: words (all must match), \"phrases\", OR, NOT, "
                + "fuzzy~, wild*, and fields title: outlet: entity: date: language:."})
final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "QUERY", description = "The query, quoted if it has spaces.")
    String query;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Corpus folder. Default: the bundled sample corpus.")
    Path corpus;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "At most N articles (default ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
        }
        var out = spec.commandLine().getOut();
        // Entities are found first (once; cached in the workspace after that) so entity: filters and facets work.
        try (WorkspaceOptions.Opened opened = workspaceOptions.openWithEntities(corpus, spec.commandLine().getErr())) {
            WorkspaceOptions.printProblems(opened.report(), spec.commandLine().getErr());
            SearchResults results = opened.workspace().search(query, limit);
            if (json) {
                out.println(Json.mapper().writeValueAsString(toJson(results)));
            } else {
                printText(results, out);
            }
            out.flush();
        }
        return 0;
    }

    static SearchJson toJson(SearchResults results) {
        List<HitJson> hits = new ArrayList<>();
        for (ArticleHit hit : results.hits()) {
            List<PassageJson> passages = new ArrayList<>();
            for (PassageHit p : hit.passages()) {
                List<int[]> highlights = p.highlights().stream().map(h -> new int[]{h.start(), h.end()}).toList();
                passages.add(new PassageJson(p.start(), p.end(), p.text(), highlights));
            }
            hits.add(new HitJson(hit.file(), hit.articleId(), hit.title(), hit.outlet(), hit.score(), passages));
        }
        return new SearchJson(results.query(), results.total(), hits, results.facets());
    }

    private static void printText(SearchResults results, java.io.PrintWriter out) {
        out.println(results.total() + (results.total() == 1 ? " article matches " : " articles match ") + results.query());
        int rank = 1;
        for (ArticleHit hit : results.hits()) {
            out.printf("%n%d. %s  (%s%s, score %.2f)%n", rank++, hit.title(), hit.file(),
                    hit.outlet() == null ? "" : ", " + hit.outlet(), hit.score());
            for (PassageHit p : hit.passages()) {
                out.println("   " + mark(p));
            }
        }
        if (!results.facets().isEmpty()) {
            out.println();
            results.facets().forEach((dim, values) -> out.println(dim.toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": "
                    + values.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                    .collect(java.util.stream.Collectors.joining(", "))));
        }
    }

    /** The passage with each match in [brackets]. */
    static String mark(PassageHit p) {
        StringBuilder sb = new StringBuilder();
        int at = p.start();
        for (TextSpan h : p.highlights()) {
            sb.append(p.text(), at - p.start(), h.start() - p.start()).append('[')
                    .append(p.text(), h.start() - p.start(), h.end() - p.start()).append(']');
            at = h.end();
        }
        sb.append(p.text(), at - p.start(), p.text().length());
        return sb.toString().replace('\n', ' ');
    }

    record SearchJson(String query, long total, List<HitJson> hits, Map<String, Map<String, Integer>> facets) {
    }

    record HitJson(String file, String id, String title, String outlet, float score, List<PassageJson> passages) {
    }

    /** Highlights are [start, end) pairs of body offsets, like start and end. */
    record PassageJson(int start, int end, String text, List<int[]> highlights) {
    }
}
