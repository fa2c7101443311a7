package org.triangulate.ui.common;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A tab whose content is built the first time the tab is selected or the content is asked for. A tab pane styles
 * and lays out the content of every tab, selected or not, before the window's first frame; building only the
 * visible one takes that work off start-up and spreads it over the analyst's first clicks.
 *
 * @param <T> the content's type, so callers can reach the built view (to focus it, for example)
 */
public final class LazyTab<T extends Node> extends Tab {

    private final Supplier<T> build;
    private T content;

    public LazyTab(String text, Supplier<T> build) {
        super(text);
        this.build = Objects.requireNonNull(build, "build");
        selectedProperty().addListener((o, was, now) -> {
            if (now) {
                content();
            }
        });
    }

    /** The content, built now if it was not yet. */
    public T content() {
        if (content == null) {
            content = build.get();
            setContent(content);
            // Skins now rather than at the next pulse, so the caller can focus a control inside at once.
            content.applyCss();
        }
        return content;
    }

    /** Whether the content has been built, for tests and for callers that only update a view that exists. */
    public boolean isBuilt() {
        return content != null;
    }
}
