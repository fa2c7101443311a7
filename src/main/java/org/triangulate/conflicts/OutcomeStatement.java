package org.triangulate.conflicts;

/**
 * What a sentence says happened to a target.
 *
 * @param statement the sentence
 * @param target    the target's key (lower-cased canonical name)
 * @param targetName the target as named
 * @param outcome   attempted, succeeded or thwarted
 * @param certainty hedged, asserted or denied
 * @param cue       the word that told the outcome
 * @param fromPrevious true when the target was taken from the sentence before ("these efforts were thwarted")
 */
public record OutcomeStatement(Statement statement, String target, String targetName, Outcome outcome,
                               Certainty certainty, String cue, boolean fromPrevious) {

    String describe() {
        String c = certainty == Certainty.ASSERTED ? "" : certainty.name().toLowerCase() + " ";
        return c + outcome.name().toLowerCase() + ": " + targetName + (fromPrevious ? " (target from the sentence before)" : "");
    }
}
