package org.triangulate.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The queries of the search benchmark, each as the analyst would type it into Triangulate and as the same query on
 * the bare-Lucene index. Drawn with a fixed seed, with replacement, so that every query has hits: terms from the
 * bare index's term dictionary, phrases and AND pairs from the articles' own text.
 */
public final class QuerySets {

    /** One query in both forms. */
    public record BenchQuery(String text, Query bare) {
    }

    private static final Pattern LETTERS = Pattern.compile("[a-z]+");

    private QuerySets() {
    }

    /**
     * Query sets by kind: term (medium document frequency), phrase (2 adjacent words), boolean (2 words of one
     * sentence, AND), fuzzy ({@code ~2} on medium terms of 5+ letters), facet (a common term, so facet counts run
     * over many hits).
     */
    public static Map<String, List<BenchQuery>> build(IndexReader bare, List<GeneratedCorpus.BenchArticle> articles,
                                                      int perSet, long seed) throws IOException {
        int n = bare.numDocs();
        int lo = Math.max(2, n / 1000);
        int hi = Math.max(lo + 1, n / 20);
        List<String> medium = new ArrayList<>();
        List<Map.Entry<String, Integer>> all = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(bare, BareLucene.BODY);
        TermsEnum te = terms.iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
            String word = t.utf8ToString();
            if (word.length() < 3 || !LETTERS.matcher(word).matches()) {
                continue;
            }
            int df = te.docFreq();
            if (word.length() >= 4 && df >= lo && df <= hi) {
                medium.add(word);
            }
            all.add(Map.entry(word, df));
        }
        all.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()));
        List<String> common = all.stream().limit(30).map(Map.Entry::getKey).toList();
        List<String> fuzzyPool = medium.stream().filter(w -> w.length() >= 5).toList();
        if (medium.isEmpty() || fuzzyPool.isEmpty()) {
            throw new IllegalStateException("corpus too small for query pools (" + n + " documents)");
        }

        Random random = new Random(seed);
        Map<String, List<BenchQuery>> sets = new LinkedHashMap<>();
        List<BenchQuery> term = new ArrayList<>();
        List<BenchQuery> fuzzy = new ArrayList<>();
        List<BenchQuery> facet = new ArrayList<>();
        List<BenchQuery> phrase = new ArrayList<>();
        List<BenchQuery> bool = new ArrayList<>();
        for (int i = 0; i < perSet; i++) {
            String t = medium.get(random.nextInt(medium.size()));
            term.add(new BenchQuery(t, new TermQuery(new Term(BareLucene.BODY, t))));
            String f = fuzzyPool.get(random.nextInt(fuzzyPool.size()));
            fuzzy.add(new BenchQuery(f + "~2", new FuzzyQuery(new Term(BareLucene.BODY, f), 2)));
            String c = common.get(random.nextInt(common.size()));
            facet.add(new BenchQuery(c, new TermQuery(new Term(BareLucene.BODY, c))));
        }
        try (Analyzer analyzer = new StandardAnalyzer()) {
            while (phrase.size() < perSet || bool.size() < perSet) {
                GeneratedCorpus.BenchArticle a = articles.get(random.nextInt(articles.size()));
                List<String> words = tokens(analyzer, a.body().substring(0, Math.min(3000, a.body().length())));
                if (words.size() < 8) {
                    continue;
                }
                int i = random.nextInt(words.size() - 7);
                String w1 = words.get(i);
                String w2 = words.get(i + 1);
                if (phrase.size() < perSet && usable(w1) && usable(w2)) {
                    phrase.add(new BenchQuery("\"" + w1 + " " + w2 + "\"", new PhraseQuery(BareLucene.BODY, w1, w2)));
                }
                String w3 = words.get(i + 2 + random.nextInt(5));
                if (bool.size() < perSet && usable(w1) && usable(w3) && !w1.equals(w3)) {
                    bool.add(new BenchQuery(w1 + " AND " + w3, new BooleanQuery.Builder()
                            .add(new TermQuery(new Term(BareLucene.BODY, w1)), BooleanClause.Occur.MUST)
                            .add(new TermQuery(new Term(BareLucene.BODY, w3)), BooleanClause.Occur.MUST).build()));
                }
            }
        }
        sets.put("term", term);
        sets.put("phrase", phrase);
        sets.put("boolean", bool);
        sets.put("fuzzy", fuzzy);
        sets.put("facet", facet);
        return sets;
    }

    private static boolean usable(String word) {
        return word.length() >= 3 && LETTERS.matcher(word).matches();
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(BareLucene.BODY, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }
}
