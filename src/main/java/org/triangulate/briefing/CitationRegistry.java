package org.triangulate.briefing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triangulate.corpus.Article;

/**
 * Numbers quotes in order of first use; citing the same quote twice gives the same number, so the notes list each
 * quote once.
 */
final class CitationRegistry {

    private record Key(String file, int start, int end) {
    }

    private final Map<String, Article> articlesByFile;
    private final Map<Key, Citation> citations = new LinkedHashMap<>();

    CitationRegistry(Map<String, Article> articlesByFile) {
        this.articlesByFile = articlesByFile;
    }

    /** The number of the quote [start, end) of {@code file}. */
    int cite(String file, int start, int end, String quote) {
        return citations.computeIfAbsent(new Key(file, start, end), k -> {
            Article a = articlesByFile.get(file);
            return new Citation(citations.size() + 1, a == null ? file : SourceLabels.outlet(a),
                    a == null ? file : a.title(), a == null ? null : a.published(), file, start, end, quote);
        }).number();
    }

    List<Citation> all() {
        return new ArrayList<>(citations.values());
    }
}
