package org.triangulate.index;

/**
 * A sentence in another article that says much the same as a given one.
 *
 * @param articleId article the passage is in
 * @param file      its file, relative to the corpus folder
 * @param start     body offset of the passage
 * @param end       body offset after it
 * @param text      the passage text
 * @param score     similarity, higher is closer (not normalised across queries)
 */
public record SimilarPassage(String articleId, String file, int start, int end, String text, float score) {
}
