package org.triangulate.index;

import java.util.List;
import java.util.Map;

/**
 * The answer to a search: matching articles, best first, with highlighted passages, and facet counts over all hits.
 *
 * @param query  the query as typed
 * @param total  number of matching articles
 * @param hits   the top articles
 * @param facets dimension ("outlet", "year", an entity type name) to value to number of matching articles
 */
public record SearchResults(String query, long total, List<ArticleHit> hits, Map<String, Map<String, Integer>> facets) {

    public SearchResults {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
