package org.triangulate.index;

import static org.triangulate.index.IndexSchema.*;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Finds sentences in other articles that say much the same as a given sentence: MoreLikeThis over the passage
 * documents, with function words left out so that shared names, numbers and verbs decide.
 */
public final class SimilarPassageFinder {

    /** Words that carry no claim; MoreLikeThis compares them after analysis, so they are given in analysed form. */
    private static final Set<String> STOP_WORDS = IndexSchema.stopWords();

    private final WorkspaceIndex index;
    private final java.util.function.Function<String, String> bodyOf;

    /** @param bodyOf an article's body by id (passages keep offsets, not text), null for an article no longer there */
    public SimilarPassageFinder(WorkspaceIndex index, java.util.function.Function<String, String> bodyOf) {
        this.index = index;
        this.bodyOf = bodyOf;
    }

    /**
     * Passages from articles other than {@code articleId} most like {@code text}, best first.
     *
     * @param perArticle at most this many passages from any one article (1 gives the best match per article)
     */
    public List<SimilarPassage> similar(String articleId, String text, int limit, int perArticle) throws IOException {
        IndexSearcher searcher = index.searchers().acquire();
        try {
            MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
            mlt.setAnalyzer(index.analyzer());
            mlt.setFieldNames(new String[]{TEXT});
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMinWordLen(2);
            mlt.setMaxQueryTerms(40);
            mlt.setBoost(true);
            mlt.setStopWords(STOP_WORDS);
            Query like = mlt.like(TEXT, new StringReader(text));
            Query query = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(KIND, KIND_PASSAGE)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(ARTICLE_ID, articleId)), BooleanClause.Occur.MUST_NOT)
                    .add(like, BooleanClause.Occur.MUST)
                    .build();
            TopDocs top = searcher.search(query, Math.max(limit * Math.max(perArticle, 4), 20));
            StoredFields stored = searcher.storedFields();
            List<SimilarPassage> result = new ArrayList<>();
            java.util.Map<String, Integer> taken = new java.util.HashMap<>();
            for (ScoreDoc sd : top.scoreDocs) {
                Document doc = stored.document(sd.doc);
                String id = doc.get(ARTICLE_ID);
                int start = doc.getField(START).numericValue().intValue();
                int end = doc.getField(END).numericValue().intValue();
                String body = bodyOf.apply(id);
                if (body == null || end > body.length() || taken.merge(id, 1, Integer::sum) > perArticle) {
                    continue; // removed or changed since the search began
                }
                result.add(new SimilarPassage(id, doc.get(FILE), start, end, body.substring(start, end), sd.score));
                if (result.size() == limit) {
                    break;
                }
            }
            return result;
        } finally {
            index.searchers().release(searcher);
        }
    }
}
