package org.triangulate.claims;

import org.triangulate.casefile.AnchorResolver;
import org.triangulate.casefile.ClaimStatus;
import org.triangulate.casefile.Stance;
import java.util.List;

/**
 * One claim as the claims panel and the CLI show it, whether the analyst saved it or the machine suggests it.
 *
 * @param id          the saved claim's id, or null for a suggestion
 * @param articleId   article id (the file when the article is gone)
 * @param file        article file
 * @param start       body offset; for a lost claim, where the quote was when it was anchored
 * @param end         body offset after it
 * @param text        the quote
 * @param attribution who asserts it; the outlet (or "the outlet") when the article states it itself
 * @param stance      how it is held
 * @param status      SUGGESTED or ACCEPTED
 * @param entities    entity keys
 * @param values      normalised quantities and dates
 * @param tags        analyst tags
 * @param note        the analyst's note, empty for none
 * @param groupId     the analyst's group the saved claim belongs to, or null
 * @param anchor      EXACT or MOVED when the quote is in the article's current text, LOST when it cannot be found
 */
public record ClaimView(String id, String articleId, String file, int start, int end, String text, String attribution,
                        Stance stance, ClaimStatus status, List<String> entities, List<String> values, List<String> tags,
                        String note, String groupId, AnchorResolver.Resolution.State anchor) {

    public ClaimView {
        entities = List.copyOf(entities);
        values = List.copyOf(values);
        tags = List.copyOf(tags);
        note = note == null ? "" : note;
        anchor = anchor == null ? AnchorResolver.Resolution.State.EXACT : anchor;
    }

    /** A claim found in the current text, with no note and no saved group. */
    public ClaimView(String id, String articleId, String file, int start, int end, String text, String attribution,
                     Stance stance, ClaimStatus status, List<String> entities, List<String> values, List<String> tags) {
        this(id, articleId, file, start, end, text, attribution, stance, status, entities, values, tags, "", null,
                AnchorResolver.Resolution.State.EXACT);
    }

    /** True when its quote can no longer be found in its article: its offsets point at nothing. */
    public boolean isLost() {
        return anchor == AnchorResolver.Resolution.State.LOST;
    }
}
