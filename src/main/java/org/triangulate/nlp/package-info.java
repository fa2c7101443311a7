/**
 * Entity extraction: who, which group, where, when, how many.
 * <p>
 * {@link org.triangulate.nlp.RuleBasedExtractor} is the fast layer (milliseconds per article): the alias dictionary
 * ({@link org.triangulate.nlp.Gazetteer}, TSV files under {@code resources/gazetteer/}, matched through Lucene's
 * SynonymGraphFilter) plus pattern rules for threat actors, dates, quantities, titled persons and organisation
 * head nouns. {@link org.triangulate.nlp.LayeredExtractor} adds Stanford CoreNLP's 3-class NER for names no list
 * knows; both merge candidates in the order documented on {@code MentionMerger} and link each mention to a
 * canonical entity ({@code MentionLinker}). {@link org.triangulate.nlp.EntityAggregator} turns per-article
 * mentions into corpus entities, {@link org.triangulate.nlp.Corrections} replays the analyst's corrections on
 * fresh output, and {@link org.triangulate.nlp.ExtractionThroughput} measures the layers for the bench command.
 * Nothing here depends on JavaFX.
 */
package org.triangulate.nlp;
