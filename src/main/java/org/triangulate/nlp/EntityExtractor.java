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
     * As {@link #extract(String)}, resolving relative dates ("Monday", "yesterday") against the article's
     * publication date when it is known (null when not).
     */
    default List<Mention> extract(String body, java.time.LocalDate published) {
        return extract(body);
    }

    /**
     * A much faster extractor whose results can be shown while this one runs (the rules layer of the full
     * pipeline), or empty when this one is already fast.
     */
    default java.util.Optional<EntityExtractor> quickPass() {
        return java.util.Optional.empty();
    }

    /**
     * A version string that changes whenever the extractor's output may change (models, rules, gazetteers),
     * so cached results from an older version are re-extracted.
     */
    String version();
}
