package org.triangulate.index;

import java.util.List;

/**
 * One matching article.
 *
 * @param articleId article id
 * @param file      path relative to the corpus folder
 * @param title     article title
 * @param outlet    outlet, may be null
 * @param score     relevance
 * @param passages  the best matching passages (sentences) with highlights, in body order
 */
public record ArticleHit(String articleId, String file, String title, String outlet, float score, List<PassageHit> passages) {

    public ArticleHit {
        passages = List.copyOf(passages);
    }
}
