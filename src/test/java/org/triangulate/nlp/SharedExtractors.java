package org.triangulate.nlp;

/** One CoreNLP-backed extractor for the whole test run: loading the models takes seconds and hundreds of MB. */
final class SharedExtractors {

    static final LayeredExtractor LAYERED = new LayeredExtractor();
    static final RuleBasedExtractor RULES = new RuleBasedExtractor();

    private SharedExtractors() {
    }
}
