package org.triangulate.ui.workbench;

import java.util.List;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.triangulate.nlp.EntityType;
import org.triangulate.ui.commands.ActionCatalogue;
import org.triangulate.ui.commands.ActionSpec;
import org.triangulate.ui.common.EntityTypeLabels;

/**
 * The catalogue of the workbench window: every command with its label, menu, icon and default keys. The one list
 * the menu bar, toolbar, command palette and cheat-sheet are made from.
 */
public final class WorkbenchActions {

    /** What the actions need from the window besides the view model (focus, overlays, quitting). */
    public interface Window {
        void focusArticles();

        void focusEntities();

        void focusReader();

        void focusSearch();

        void showCommandPalette();

        void showShortcuts();

        void quit();
    }

    private WorkbenchActions() {
    }

    public static ActionCatalogue create(WorkbenchViewModel vm, Window window) {
        ActionCatalogue c = new ActionCatalogue();
        var reader = vm.reader();
        var search = vm.search();

        c.define(spec("file.open-folder", "Open folder…", "File", Material2AL.FOLDER_OPEN, true, "Shortcut+O"), vm::chooseAndOpenFolder);
        c.define(spec("file.reread", "Read the corpus folder again", "File", Material2MZ.REFRESH, false, "F5"), vm::resync);
        // Ctrl+. rather than Escape: Escape clears the entity selection, and cancelling work by accident loses it
        c.define(spec("file.cancel-work", "Cancel the background work (reading, finding entities…)", "File", Material2AL.CANCEL,
                false, "Shortcut+Period"), vm.tasks()::cancelLatest).disabledProperty().bind(vm.tasks().runningProperty().not());
        c.define(spec("file.quit", "Quit", "File", Material2AL.EXIT_TO_APP, false, "Shortcut+Q"), window::quit);

        c.define(spec("view.command-palette", "Command palette…", "View", Material2MZ.MENU_OPEN, true, "Shortcut+Shift+P", "Shortcut+K"),
                window::showCommandPalette);
        c.define(spec("view.switch-theme", "Switch light / dark theme", "View", Material2AL.BRIGHTNESS_4, true, "Shortcut+Shift+T"),
                vm::toggleTheme);
        c.define(spec("view.toggle-details", "Show / hide the details pane", "View", Material2AL.INFO, true, "Shortcut+Shift+D"),
                vm::toggleDetails);
        c.define(spec("view.focus-articles", "Go to the article list", "View", null, false, "Shortcut+1"), window::focusArticles);
        c.define(spec("view.focus-entities", "Go to the entity filter", "View", null, false, "Shortcut+2"), window::focusEntities);
        c.define(spec("view.focus-reader", "Go to the reader", "View", null, false, "Shortcut+3"), window::focusReader);

        c.define(spec("reader.open-next", "Open the next article in a new column", "Reader", Material2MZ.VIEW_COLUMN, true, "A"),
                vm::openNextArticle);
        c.define(spec("reader.close-column", "Close the focused column", "Reader", Material2AL.CLOSE, false, "Shortcut+W"),
                reader::closeFocused);
        c.define(spec("reader.next-column", "Next column", "Reader", Material2MZ.NAVIGATE_NEXT, false, "L"), () -> {
            reader.focusNextColumn(1);
            window.focusReader();
        });
        c.define(spec("reader.previous-column", "Previous column", "Reader", Material2MZ.NAVIGATE_BEFORE, false, "H"), () -> {
            reader.focusNextColumn(-1);
            window.focusReader();
        });
        c.define(spec("reader.next-sentence", "Next sentence (lights similar passages)", "Reader", Material2AL.ARROW_DOWNWARD, false, "J"),
                () -> reader.moveSentence(1));
        c.define(spec("reader.previous-sentence", "Previous sentence", "Reader", Material2AL.ARROW_UPWARD, false, "K"),
                () -> reader.moveSentence(-1));

        c.define(spec("entity.select-at-caret", "Select the entity at the caret", "Entities", Material2AL.LABEL, false, "E"),
                reader::selectEntityAtCaret);
        c.define(spec("entity.next-mention", "Next mention", "Entities", null, false, "M"), () -> reader.moveToMention(1));
        c.define(spec("entity.previous-mention", "Previous mention", "Entities", null, false, "Shift+M"), () -> reader.moveToMention(-1));
        c.define(spec("entity.clear", "Clear the entity selection", "Entities", null, false, "Esc"), reader::clearEntity);
        int n = 1;
        for (EntityType type : EntityType.values()) {
            c.define(spec("entity.toggle-" + type.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    "Show / hide " + EntityTypeLabels.plural(type).toLowerCase(java.util.Locale.ROOT), "Entities", null, false,
                    "Alt+" + n++), () -> vm.toggleType(type));
        }

        c.define(spec("search.focus", "Search", "Search", Material2MZ.SEARCH, false, "Shortcut+F", "/"), window::focusSearch);
        c.define(spec("search.next-hit", "Next search hit", "Search", Material2MZ.NAVIGATE_NEXT, false, "F3"), () -> search.step(1));
        c.define(spec("search.previous-hit", "Previous search hit", "Search", Material2MZ.NAVIGATE_BEFORE, false, "Shift+F3"),
                () -> search.step(-1));
        c.define(spec("search.clear", "Clear the search", "Search", null, false, "Shortcut+Shift+F"), search::clear);

        c.define(spec("help.shortcuts", "Keyboard shortcuts (view and change)", "Help", Material2AL.KEYBOARD, true, "F1", "?"),
                window::showShortcuts);
        return c;
    }

    private static ActionSpec spec(String id, String label, String menu, Ikon icon, boolean toolbar, String... keys) {
        return new ActionSpec(id, label, menu, icon, List.of(keys), toolbar);
    }
}
