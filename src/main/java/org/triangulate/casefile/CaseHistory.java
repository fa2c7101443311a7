package org.triangulate.casefile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The case being edited, with undo and redo of every change. Saves do not clear the history, so a change can be
 * undone after it was autosaved. Not thread-safe: the UI uses it from the FX thread, the CLI from one thread.
 */
public final class CaseHistory {

    private static final int LIMIT = 500;

    private record Step(String description, CaseFile before) {
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final List<Consumer<CaseFile>> listeners = new ArrayList<>();
    private CaseFile current;

    public CaseHistory(CaseFile initial) {
        this.current = initial;
    }

    public CaseFile current() {
        return current;
    }

    /** Applies an edit; a description such as "Accept claim" names it in the Undo menu. */
    public CaseFile apply(String description, UnaryOperator<CaseFile> edit) {
        CaseFile next = edit.apply(current);
        if (next == current) {
            return current;
        }
        undo.push(new Step(description, current));
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        set(next);
        return next;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** What Undo would undo, or null. */
    public String undoDescription() {
        return undo.isEmpty() ? null : undo.peek().description();
    }

    public String redoDescription() {
        return redo.isEmpty() ? null : redo.peek().description();
    }

    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        Step step = undo.pop();
        redo.push(new Step(step.description(), current));
        set(step.before());
    }

    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        Step step = redo.pop();
        undo.push(new Step(step.description(), current));
        set(step.before());
    }

    /** Called with the new case after every change, undo and redo included (autosave listens here). */
    public void addListener(Consumer<CaseFile> listener) {
        listeners.add(listener);
    }

    private void set(CaseFile next) {
        current = next;
        for (Consumer<CaseFile> listener : listeners) {
            listener.accept(next);
        }
    }
}
