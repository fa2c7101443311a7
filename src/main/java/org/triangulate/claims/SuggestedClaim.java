package org.triangulate.claims;

import org.triangulate.casefile.Stance;
import java.util.List;
import org.triangulate.corpus.TextSpan;

/**
 * A sentence the machine thinks carries a checkable claim, with what it could read from it.
 *
 * @param articleId   article id
 * @param file        article file
 * @param span        the sentence
 * @param text        the sentence text
 * @param attribution who asserts it ("Justice Department"), or null when the article states it itself
 * @param stance      how it is held
 * @param entities    keys of the entities in it ("LOCATION:United Kingdom")
 * @param values      normalised quantities and dates in it
 * @param score       how strongly it reads as a claim (higher is stronger)
 */
public record SuggestedClaim(String articleId, String file, TextSpan span, String text, String attribution, Stance stance,
                             List<String> entities, List<String> values, double score) {

    public SuggestedClaim {
        entities = List.copyOf(entities);
        values = List.copyOf(values);
    }
}
