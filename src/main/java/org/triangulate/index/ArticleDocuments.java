package org.triangulate.index;

import static org.triangulate.index.IndexSchema.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.triangulate.corpus.Article;
import org.triangulate.corpus.ArticleMeta;
import org.triangulate.corpus.TextSpan;
import org.triangulate.nlp.Mention;

/** Turns an article (and its extracted mentions, when known) into Lucene documents, and stored fields back into an article. */
final class ArticleDocuments {

    /** Body postings carry offsets so highlighting does not re-analyse the text. */
    private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_STORED);

    static {
        BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        BODY_TYPE.freeze();
    }

    /** Marks an article whose entity fields differ from its raw extraction (analyst corrections applied). */
    static final String FACETS_CORRECTED = "facetsCorrected";

    private final FacetsConfig facetsConfig;
    /** The mentions an article's entity fields and facets are built from: its extraction, as corrected. */
    private volatile java.util.function.Function<IndexedArticle, List<Mention>> facetMentions = IndexedArticle::mentions;

    ArticleDocuments(FacetsConfig facetsConfig) {
        this.facetsConfig = facetsConfig;
    }

    void facetMentions(java.util.function.Function<IndexedArticle, List<Mention>> corrected) {
        this.facetMentions = corrected;
    }

    /** The article's own document: metadata, body, facets and the entity cache. */
    Document article(IndexedArticle indexed) throws java.io.IOException {
        return facetsConfig.build(articleDocument(indexed, indexed.mentions() == null ? null : facetMentions.apply(indexed)));
    }

    /**
     * One document per sentence, for similar-passage lookup. They hold no text of their own (the article's body
     * has it) and no entities (nothing searches passages by entity), so extraction never has to rewrite them.
     */
    static List<Document> passages(Article article) {
        List<Document> docs = new ArrayList<>(article.sentences().size());
        for (TextSpan sentence : article.sentences()) {
            docs.add(passageDocument(article, sentence));
        }
        return docs;
    }

    private static Document articleDocument(IndexedArticle indexed, List<Mention> entityMentions) {
        Article a = indexed.article();
        ArticleMeta meta = a.meta();
        Document doc = new Document();
        doc.add(new StringField(KIND, KIND_ARTICLE, Field.Store.NO));
        doc.add(new StringField(FILE, a.file(), Field.Store.YES));
        doc.add(new StringField(ARTICLE_FILE, a.file(), Field.Store.NO));
        doc.add(new StringField(ARTICLE_ID, a.id(), Field.Store.YES));
        doc.add(new TextField(TITLE, meta.title(), Field.Store.YES));
        doc.add(new Field(BODY, a.body(), BODY_TYPE));
        if (meta.outlet() != null && !meta.outlet().isBlank()) {
            doc.add(new TextField(OUTLET, meta.outlet(), Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(FACET_OUTLET, meta.outlet()));
        }
        if (meta.url() != null) {
            doc.add(new StoredField(URL, meta.url()));
        }
        if (meta.published() != null) {
            doc.add(new TextField(DATE, meta.published().toString(), Field.Store.YES));
            doc.add(new LongField(DATE_DAY, meta.published().toEpochDay(), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(FACET_YEAR, Integer.toString(meta.published().getYear())));
        }
        if (meta.language() != null) {
            doc.add(new TextField(LANGUAGE, meta.language(), Field.Store.YES));
        }
        if (meta.origin() != null) {
            doc.add(new StoredField(META_ORIGIN, meta.origin()));
        }
        doc.add(new StoredField(SENTENCES, encodeSpans(a.sentences())));
        doc.add(new StoredField(SIZE, indexed.size()));
        doc.add(new StoredField(MODIFIED, indexed.lastModified()));
        for (String warning : indexed.warnings()) {
            doc.add(new StoredField(WARNINGS, warning));
        }
        if (indexed.mentions() != null) {
            doc.add(new StoredField(MENTIONS, MentionCodec.encode(indexed.mentions())));
            doc.add(new StoredField(EXTRACTOR, indexed.extractorVersion()));
            if (!entityMentions.equals(indexed.mentions())) {
                doc.add(new StringField(FACETS_CORRECTED, "1", Field.Store.NO));
            }
            Set<String> seen = new LinkedHashSet<>();
            for (Mention m : entityMentions) {
                if (seen.add(m.entityKey())) {
                    doc.add(new TextField(ENTITY, m.entity(), Field.Store.NO));
                    doc.add(new SortedSetDocValuesFacetField(m.type().name(), m.entity()));
                }
            }
        }
        return doc;
    }

    private static Document passageDocument(Article a, TextSpan sentence) {
        Document doc = new Document();
        doc.add(new StringField(KIND, KIND_PASSAGE, Field.Store.NO));
        doc.add(new StringField(FILE, a.file(), Field.Store.YES));
        doc.add(new StringField(ARTICLE_ID, a.id(), Field.Store.YES));
        doc.add(new TextField(TEXT, a.text(sentence), Field.Store.NO));
        doc.add(new StoredField(START, sentence.start()));
        doc.add(new StoredField(END, sentence.end()));
        return doc;
    }

    /** Rebuilds the indexed article from an article document's stored fields. */
    static IndexedArticle read(Document doc) {
        LocalDate published = doc.get(DATE) == null ? null : LocalDate.parse(doc.get(DATE));
        ArticleMeta meta = new ArticleMeta(doc.get(TITLE), doc.get(OUTLET), doc.get(URL), published,
                doc.get(LANGUAGE), doc.get(META_ORIGIN));
        Article article = new Article(doc.get(ARTICLE_ID), doc.get(FILE), meta, doc.get(BODY), decodeSpans(doc.get(SENTENCES)));
        return IndexedArticle.stored(article, doc.getField(SIZE).numericValue().longValue(),
                doc.getField(MODIFIED).numericValue().longValue(), List.of(doc.getValues(WARNINGS)),
                doc.get(MENTIONS), doc.get(EXTRACTOR));
    }

    static String encodeSpans(List<TextSpan> spans) {
        StringBuilder sb = new StringBuilder(spans.size() * 10);
        for (TextSpan s : spans) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(s.start()).append(',').append(s.end());
        }
        return sb.toString();
    }

    static List<TextSpan> decodeSpans(String encoded) {
        List<TextSpan> spans = new ArrayList<>();
        if (encoded == null || encoded.isEmpty()) {
            return spans;
        }
        for (String pair : encoded.split(" ")) {
            int comma = pair.indexOf(',');
            spans.add(new TextSpan(Integer.parseInt(pair, 0, comma, 10), Integer.parseInt(pair, comma + 1, pair.length(), 10)));
        }
        return spans;
    }
}
