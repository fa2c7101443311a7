package org.triangulate.ui.commands;

import java.util.function.BooleanSupplier;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Sends key presses to the catalogue's actions. It is the only place keys are dispatched (menu items show their
 * keys but do not register accelerators), so a rebound key takes effect everywhere at once. Keys without Ctrl/Alt
 * (j, k, ?) are left alone while the analyst is typing in a text field.
 */
public final class KeyDispatcher {

    private final ActionCatalogue catalogue;
    private final BooleanSupplier suspended;

    /** @param suspended true while an overlay (command palette, cheat-sheet) handles keys itself */
    public KeyDispatcher(ActionCatalogue catalogue, BooleanSupplier suspended) {
        this.catalogue = catalogue;
        this.suspended = suspended;
    }

    public void install(Scene scene) {
        EventHandler<KeyEvent> pressed = e -> dispatch(scene, e, false);
        EventHandler<KeyEvent> typed = e -> dispatch(scene, e, true);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, pressed);
        scene.addEventFilter(KeyEvent.KEY_TYPED, typed);
    }

    private void dispatch(Scene scene, KeyEvent event, boolean typed) {
        if (suspended.getAsBoolean()) {
            return;
        }
        boolean typing = scene.getFocusOwner() instanceof TextInputControl;
        for (AppAction action : catalogue.all()) {
            for (KeyCombination key : action.keys()) {
                if (matches(key, event, typed) && !(typing && isPlain(key))) {
                    event.consume();
                    action.fire();
                    return;
                }
            }
        }
    }

    static boolean matches(KeyCombination key, KeyEvent event, boolean typed) {
        if (key instanceof KeyCharacterCombination character) {
            // Characters such as '?' depend on the keyboard layout, so match what was typed, not the key pressed.
            return typed && character.getCharacter().equals(event.getCharacter())
                    && !event.isControlDown() && !event.isAltDown() && !event.isMetaDown();
        }
        return !typed && key instanceof KeyCodeCombination && key.match(event);
    }

    /** A key that would also type something (no Ctrl, Alt or Meta). Function keys and Escape never type. */
    static boolean isPlain(KeyCombination key) {
        if (key.getControl() == KeyCombination.ModifierValue.DOWN || key.getAlt() == KeyCombination.ModifierValue.DOWN
                || key.getMeta() == KeyCombination.ModifierValue.DOWN || key.getShortcut() == KeyCombination.ModifierValue.DOWN) {
            return false;
        }
        if (key instanceof KeyCodeCombination code) {
            KeyCode c = code.getCode();
            return !(c.isFunctionKey() || c == KeyCode.ESCAPE);
        }
        return true;
    }

    /** The key combination a key press makes, for rebinding; null for a lone modifier key. */
    public static KeyCombination combinationOf(KeyEvent event) {
        KeyCode code = event.getCode();
        if (code == null || code.isModifierKey() || code == KeyCode.UNDEFINED) {
            return null;
        }
        java.util.List<KeyCombination.Modifier> modifiers = new java.util.ArrayList<>();
        if (event.isShortcutDown()) {
            modifiers.add(KeyCombination.SHORTCUT_DOWN);
        } else if (event.isControlDown()) {
            modifiers.add(KeyCombination.CONTROL_DOWN);
        }
        if (event.isAltDown()) {
            modifiers.add(KeyCombination.ALT_DOWN);
        }
        if (event.isShiftDown()) {
            modifiers.add(KeyCombination.SHIFT_DOWN);
        }
        return new KeyCodeCombination(code, modifiers.toArray(KeyCombination.Modifier[]::new));
    }
}
