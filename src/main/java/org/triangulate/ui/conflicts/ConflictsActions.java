package org.triangulate.ui.conflicts;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import org.triangulate.ui.commands.ActionCatalogue;
import org.triangulate.ui.commands.ActionSpec;

/**
 * The conflict keys, in the window's action catalogue: while the conflict list has the keyboard, 1-9 accept a
 * variant, m writes a merged reading, d marks it disputed, f dismisses a false alarm, r reopens.
 */
public final class ConflictsActions {

    private static final String MENU = "Conflicts";

    private ConflictsActions() {
    }

    public static void define(ActionCatalogue c, ConflictsViewModel vm, ObservableBooleanValue listFocused, Runnable showView) {
        var notFocused = Bindings.createBooleanBinding(() -> !listFocused.get(), listFocused);
        c.define(spec("conflicts.show", "Go to the conflicts", "Shortcut+5"), showView);
        c.define(spec("conflicts.merged", "Resolve with a merged reading…", "M"), vm::mergedReading).disabledProperty().bind(notFocused);
        c.define(spec("conflicts.disputed", "Mark disputed: report both…", "D"), vm::disputed).disabledProperty().bind(notFocused);
        c.define(spec("conflicts.dismiss", "Not a conflict (false alarm)", "F"), vm::notAConflict).disabledProperty().bind(notFocused);
        c.define(spec("conflicts.reopen", "Reopen the conflict", "R"), vm::reopen).disabledProperty().bind(notFocused);
        for (int n = 1; n <= 9; n++) {
            int k = n;
            c.define(spec("conflicts.accept-" + n, "Accept variant " + n + "…", Integer.toString(n)), () -> vm.acceptVariant(k))
                    .disabledProperty().bind(notFocused);
        }
    }

    private static ActionSpec spec(String id, String label, String... keys) {
        return new ActionSpec(id, label, MENU, null, List.of(keys), false);
    }
}
