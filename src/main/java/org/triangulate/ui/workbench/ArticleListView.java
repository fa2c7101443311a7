package org.triangulate.ui.workbench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import org.triangulate.corpus.Article;
import org.triangulate.ui.reader.ReaderView;

/** The corpus as a sortable table: outlet, date, title and entity count; Enter or double-click opens an article. */
public final class ArticleListView extends TableView<ArticleRow> {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    public ArticleListView(WorkbenchViewModel vm, Consumer<Article> open) {
        setId("article-list");
        getStyleClass().addAll("article-list", "dense");
        SortedList<ArticleRow> sorted = new SortedList<>(vm.articles());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        setPlaceholder(new Label("No articles yet"));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<ArticleRow, String> outlet = new TableColumn<>("Outlet");
        outlet.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().outlet()));
        outlet.setPrefWidth(80);
        TableColumn<ArticleRow, LocalDate> date = new TableColumn<>("Date");
        date.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().published()));
        date.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : DATE.format(d));
            }
        });
        date.setPrefWidth(84);
        TableColumn<ArticleRow, String> title = new TableColumn<>("Title");
        title.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().title()));
        title.setPrefWidth(200);
        TableColumn<ArticleRow, Integer> count = new TableColumn<>("Entities");
        count.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().entityMentions()));
        count.getStyleClass().add("numeric-column");
        count.setPrefWidth(64);
        getColumns().setAll(java.util.List.of(outlet, date, title, count));

        setRowFactory(t -> {
            TableRow<ArticleRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    open.accept(row.getItem().article());
                }
            });
            row.setOnDragDetected(e -> {
                if (row.getItem() != null) {
                    ClipboardContent content = new ClipboardContent();
                    content.put(ReaderView.ARTICLE_ID, row.getItem().article().id());
                    content.putString(row.getItem().title());
                    row.startDragAndDrop(TransferMode.COPY).setContent(content);
                    e.consume();
                }
            });
            return row;
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && getSelectionModel().getSelectedItem() != null) {
                open.accept(getSelectionModel().getSelectedItem().article());
                e.consume();
            }
        });
    }

    /** Focuses the list, selecting the first row if nothing is selected, so arrow keys work at once. */
    public void focusList() {
        requestFocus();
        if (getSelectionModel().isEmpty() && !getItems().isEmpty()) {
            getSelectionModel().select(0);
            getFocusModel().focus(0);
        }
    }
}
