package org.triangulate.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The full extractor: the rules layer plus Stanford CoreNLP's 3-class NER for names no list knows, merged in the
 * priority order documented on {@link MentionMerger}, then linked by {@link MentionLinker}. Thread-safe; slow
 * (about a tenth of a second per article), so never call it on the JavaFX thread. The CoreNLP pipeline loads on
 * first use.
 */
public final class LayeredExtractor implements EntityExtractor {

    private final RuleLayer rules;
    private final StatisticalNer statistical;
    private final MentionLinker linker;
    private final RuleBasedExtractor quick;

    public LayeredExtractor(Gazetteer gazetteer) {
        this.rules = new RuleLayer(gazetteer);
        this.quick = new RuleBasedExtractor(gazetteer);
        this.statistical = new StatisticalNer(gazetteer);
        this.linker = new MentionLinker(gazetteer);
    }

    /** With the bundled gazetteer. */
    public LayeredExtractor() {
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
        List<Candidate> all = new ArrayList<>(rules.find(body, published));
        all.addAll(statistical.find(body));
        return linker.link(body, MentionMerger.propagateSurnames(body, MentionMerger.propagateNames(body, MentionMerger.merge(body, all))));
    }

    /** The rules layer alone: milliseconds per article, so highlights show while CoreNLP runs. */
    @Override
    public java.util.Optional<EntityExtractor> quickPass() {
        return java.util.Optional.of(quick);
    }

    /** Loads the CoreNLP models now (about 2.5 s) instead of on the first article. */
    public void warmUp() {
        statistical.pipeline();
    }

    /** The raw CoreNLP pipeline on its own, returning the token count; for throughput comparisons only. */
    int annotateWithCoreNlpOnly(String body) {
        return statistical.annotateOnly(body);
    }

    @Override
    public String version() {
        return RuleBasedExtractor.RULES_VERSION + "+gazetteer-" + rules.gazetteer().version() + "+corenlp-4.5.10-3class";
    }
}
