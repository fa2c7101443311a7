package org.triangulate.briefing;

import java.util.List;

/**
 * One sentence of the briefing with the citations that back it.
 *
 * @param text    the sentence, untrusted (it may come straight from an article)
 * @param refs    citation numbers
 * @param factual true when it states a fact and so must be cited; false for the analyst's own assessments
 */
public record Statement(String text, List<Integer> refs, boolean factual) {

    public Statement {
        text = text == null ? "" : text;
        refs = refs == null ? List.of() : List.copyOf(refs);
    }

    public boolean isCited() {
        return !refs.isEmpty();
    }
}
