package org.triangulate.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.triangulate.index.IndexSchema;

/**
 * Weighted term vectors of claim sentences, for telling when two sentences state the same thing. A vector holds
 * the sentence's word stems (through the same analyzer as the search index), its linked entities (so "Britain" and
 * "the UK" agree) and its normalised quantities and dates, each weighted by how rare it is in the corpus, with
 * entities and values counting more than words.
 */
final class ClaimVectors {

    static final double ENTITY_WEIGHT = 1.5;
    static final double VALUE_WEIGHT = 1.5;

    private final Analyzer analyzer = IndexSchema.analyzer();
    private final Set<String> stopWords = IndexSchema.stopWords();
    private final Map<String, String> paraphrases = Paraphrases.stems(analyzer);
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private int documents;

    /** Raw term counts of one sentence, before weighting. */
    Map<String, Integer> terms(String text, List<String> entities, List<String> values) {
        Map<String, Integer> terms = new HashMap<>();
        try (TokenStream ts = analyzer.tokenStream(IndexSchema.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (t.length() > 1 && !stopWords.contains(t)) {
                    terms.merge(paraphrases.getOrDefault(t, t), 1, Integer::sum);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        entities.forEach(e -> terms.put("E:" + e, 1));
        values.forEach(v -> terms.put("V:" + v, 1));
        return terms;
    }

    /** Counts a sentence into the corpus statistics. */
    void observe(Map<String, Integer> terms) {
        documents++;
        terms.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
    }

    int documentFrequency(String term) {
        return documentFrequency.getOrDefault(term, 0);
    }

    int documents() {
        return documents;
    }

    /** TF-IDF weights, L2-normalised so a dot product is the cosine. */
    Map<String, Double> weigh(Map<String, Integer> terms) {
        Map<String, Double> weights = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Integer> e : terms.entrySet()) {
            String t = e.getKey();
            double idf = Math.log(1.0 + (documents + 1.0) / (documentFrequency(t) + 1.0));
            double kind = t.startsWith("E:") ? ENTITY_WEIGHT : t.startsWith("V:") ? VALUE_WEIGHT : 1.0;
            double w = (1 + Math.log(e.getValue())) * idf * kind;
            weights.put(t, w);
            norm += w * w;
        }
        double n = Math.sqrt(norm);
        if (n > 0) {
            weights.replaceAll((t, w) -> w / n);
        }
        return weights;
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot;
    }
}
