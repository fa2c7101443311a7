package org.triangulate.conflicts;

import java.time.LocalDate;
import java.util.List;
import org.triangulate.nlp.Mention;

/**
 * One claim sentence as the conflict detectors read it: its text, where it is, the sentence before it (to resolve
 * "these efforts were thwarted") and the entity mentions inside it, with offsets relative to {@link #text()}.
 *
 * @param articleId    article id
 * @param file         article file
 * @param outlet       outlet, or the file when unknown
 * @param origin       id of the article's origin: copies of one wire story share it
 * @param groupId      the claim group it belongs to, or null
 * @param start        body offset
 * @param end          body offset after it
 * @param text         the sentence
 * @param previous     the sentence before it in the article ("" at the start)
 * @param mentions     entity mentions, offsets relative to text
 * @param published    publication date, or null
 */
public record Statement(String articleId, String file, String outlet, String origin, String groupId, int start, int end,
                        String text, String previous, List<Mention> mentions, LocalDate published) {

    public Statement {
        previous = previous == null ? "" : previous;
        mentions = List.copyOf(mentions);
    }

    /** The statement as a conflict variant with the given normalised value. */
    public Variant variant(String value) {
        return new Variant(articleId, file, outlet, start, end, text, value);
    }

    /** True when the two statements come from different origins (wire copies are one origin). */
    public boolean independentOf(Statement other) {
        return !origin.equals(other.origin);
    }
}
