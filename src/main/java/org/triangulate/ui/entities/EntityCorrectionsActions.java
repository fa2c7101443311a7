package org.triangulate.ui.entities;

import java.util.List;
import org.kordamp.ikonli.material2.Material2AL;
import org.triangulate.ui.commands.ActionCatalogue;
import org.triangulate.ui.commands.ActionSpec;

/** The entity corrections in the Entities menu, the command palette and the cheat-sheet. */
public final class EntityCorrectionsActions {

    private EntityCorrectionsActions() {
    }

    public static void define(ActionCatalogue c, EntityCorrectionsViewModel vm) {
        c.define(spec("entity.rename", "Rename the selected entity…", Material2AL.EDIT, "F2"), vm::rename);
        c.define(spec("entity.merge", "Merge the selected entity into another…", null, "Shift+F2"), vm::mergeInto);
        c.define(spec("entity.split-alias", "Split a wrong alias off the selected entity…", null, "Shortcut+Shift+F2"), vm::splitAlias);
        c.define(spec("entity.delete-mention", "Delete the mention at the caret (false alarm)", null, "Shift+Delete"),
                vm::deleteMentionAtCaret);
        c.define(spec("entity.add-mention", "Add the selected text as a missed mention…", null, "Shortcut+Shift+E"), vm::addSelection);
    }

    private static ActionSpec spec(String id, String label, org.kordamp.ikonli.Ikon icon, String... keys) {
        return new ActionSpec(id, label, "Entities", icon, List.of(keys), false);
    }
}
