package org.triangulate.nlp;

import java.util.List;

/**
 * Finds entity mentions in an article body and links each to its canonical entity.
 * Implementations are thread-safe and may be slow (statistical NER): never call them on the JavaFX thread.
 */
public interface EntityExtractor {

    /** Mentions sorted by start offset, non-overlapping, each with {@code text} equal to the body substring. */
    List<Mention> extract(String body);

    /**
     * A version string that changes whenever the extractor's output may change (models, rules, gazetteers),
     * so cached results from an older version are re-extracted.
     */
    String version();
}
