package org.triangulate.ui.search;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.triangulate.index.ArticleHit;
import org.triangulate.index.PassageHit;
import org.triangulate.index.SearchResults;
import org.triangulate.ui.reader.ReaderViewModel.SearchHit;

/** Search results grouped by article, each matching passage under its article; choosing a passage shows it. */
public final class SearchResultsView extends VBox {

    /** A tree node: an article (passage null) or one of its passages. */
    private record Row(ArticleHit article, PassageHit passage) {
    }

    private final SearchViewModel vm;
    private final TreeView<Row> tree = new TreeView<>();

    public SearchResultsView(SearchViewModel vm) {
        this.vm = vm;
        getStyleClass().add("search-results");
        setId("search-results");
        Label summary = new Label();
        summary.setId("search-summary");
        summary.getStyleClass().add("search-summary");
        summary.textProperty().bind(vm.summaryProperty());
        Label error = new Label();
        error.setId("search-error");
        error.getStyleClass().add("search-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        Label help = new Label("Lucene syntax: all words must match; \"exact phrase\", OR, NOT, cyber*, Dowdne~1, "
                + "title:, date:2024-03*. Enter searches, Enter or F3 again goes to the next hit.");
        help.getStyleClass().add("search-help");
        help.setWrapText(true);
        help.visibleProperty().bind(vm.resultsProperty().isNull());
        help.managedProperty().bind(help.visibleProperty());

        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>());
        tree.setId("search-tree");
        tree.setCellFactory(t -> new RowCell(tree));
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                showSelected();
                e.consume();
            }
        });
        tree.setOnMouseClicked(e -> showSelected());
        VBox.setVgrow(tree, Priority.ALWAYS);
        setPadding(new Insets(6));
        setSpacing(6);
        getChildren().addAll(summary, error, help, tree);
        vm.resultsProperty().addListener((o, a, b) -> rebuild(b));
        // built on first use (LazyTab), often while the first results are being announced: show what is there now
        rebuild(vm.resultsProperty().get());
    }

    private void rebuild(SearchResults results) {
        tree.getRoot().getChildren().clear();
        if (results == null) {
            return;
        }
        for (ArticleHit a : results.hits()) {
            TreeItem<Row> article = new TreeItem<>(new Row(a, null));
            article.setExpanded(true);
            for (PassageHit p : a.passages()) {
                article.getChildren().add(new TreeItem<>(new Row(a, p)));
            }
            tree.getRoot().getChildren().add(article);
        }
    }

    private void showSelected() {
        TreeItem<Row> item = tree.getSelectionModel().getSelectedItem();
        if (item == null || item.getValue() == null) {
            return;
        }
        Row row = item.getValue();
        PassageHit passage = row.passage() != null ? row.passage() : row.article().passages().stream().findFirst().orElse(null);
        if (passage == null || passage.highlights().isEmpty()) {
            return;
        }
        List<SearchHit> hits = vm.hitsProperty().get();
        SearchHit wanted = new SearchHit(row.article().articleId(), passage.highlights().get(0));
        int index = hits.indexOf(wanted);
        if (index >= 0) {
            vm.go(index);
        }
    }

    private static final class RowCell extends TreeCell<Row> {
        private final Label label = new Label();

        RowCell(TreeView<Row> tree) {
            // Passages wrap within the pane instead of running off to the right.
            label.setWrapText(true);
            label.maxWidthProperty().bind(tree.widthProperty().subtract(64));
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("search-article", "search-passage");
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            if (row.passage() == null) {
                getStyleClass().add("search-article");
                int n = row.article().passages().stream().mapToInt(p -> p.highlights().size()).sum();
                label.setText(row.article().title() + "  (" + n + ")");
                setGraphic(label);
                setText(null);
            } else {
                getStyleClass().add("search-passage");
                String text = row.passage().text().strip();
                label.setText(text.length() > 200 ? text.substring(0, 197) + "…" : text);
                setGraphic(label);
                setText(null);
            }
        }
    }
}
