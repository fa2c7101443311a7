package org.triangulate.index;

import static org.triangulate.index.IndexSchema.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.triangulate.corpus.TextSpan;

/**
 * Full-text search over a workspace: Lucene query syntax (terms AND-ed by default, phrases, boolean operators,
 * fuzzy {@code ~}, wildcards, field prefixes {@code title: outlet: entity: date: language:}), article hits with the
 * matching sentences highlighted, and facet counts (outlet, year, entities by type) over all matching articles.
 */
public final class SearchService {

    /** Sentences shown per article hit. */
    public static final int PASSAGES_PER_HIT = 3;

    private static final String[] DEFAULT_FIELDS = {TITLE, BODY};
    private static final Map<String, Float> BOOSTS = Map.of(TITLE, 2f, BODY, 1f);
    private static final int FACET_VALUES = 50;

    private final WorkspaceIndex index;
    /** Facet ordinals are built once per reader (a few ms) and reused until the reader changes. */
    private volatile FacetState facetState;

    public SearchService(WorkspaceIndex index) {
        this.index = index;
    }

    /** Parses the query the analyst typed; the message of the exception is fit to show them. */
    public Query parse(String text) throws InvalidQueryException {
        if (text == null || text.isBlank()) {
            throw new InvalidQueryException("the query is empty", null);
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(DEFAULT_FIELDS, index.analyzer(), BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        parser.setSplitOnWhitespace(true);
        // Fuzzy terms keep their first letter: typos rarely hit it, and it cuts the terms a fuzzy query expands to
        // (and the highlighting of them) several-fold on a large index.
        parser.setFuzzyPrefixLength(1);
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            String first = e.getMessage() == null ? "syntax error" : e.getMessage().lines().findFirst().orElse("syntax error");
            throw new InvalidQueryException("cannot read the query \"" + text + "\": " + first, e);
        } catch (RuntimeException e) {
            // e.g. TooManyClauses from a wildcard that expands to everything
            throw new InvalidQueryException("the query \"" + text + "\" is too broad: " + e.getMessage(), e);
        }
    }

    public SearchResults search(String queryText, int limit) throws InvalidQueryException, IOException {
        Query parsed = parse(queryText);
        IndexSearcher searcher = index.searchers().acquire();
        try {
            // Rewrite once (fuzzy and wildcard queries expand to terms here) for both the search and the highlighter,
            // which would otherwise expand the query again for every hit: measured 2-3x faster highlighting of fuzzy queries.
            Query userQuery;
            try {
                userQuery = searcher.rewrite(parsed);
            } catch (IndexSearcher.TooManyClauses e) {
                throw new InvalidQueryException("the query \"" + queryText + "\" is too broad (it expands to too many terms)", e);
            }
            Query query = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(KIND, KIND_ARTICLE)), BooleanClause.Occur.FILTER)
                    .add(userQuery, BooleanClause.Occur.MUST)
                    .build();
            FacetsCollectorManager.FacetsResult result;
            try {
                result = FacetsCollectorManager.search(searcher, query, Math.max(1, limit), new FacetsCollectorManager());
            } catch (IndexSearcher.TooManyClauses e) {
                throw new InvalidQueryException("the query \"" + queryText + "\" is too broad (it expands to too many terms)", e);
            }
            TopDocs top = result.topDocs();
            List<ArticleHit> hits = hits(searcher, userQuery, top, limit);
            Map<String, Map<String, Integer>> facets = facets(searcher.getIndexReader(), result.facetsCollector());
            return new SearchResults(queryText, top.totalHits.value, hits, facets);
        } finally {
            index.searchers().release(searcher);
        }
    }

    private List<ArticleHit> hits(IndexSearcher searcher, Query userQuery, TopDocs top, int limit) throws IOException {
        int n = Math.min(limit, top.scoreDocs.length);
        if (n == 0) {
            return List.of();
        }
        ScoreDoc[] scoreDocs = java.util.Arrays.copyOf(top.scoreDocs, n);
        int[] docIds = new int[n];
        for (int i = 0; i < n; i++) {
            docIds[i] = scoreDocs[i].doc;
        }
        Object[] matches = highlighter(searcher).highlightFieldsAsObjects(new String[]{BODY}, userQuery, docIds,
                new int[]{PASSAGES_PER_HIT * 4}).get(BODY);
        StoredFields stored = searcher.storedFields();
        List<ArticleHit> hits = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Document doc = stored.document(docIds[i]);
            @SuppressWarnings("unchecked")
            List<TextSpan> spans = matches == null || matches[i] == null ? List.of() : (List<TextSpan>) matches[i];
            String body = doc.get(BODY);
            List<PassageHit> passages = passages(body, ArticleDocuments.decodeSpans(doc.get(SENTENCES)), spans);
            hits.add(new ArticleHit(doc.get(ARTICLE_ID), doc.get(FILE), doc.get(TITLE), doc.get(OUTLET),
                    scoreDocs[i].score, passages));
        }
        return hits;
    }

    private MatchHighlighter highlighter(IndexSearcher searcher) {
        return new MatchHighlighter(UnifiedHighlighter.builder(searcher, index.analyzer())
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withHighlightPhrasesStrictly(true)
                .withFormatter(new MatchOffsetsFormatter()));
    }

    /** Exposes the highlighter's object results, which carry our {@link MatchOffsetsFormatter}'s offsets. */
    private static final class MatchHighlighter extends UnifiedHighlighter {
        MatchHighlighter(Builder builder) {
            super(builder);
        }

        @Override
        protected Map<String, Object[]> highlightFieldsAsObjects(String[] fields, Query query, int[] docIds,
                                                                  int[] maxPassages) throws IOException {
            return super.highlightFieldsAsObjects(fields, query, docIds, maxPassages);
        }
    }

    /**
     * Snaps the highlighter's matches to the article's own sentences (the ones the reader shows and the passage
     * documents hold), keeping the sentences with the most matches, in body order.
     */
    static List<PassageHit> passages(String body, List<TextSpan> sentences, List<TextSpan> matches) {
        Map<TextSpan, List<TextSpan>> bySentence = new LinkedHashMap<>();
        for (TextSpan match : matches) {
            TextSpan sentence = containing(sentences, match.start());
            if (sentence == null) {
                continue;
            }
            bySentence.computeIfAbsent(sentence, s -> new ArrayList<>()).add(match);
        }
        List<Map.Entry<TextSpan, List<TextSpan>>> ranked = new ArrayList<>(bySentence.entrySet());
        ranked.sort(Comparator.comparingInt((Map.Entry<TextSpan, List<TextSpan>> e) -> -e.getValue().size())
                .thenComparing(Map.Entry::getKey));
        List<PassageHit> passages = new ArrayList<>();
        for (Map.Entry<TextSpan, List<TextSpan>> e : ranked.subList(0, Math.min(PASSAGES_PER_HIT, ranked.size()))) {
            TextSpan s = e.getKey();
            List<TextSpan> highlights = new ArrayList<>(e.getValue());
            Collections.sort(highlights);
            passages.add(new PassageHit(s.start(), s.end(), body.substring(s.start(), s.end()), highlights));
        }
        passages.sort(Comparator.comparingInt(PassageHit::start));
        return passages;
    }

    private static TextSpan containing(List<TextSpan> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            TextSpan s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }

    private Map<String, Map<String, Integer>> facets(IndexReader reader, FacetsCollector collector) throws IOException {
        SortedSetDocValuesReaderState state = facetState(reader);
        if (state == null) {
            return Map.of();
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, collector);
        Map<String, Map<String, Integer>> facets = new TreeMap<>();
        for (FacetResult dim : counts.getAllDims(FACET_VALUES)) {
            Map<String, Integer> values = new LinkedHashMap<>();
            for (LabelAndValue lv : dim.labelValues) {
                values.put(lv.label, lv.value.intValue());
            }
            facets.put(dim.dim, values);
        }
        return facets;
    }

    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState cached = facetState;
        if (cached != null && cached.reader == reader) {
            return cached.state;
        }
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, index.facetsConfig());
        } catch (IllegalArgumentException e) {
            state = null; // no article has any facet value yet
        }
        facetState = new FacetState(reader, state);
        return state;
    }

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }
}
