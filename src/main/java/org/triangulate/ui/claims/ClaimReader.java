package org.triangulate.ui.claims;

import java.util.Optional;
import org.triangulate.claims.ClaimView;
import org.triangulate.corpus.TextSpan;

/**
 * What the claim keys need from the reader: what the analyst points at, and moving the reader on. The window
 * implements it over the reader's view model; view-model tests with a stand-in.
 */
public interface ClaimReader {

    /** The focused column's selection, else its extended sentence range, else its current sentence. */
    Optional<ClaimTarget> target();

    /** Shows a claim in its column (opening its article if needed) without changing the current sentence. */
    void reveal(ClaimView claim);

    /** Makes {@code span} of an article the current sentence, so the next key acts on it (Enter and x move on). */
    void moveTo(String articleId, TextSpan span);

    /** Shift+J / Shift+K: extends the focused column's selection by one sentence down (1) or up (-1). */
    void extendBySentence(int direction);
}
