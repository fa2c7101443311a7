package org.triangulate.ui.reader;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.DataFormat;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The side-by-side reader: one {@link ReaderColumnView} per open article, equal widths, the focused one marked.
 * Articles dragged from the list open here.
 */
public final class ReaderView extends StackPane {

    /** Drag-and-drop payload of an article dragged from the list: its id. */
    public static final DataFormat ARTICLE_ID = new DataFormat("application/x-triangulate-article-id");

    private final ReaderViewModel reader;
    private final HBox row = new HBox();
    private final VBox empty;
    private final Map<ColumnViewModel, ReaderColumnView> views = new HashMap<>();

    /** @param openById opens an article dropped on the reader */
    public ReaderView(ReaderViewModel reader, Consumer<String> openById) {
        this.reader = reader;
        getStyleClass().add("reader");
        setId("reader");
        row.getStyleClass().add("reader-row");
        Label hint = new Label("No article open");
        hint.getStyleClass().add("reader-empty-title");
        Label how = new Label("Double-click an article in the list, drag it here, or press A to add the next one.\n"
                + "Up to four articles sit side by side. Press F1 for every shortcut.");
        how.getStyleClass().add("reader-empty-hint");
        how.setWrapText(true);
        empty = new VBox(8, hint, how);
        empty.setAlignment(Pos.CENTER);
        empty.setMaxWidth(460);
        getChildren().addAll(row, empty);

        reader.columns().addListener((ListChangeListener<ColumnViewModel>) c -> rebuild());
        reader.focusedIndexProperty().addListener((o, a, b) -> markFocused(true));
        setOnDragOver(e -> {
            if (e.getDragboard().hasContent(ARTICLE_ID)) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        setOnDragDropped(e -> {
            if (e.getDragboard().hasContent(ARTICLE_ID)) {
                openById.accept((String) e.getDragboard().getContent(ARTICLE_ID));
                e.setDropCompleted(true);
                e.consume();
            }
        });
        rebuild();
    }

    private void rebuild() {
        List<ColumnViewModel> columns = List.copyOf(reader.columns());
        views.keySet().removeIf(c -> {
            if (!columns.contains(c)) {
                views.get(c).dispose();
                return true;
            }
            return false;
        });
        row.getChildren().setAll(columns.stream().map(c -> (Node) views.computeIfAbsent(c, k -> {
            ReaderColumnView v = new ReaderColumnView(k, reader);
            HBox.setHgrow(v, Priority.ALWAYS);
            return v;
        })).toList());
        // One column alone keeps a comfortable line length instead of spanning a wide screen.
        row.setAlignment(Pos.TOP_CENTER);
        views.values().forEach(v -> {
            v.setMaxWidth(columns.size() == 1 ? 860 : Double.MAX_VALUE);
            v.setPrefWidth(200);
        });
        empty.setVisible(columns.isEmpty());
        markFocused(true);
    }

    private void markFocused(boolean moveKeyboardFocus) {
        ColumnViewModel focused = reader.focusedColumn();
        views.forEach((c, v) -> v.setFocusedColumn(c == focused));
        // Keep the keyboard where the analyst is typing (the search box), but follow the reader's focus otherwise.
        if (moveKeyboardFocus && focused != null && getScene() != null) {
            Node owner = getScene().getFocusOwner();
            if (owner == null || isInside(owner)) {
                views.get(focused).focusBody();
            }
        }
    }

    /** Gives the keyboard to the focused column (or the first one). */
    public void focusCurrentColumn() {
        if (reader.columns().isEmpty()) {
            return;
        }
        if (reader.focusedColumn() == null) {
            reader.focusColumn(0);
        }
        ReaderColumnView view = views.get(reader.focusedColumn());
        if (view != null) {
            view.focusBody();
        }
    }

    public ReaderColumnView viewOf(ColumnViewModel column) {
        return views.get(column);
    }

    /** Whether the node is part of the reader (a column's text, say). */
    public boolean isInside(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }
}
