package org.triangulate.nlp;

import java.time.LocalDate;
import java.util.List;

/**
 * The rules layer on its own: gazetteer, patterns, merging and linking, without statistical NER. Fast enough to
 * run while the analyst opens an article; {@link LayeredExtractor} later replaces its output. Thread-safe.
 */
public final class RuleBasedExtractor implements EntityExtractor {

    static final String RULES_VERSION = "rules-8";

    private final RuleLayer rules;
    private final MentionLinker linker;

    public RuleBasedExtractor(Gazetteer gazetteer) {
        this.rules = new RuleLayer(gazetteer);
        this.linker = new MentionLinker(gazetteer);
    }

    /** With the bundled gazetteer. */
    public RuleBasedExtractor() {
        this(Gazetteer.bundled());
    }

    @Override
    public List<Mention> extract(String body) {
        return extract(body, null);
    }

    /**
     * As {@link #extract(String)}, resolving weekdays and "yesterday" against the publication date; when that is
     * null, against a date the page labels as its publication date near the top ("Published March 26, 2024").
     */
    public List<Mention> extract(String body, LocalDate published) {
        if (published == null) {
            published = DateRules.statedPublicationDate(body);
        }
        return linker.link(body, MentionMerger.propagateSurnames(body, MentionMerger.propagateNames(body, MentionMerger.merge(body, rules.find(body, published)))));
    }

    @Override
    public String version() {
        return RULES_VERSION + "+gazetteer-" + rules.gazetteer().version();
    }
}
