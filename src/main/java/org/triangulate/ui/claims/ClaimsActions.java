package org.triangulate.ui.claims;

import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.triangulate.ui.commands.ActionCatalogue;
import org.triangulate.ui.commands.ActionSpec;

/**
 * The claim keys, added to the window's one action catalogue so they show in the Claims menu, the command palette
 * and the cheat-sheet, and can be rebound: Shift+J / Shift+K extend the selection by a sentence, c tag, Enter accept,
 * x reject, 1-9 tags, s stance, n note, w attribution, g group, u out of its group, Shift+G rename the group, Delete
 * remove, Ctrl+Z / Ctrl+Shift+Z undo and redo.
 */
public final class ClaimsActions {

    private static final String MENU = "Claims";

    private ClaimsActions() {
    }

    /**
     * @param readerFocused true while the reader has the keyboard: Enter and Delete act on claims only then, so they
     *                      keep their usual meaning in lists and fields
     */
    public static void define(ActionCatalogue c, ClaimsViewModel vm, ObservableBooleanValue readerFocused, Runnable showPanel) {
        // Next to j/k in the Reader menu; window-wide like them (they type nothing in a text field, see KeyDispatcher).
        c.define(new ActionSpec("reader.extend-down", "Extend the selection by a sentence down", "Reader", null, List.of("Shift+J"), false),
                () -> vm.extendSelection(1));
        c.define(new ActionSpec("reader.extend-up", "Extend the selection by a sentence up", "Reader", null, List.of("Shift+K"), false),
                () -> vm.extendSelection(-1));
        c.define(spec("claims.tag", "Tag the selection or sentence as a claim", Material2AL.BOOKMARK_BORDER, true, "C"), vm::tagClaim);
        c.define(spec("claims.accept", "Accept the suggested claim and go to the next", Material2AL.CHECK, false, "Enter"),
                vm::acceptSuggestion).disabledProperty().bind(notFocused(readerFocused));
        c.define(spec("claims.reject", "Reject the suggested claim and go to the next", Material2AL.CLOSE, false, "X"), vm::rejectSuggestion);
        c.define(spec("claims.stance", "Next stance (asserted, alleged, denied, hedged)", null, false, "S"), vm::cycleStance);
        c.define(spec("claims.note", "Write a note on the claim", Material2AL.EDIT, false, "N"), vm::editNote);
        c.define(spec("claims.attribution", "Set who asserts the claim…", null, false, "W"), vm::editAttribution);
        c.define(spec("claims.group", "Add the claim to a group…", Material2AL.FOLDER_SPECIAL, false, "G"), vm::addToGroup);
        c.define(spec("claims.ungroup", "Take the claim out of its group", null, false, "U"), vm::ungroupClaim);
        c.define(spec("claims.rename-group", "Rename the claim's (or the selected) group…", null, false, "Shift+G"), vm::renameGroup);
        c.define(spec("claims.accept-group", "Accept the selected suggested group", Material2AL.DONE_ALL, false, "Shift+Enter"),
                vm::acceptSelectedGroup);
        c.define(spec("claims.delete", "Delete the claim", Material2AL.DELETE, false, "Delete"), vm::removeClaim)
                .disabledProperty().bind(notFocused(readerFocused));
        c.define(spec("claims.undo", "Undo", Material2MZ.UNDO, true, "Shortcut+Z"), vm::undo);
        c.define(spec("claims.redo", "Redo", Material2MZ.REDO, true, "Shortcut+Shift+Z", "Shortcut+Y"), vm::redo);
        c.define(spec("claims.merge-groups", "Merge the selected group (saved or suggested) into another…", null, false, "Shortcut+G"),
                vm::mergeSelectedGroup);
        c.define(spec("claims.restore-backup", "Restore the previous save of the case", null, false), vm::restoreBackup);
        c.define(spec("claims.show-panel", "Go to the claims panel", Material2AL.FORMAT_LIST_BULLETED, false, "Shortcut+4"), showPanel);
        for (int key = 1; key <= 9; key++) {
            int k = key;
            c.define(spec("claims.tag-" + key, "Apply tag " + key + " to the claim", null, false, Integer.toString(key)),
                    () -> vm.toggleTag(k));
        }
    }

    private static javafx.beans.binding.BooleanBinding notFocused(ObservableBooleanValue focused) {
        return javafx.beans.binding.Bindings.createBooleanBinding(() -> !focused.get(), focused);
    }

    private static ActionSpec spec(String id, String label, Ikon icon, boolean toolbar, String... keys) {
        return new ActionSpec(id, label, MENU, icon, List.of(keys), toolbar);
    }
}
