package org.triangulate.ui.claims;

import java.util.List;
import java.util.Optional;

/** The questions the claim keys ask (note text, which group); the app shows dialogs, tests answer directly. */
public interface ClaimPrompts {

    /** A line or paragraph of text; empty if the analyst cancelled. */
    Optional<String> askText(String title, String prompt, String initial);

    /**
     * A choice from a list the analyst filters by typing; {@code NEW_GROUP} is offered first.
     *
     * @return the chosen entry's key, empty if cancelled
     */
    Optional<String> choose(String title, List<Choice> choices);

    /** An entry of {@link #choose}: a key and the label shown. */
    record Choice(String key, String label) {
    }

    /** The key of the "new group" entry. */
    String NEW_GROUP = "";
}
