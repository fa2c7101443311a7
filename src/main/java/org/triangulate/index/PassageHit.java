package org.triangulate.index;

import java.util.List;
import org.triangulate.corpus.TextSpan;

/**
 * A passage (sentence) of an article that matched, with the matched terms marked.
 *
 * @param start      body offset where the passage starts
 * @param end        body offset where it ends
 * @param text       the passage text (the body substring)
 * @param highlights matched ranges, as body offsets
 */
public record PassageHit(int start, int end, String text, List<TextSpan> highlights) {

    public PassageHit {
        highlights = List.copyOf(highlights);
    }
}
