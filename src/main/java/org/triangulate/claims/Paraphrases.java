package org.triangulate.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.triangulate.index.IndexSchema;

/**
 * Sets of words that news writers use for the same thing ({@code resources/claims/paraphrases.txt}), as a map from
 * each word's stem to one stem standing for the set, so "legislators" and "lawmakers" count as the same term.
 */
final class Paraphrases {

    private static final String RESOURCE = "/claims/paraphrases.txt";
    private static Map<String, String> cached;

    private Paraphrases() {
    }

    static synchronized Map<String, String> stems(Analyzer analyzer) {
        if (cached == null) {
            cached = load(analyzer);
        }
        return cached;
    }

    private static Map<String, String> load(Analyzer analyzer) {
        Map<String, String> map = new HashMap<>();
        try (InputStream in = Paraphrases.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String canonical = null;
                for (String word : line.split(",")) {
                    String stem = stem(analyzer, word.strip());
                    if (stem == null) {
                        continue;
                    }
                    canonical = canonical == null ? "~" + stem : canonical;
                    map.putIfAbsent(stem, canonical);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }

    private static String stem(Analyzer analyzer, String word) throws IOException {
        try (TokenStream ts = analyzer.tokenStream(IndexSchema.TEXT, word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            String stem = ts.incrementToken() ? term.toString() : null;
            ts.end();
            return stem;
        }
    }
}
