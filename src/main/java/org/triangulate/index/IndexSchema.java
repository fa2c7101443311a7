package org.triangulate.index;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.facet.FacetsConfig;
import org.triangulate.nlp.EntityType;

/**
 * Every field name, analyzer and facet setting of the workspace index, in one place. Bump {@link #SCHEMA_VERSION}
 * whenever a change here makes old indexes wrong: the workspace then rebuilds its index from the corpus.
 *
 * <p>One index holds two kinds of document: one per article (metadata, body, facets, extraction cache) and one
 * per sentence ("passage", for similar-passage lookup). Both carry the article's {@link #FILE}, so deleting by
 * file removes an article with its passages. A sync adds articles first and their passages after, so the two kinds
 * land in separate segments: mixed segments made the body's and the passages' norms sparse, and writing postings
 * against sparse norms cost a fifth of ingest time (measured with JFR on 10k articles).
 */
public final class IndexSchema {

    /** 2: passages hold no stored text or entities; article documents carry {@link #ARTICLE_FILE}. */
    public static final int SCHEMA_VERSION = 2;
    /** Commit user-data key holding the schema version. */
    public static final String SCHEMA_VERSION_KEY = "triangulate.schema";

    public static final String KIND = "kind";
    public static final String KIND_ARTICLE = "article";
    public static final String KIND_PASSAGE = "passage";

    // article and passage
    /** Exact relative path: the key an article and its passages are replaced by. Not searchable by users. */
    public static final String FILE = "file";
    public static final String ARTICLE_ID = "id";
    public static final String ENTITY = "entity";

    // article
    /** The article document's own key (its file), so extraction can replace it and leave its passages alone. */
    public static final String ARTICLE_FILE = "articleFile";
    public static final String TITLE = "title";
    public static final String BODY = "body";
    public static final String OUTLET = "outlet";
    public static final String URL = "url";
    public static final String DATE = "date";
    public static final String DATE_DAY = "day";
    public static final String LANGUAGE = "language";
    public static final String META_ORIGIN = "metaOrigin";
    public static final String SENTENCES = "sentences";
    public static final String SIZE = "size";
    public static final String MODIFIED = "modified";
    public static final String WARNINGS = "warnings";
    public static final String MENTIONS = "mentions";
    public static final String EXTRACTOR = "extractor";

    // passage
    public static final String TEXT = "text";
    public static final String START = "start";
    public static final String END = "end";

    // facet dimensions besides the entity types
    public static final String FACET_OUTLET = "outlet";
    public static final String FACET_YEAR = "year";

    private IndexSchema() {
    }

    /**
     * Text fields: standard tokenisation, possessives removed, lower-cased, accents folded and the Porter stemmer
     * so "charged" finds "charges" and "hackers" finds "hacker" (as Lucene's EnglishAnalyzer does). Keyword fields (entity, date, language) are
     * matched whole and case-insensitively.
     */
    public static Analyzer analyzer() {
        Analyzer text = new TextAnalyzer();
        Analyzer keyword = new KeywordLowercaseAnalyzer();
        Map<String, Analyzer> perField = new HashMap<>();
        perField.put(ENTITY, keyword);
        perField.put(DATE, keyword);
        perField.put(LANGUAGE, keyword);
        return new PerFieldAnalyzerWrapper(text, perField);
    }

    /** Function words that say nothing about what a passage claims, in analysed (stemmed) and plain form. */
    public static Set<String> stopWords() {
        Set<String> words = new HashSet<>();
        EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(w -> words.add(new String((char[]) w)));
        words.addAll(List.of("has", "have", "had", "been", "its", "it's", "his", "her", "their", "from", "which", "who",
                "also", "were", "would", "could", "than", "over", "after", "about", "we", "he", "she", "they", "our",
                "said", "say", "says"));
        return Set.copyOf(words);
    }

    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (EntityType type : EntityType.values()) {
            config.setMultiValued(type.name(), true);
        }
        return config;
    }

    /** The analyzer of free-text fields (title, body, outlet, passage text). */
    static final class TextAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream tokens = new EnglishPossessiveFilter(source);
            tokens = new LowerCaseFilter(tokens);
            tokens = new ASCIIFoldingFilter(tokens);
            tokens = new PorterStemFilter(tokens);
            return new TokenStreamComponents(source, tokens);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }

    /** Whole-value, case-insensitive matching for identifiers and entity names. */
    static final class KeywordLowercaseAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new KeywordTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}
