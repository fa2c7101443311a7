package org.triangulate.ui.workbench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
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
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.triangulate.corpus.Article;
import org.triangulate.ui.reader.ReaderView;

/** The corpus as a sortable table: outlet, date, title and entity count; Enter or double-click opens an article. */
public final class ArticleListView extends TableView<ArticleRow> {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    public ArticleListView(WorkbenchViewModel vm, Consumer<Article> open) {
        setId("article-list");
        getStyleClass().addAll("article-list", "dense");
        SortedList<ArticleRow> sorted = new SortedList<>(vm.articles());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        setPlaceholder(new Label("No articles yet"));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);

        TableColumn<ArticleRow, String> outlet = new TableColumn<>("Outlet");
        outlet.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().outlet()));
        fixedWidth(outlet, 90);
        TableColumn<ArticleRow, LocalDate> date = new TableColumn<>("Date");
        date.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().published()));
        date.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : DATE.format(d));
            }
        });
        TableColumn<ArticleRow, String> title = new TableColumn<>("Title");
        title.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().title()));
        title.setPrefWidth(240);
        title.setMinWidth(110);
        TableColumn<ArticleRow, Integer> count = new TableColumn<>("#");
        count.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().entityMentions()));
        count.getStyleClass().add("numeric-column");
        getColumns().setAll(java.util.List.of(title, outlet, date, count));
        // A column nobody's metadata fills (no outlet anywhere, say) only takes room from the titles.
        Runnable hideEmpty = () -> {
            outlet.setVisible(vm.articles().stream().anyMatch(r -> !r.outlet().isBlank()));
            date.setVisible(vm.articles().stream().anyMatch(r -> r.published() != null));
        };
        vm.articles().addListener((javafx.collections.ListChangeListener<ArticleRow>) c -> hideEmpty.run());
        hideEmpty.run();
        javafx.scene.control.Label countHeader = new javafx.scene.control.Label("#");
        countHeader.setTooltip(new javafx.scene.control.Tooltip("Entity mentions in the article"));
        count.setText(null);
        count.setGraphic(countHeader);
        // The date and count columns are as wide as their widest value (a long article has thousands of mentions)
        // or their heading with its sort arrow, in the table's own fonts once they are known.
        Runnable fit = () -> {
            fit(date, "Date", List.of("2024-12-31"));
            int most = vm.articles().stream().mapToInt(ArticleRow::entityMentions).max().orElse(0);
            fit(count, "#", List.of(Integer.toString(Math.max(most, 999))));
        };
        vm.articles().addListener((javafx.collections.ListChangeListener<ArticleRow>) c -> fit.run());
        skinProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(fit));
        fit.run();

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

    /** Space a heading needs besides its text: the label's padding and the sort arrow beside it. */
    private static final double HEADING_EXTRA_EM = 1 + 1.6;
    /** Space a cell needs besides its text: its padding, and a little so rounding never cuts a digit. */
    private static final double CELL_EXTRA_EM = 1 + 0.5;

    private void fit(TableColumn<?, ?> column, String heading, List<String> values) {
        javafx.scene.Node label = lookup(".column-header .label");
        Font headingFont = label instanceof javafx.scene.control.Labeled l ? l.getFont()
                : Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 14);
        // table cells: the heading's family and size, not bold (a little wider than the 0.95em list text)
        Font cellFont = Font.font(headingFont.getFamily(), FontWeight.NORMAL, headingFont.getSize());
        double em = headingFont.getSize();
        double width = textWidth(heading, headingFont) + HEADING_EXTRA_EM * em;
        for (String v : values) {
            width = Math.max(width, textWidth(v, cellFont) + CELL_EXTRA_EM * em);
        }
        fixedWidth(column, Math.ceil(width));
    }

    private static double textWidth(String text, Font font) {
        Text t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    private static void fixedWidth(TableColumn<?, ?> column, double width) {
        column.setMinWidth(width);
        column.setPrefWidth(width);
        column.setMaxWidth(width);
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
