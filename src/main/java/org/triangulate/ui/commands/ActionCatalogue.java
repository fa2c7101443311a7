package org.triangulate.ui.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javafx.scene.input.KeyCombination;

/**
 * Every command of the window, in one place: the menu bar, toolbar, command palette, cheat-sheet and keyboard
 * dispatch are all built from it, so they can never disagree about what a key does.
 */
public final class ActionCatalogue {

    private final Map<String, AppAction> actions = new LinkedHashMap<>();

    public AppAction define(ActionSpec spec, Runnable handler) {
        if (actions.containsKey(spec.id())) {
            throw new IllegalArgumentException("action defined twice: " + spec.id());
        }
        AppAction action = new AppAction(spec, handler);
        actions.put(spec.id(), action);
        return action;
    }

    public List<AppAction> all() {
        return List.copyOf(actions.values());
    }

    public Optional<AppAction> find(String id) {
        return Optional.ofNullable(actions.get(id));
    }

    public AppAction get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no action " + id));
    }

    /** Menus in first-use order, each with its actions in catalogue order. */
    public Map<String, List<AppAction>> byMenu() {
        Map<String, List<AppAction>> menus = new LinkedHashMap<>();
        for (AppAction a : actions.values()) {
            menus.computeIfAbsent(a.spec().menu(), m -> new ArrayList<>()).add(a);
        }
        return menus;
    }

    /** The other actions that hold {@code key} now: the ones that would lose it if {@code id} took it. */
    public List<AppAction> holdersOf(KeyCombination key, String id) {
        return actions.values().stream().filter(a -> !a.id().equals(id) && a.keys().contains(key)).toList();
    }

    /** Gives an action one new key; any other action holding that key loses it (one key, one command). */
    public void rebind(String id, KeyCombination key) {
        AppAction target = get(id);
        for (AppAction other : actions.values()) {
            if (other != target && other.keys().contains(key)) {
                List<KeyCombination> rest = new ArrayList<>(other.keys());
                rest.remove(key);
                other.keysProperty().set(List.copyOf(rest));
            }
        }
        target.keysProperty().set(List.of(key));
    }

    public void resetKeys() {
        actions.values().forEach(a -> a.keysProperty().set(AppAction.parse(a.spec().defaultKeys())));
    }

    /** The keys the analyst changed, for the preferences file: id to key names joined by " | ". */
    public Map<String, String> customKeys() {
        Map<String, String> custom = new TreeMap<>();
        for (AppAction a : actions.values()) {
            if (a.isRebound()) {
                custom.put(a.id(), String.join(" | ", a.keys().stream().map(KeyCombination::getName).toList()));
            }
        }
        return custom;
    }

    /** Applies keys saved by {@link #customKeys()}; unknown ids and unreadable keys are ignored. */
    public void applyCustomKeys(Map<String, String> custom) {
        custom.forEach((id, names) -> find(id).ifPresent(a -> {
            try {
                List<String> parts = names.isBlank() ? List.of() : List.of(names.split(" \\| "));
                a.keysProperty().set(AppAction.parse(parts));
            } catch (IllegalArgumentException e) {
                // a key this JavaFX cannot read: keep the default
            }
        }));
    }
}
