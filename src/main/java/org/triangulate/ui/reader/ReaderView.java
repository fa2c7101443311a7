package org.triangulate.ui.reader;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.DataFormat;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The side-by-side reader: one {@link ReaderColumnView} per open article, equal widths, the focused one marked.
 * Columns never get narrower than a readable line: when they do not fit, the reader scrolls sideways and keeps the
 * focused column in view. Articles dragged from the list open here.
 */
public final class ReaderView extends StackPane {

    /** Drag-and-drop payload of an article dragged from the list: its id. */
    public static final DataFormat ARTICLE_ID = new DataFormat("application/x-triangulate-article-id");
    /**
     * The narrowest a column gets: about 35 characters a line of the 15 px serif body (7.7 px a character on
     * average), a newspaper column, plus the text's padding and scroll bar. Narrower, lines of 20-25 characters
     * read badly and long words split.
     */
    public static final double MIN_COLUMN_WIDTH = 320;
    /** The widest a column alone gets: about 70 characters a line, a comfortable measure for long reading. */
    public static final double MAX_SINGLE_COLUMN_WIDTH = 610;

    private final ReaderViewModel reader;
    private final HBox row = new HBox();
    private final ScrollPane scroller = new ScrollPane(row);
    private final javafx.beans.property.BooleanProperty overflowing = new javafx.beans.property.SimpleBooleanProperty();
    /** True while a mouse button is down in the reader. */
    private boolean mouseDown;
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
        scroller.setId("reader-scroller");
        scroller.setFitToWidth(true); // the row fills the reader, but never below its columns' minimum widths
        scroller.setFitToHeight(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroller.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.setFocusTraversable(false);
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> mouseDown = true);
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> mouseDown = false);
        overflowing.bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> row.getWidth() > scroller.getViewportBounds().getWidth() + 1, row.widthProperty(), scroller.viewportBoundsProperty()));
        getChildren().addAll(scroller, empty);

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
            v.setMinWidth(MIN_COLUMN_WIDTH);
            v.setMaxWidth(columns.size() == 1 ? MAX_SINGLE_COLUMN_WIDTH : Double.MAX_VALUE);
            v.setPrefWidth(MIN_COLUMN_WIDTH);
        });
        empty.setVisible(columns.isEmpty());
        markFocused(true);
    }

    private void markFocused(boolean moveKeyboardFocus) {
        ColumnViewModel focused = reader.focusedColumn();
        views.forEach((c, v) -> v.setFocusedColumn(c == focused));
        if (focused != null && !mouseDown) {
            // after the next layout, when a new column has its place in the row. Not for a click: the column
            // would slide away from under the mouse between the press and the release.
            javafx.application.Platform.runLater(() -> scrollIntoView(views.get(focused)));
        }
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

    /** True while the columns are wider than the reader, which then scrolls sideways. */
    public javafx.beans.value.ObservableBooleanValue overflowingProperty() {
        return overflowing;
    }

    /** Scrolls the reader sideways, as little as it can, so the column is all in view. */
    private void scrollIntoView(ReaderColumnView column) {
        if (column == null || column.getParent() != row) {
            return;
        }
        scroller.applyCss(); // a column added since the last pulse: styled first, then given its width
        scroller.layout();
        double overflow = row.getWidth() - scroller.getViewportBounds().getWidth();
        if (overflow <= 0) {
            return;
        }
        double left = scroller.getHvalue() * overflow;
        double right = left + scroller.getViewportBounds().getWidth();
        double from = column.getBoundsInParent().getMinX() - row.getSpacing();
        double to = column.getBoundsInParent().getMaxX() + row.getSpacing();
        if (from < left) {
            scroller.setHvalue(Math.max(0, from / overflow));
        } else if (to > right) {
            scroller.setHvalue(Math.min(1, (to - scroller.getViewportBounds().getWidth()) / overflow));
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
