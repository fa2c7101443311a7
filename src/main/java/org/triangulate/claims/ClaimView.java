package org.triangulate.claims;

import org.triangulate.casefile.ClaimStatus;
import org.triangulate.casefile.Stance;
import java.util.List;

/**
 * One claim as the claims panel and the CLI show it, whether the analyst saved it or the machine suggests it.
 *
 * @param id          the saved claim's id, or null for a suggestion
 * @param articleId   article id
 * @param file        article file
 * @param start       body offset
 * @param end         body offset after it
 * @param text        the quote
 * @param attribution who asserts it; the outlet (or "the outlet") when the article states it itself
 * @param stance      how it is held
 * @param status      SUGGESTED or ACCEPTED
 * @param entities    entity keys
 * @param values      normalised quantities and dates
 * @param tags        analyst tags
 */
public record ClaimView(String id, String articleId, String file, int start, int end, String text, String attribution,
                        Stance stance, ClaimStatus status, List<String> entities, List<String> values, List<String> tags) {

    public ClaimView {
        entities = List.copyOf(entities);
        values = List.copyOf(values);
        tags = List.copyOf(tags);
    }
}
