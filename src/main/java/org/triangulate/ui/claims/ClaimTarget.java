package org.triangulate.ui.claims;

import org.triangulate.corpus.Article;
import org.triangulate.corpus.TextSpan;

/**
 * What the analyst is pointing at in the reader: the selection of the focused column, or its current sentence.
 *
 * @param article the focused column's article
 * @param span    the selected text, or the current sentence when nothing is selected
 */
public record ClaimTarget(Article article, TextSpan span) {
}
