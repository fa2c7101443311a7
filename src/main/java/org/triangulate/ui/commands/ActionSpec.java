package org.triangulate.ui.commands;

import java.util.List;
import org.kordamp.ikonli.Ikon;

/**
 * What the analyst sees of one command, wherever it appears (menu, toolbar, command palette, cheat-sheet).
 *
 * @param id          stable id, used in the preferences file for rebound keys
 * @param label       what the command does, in the analyst's words
 * @param menu        the menu it lives in ("File", "View", "Reader", "Entities", "Search", "Help")
 * @param icon        its icon, or null
 * @param defaultKeys the default key combinations in {@link javafx.scene.input.KeyCombination#valueOf} syntax
 *                    ("Shortcut+O", "J", "F1", "?"); the first is the one shown in menus. Keys take JavaFX's
 *                    {@link javafx.scene.input.KeyCode} names ("Esc", "Period"): any other name ("Escape") is read
 *                    as a typed character and never matches a key press
 * @param onToolbar   whether the toolbar shows it
 */
public record ActionSpec(String id, String label, String menu, Ikon icon, List<String> defaultKeys, boolean onToolbar) {

    public ActionSpec {
        defaultKeys = List.copyOf(defaultKeys);
    }
}
