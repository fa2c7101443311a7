package org.triangulate.ui.commands;

import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.input.KeyCombination;

/** One command of the catalogue: its description, its current keys (rebindable) and what it does. */
public final class AppAction {

    private final ActionSpec spec;
    private final Runnable handler;
    private final ObjectProperty<List<KeyCombination>> keys = new SimpleObjectProperty<>(List.of());
    private final BooleanProperty disabled = new SimpleBooleanProperty(false);

    AppAction(ActionSpec spec, Runnable handler) {
        this.spec = spec;
        this.handler = handler;
        keys.set(parse(spec.defaultKeys()));
    }

    /**
     * An action outside the catalogue, for entries the command palette makes as it opens (a recent folder, say):
     * it has the keys of its spec, usually none, and nothing dispatches them.
     */
    public static AppAction of(ActionSpec spec, Runnable handler) {
        return new AppAction(spec, handler);
    }

    static List<KeyCombination> parse(List<String> names) {
        return names.stream().map(KeyCombination::valueOf).toList();
    }

    public ActionSpec spec() {
        return spec;
    }

    public String id() {
        return spec.id();
    }

    public String label() {
        return spec.label();
    }

    public ObjectProperty<List<KeyCombination>> keysProperty() {
        return keys;
    }

    public List<KeyCombination> keys() {
        return keys.get();
    }

    /** The keys as shown to the analyst: "Ctrl+Shift+P or Ctrl+K". */
    public String keysText() {
        return keys.get().stream().map(KeyCombination::getDisplayText).collect(Collectors.joining(" or "));
    }

    public boolean isRebound() {
        return !keys.get().equals(parse(spec.defaultKeys()));
    }

    public BooleanProperty disabledProperty() {
        return disabled;
    }

    public void fire() {
        if (!disabled.get()) {
            handler.run();
        }
    }
}
