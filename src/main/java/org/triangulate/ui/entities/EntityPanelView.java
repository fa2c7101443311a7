package org.triangulate.ui.entities;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.triangulate.nlp.Entity;
import org.triangulate.nlp.EntityType;
import org.triangulate.ui.common.EntityTypeLabels;
import org.triangulate.ui.reader.HighlightLayers;
import org.triangulate.ui.workbench.WorkbenchViewModel;

/**
 * Entities of the corpus grouped by type, with mention and article counts and a filter. Enter in the filter selects
 * the first match; Enter or a click on an entity selects it (lighting it in every column).
 */
public final class EntityPanelView extends VBox {

    /** A tree node: a type heading or an entity. */
    private record Node(EntityType type, Entity entity, int count) {
    }

    private final WorkbenchViewModel vm;
    private final CustomTextField filter = new CustomTextField();
    private final TreeView<Node> tree = new TreeView<>();
    private final Consumer<Entity> select;

    public EntityPanelView(WorkbenchViewModel vm) {
        this.vm = vm;
        this.select = vm::selectEntity;
        getStyleClass().add("entity-panel");
        setId("entity-panel");
        Label heading = new Label("Entities");
        heading.getStyleClass().add("panel-heading");
        filter.setId("entity-filter");
        filter.setPromptText("Filter entities");
        filter.setLeft(new FontIcon(Material2AL.FILTER_LIST));
        filter.textProperty().bindBidirectional(vm.entityFilterProperty());
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.filteredEntities().stream().findFirst().ifPresent(en -> {
                    select.accept(en);
                    selectInTree(en);
                });
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN) {
                tree.requestFocus();
                if (tree.getSelectionModel().isEmpty()) {
                    tree.getSelectionModel().select(0);
                }
                e.consume();
            }
        });

        tree.setId("entity-tree");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>());
        tree.setCellFactory(t -> new EntityCell());
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                chooseSelected();
                e.consume();
            }
        });
        tree.setOnMouseClicked(e -> chooseSelected());
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(heading, filter, tree);

        vm.filteredEntities().addListener((ListChangeListener<Entity>) c -> rebuild());
        rebuild();
    }

    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    private void chooseSelected() {
        TreeItem<Node> item = tree.getSelectionModel().getSelectedItem();
        if (item != null && item.getValue() != null && item.getValue().entity() != null) {
            select.accept(item.getValue().entity());
        }
    }

    private void selectInTree(Entity entity) {
        for (TreeItem<Node> group : tree.getRoot().getChildren()) {
            for (TreeItem<Node> leaf : group.getChildren()) {
                if (leaf.getValue().entity().key().equals(entity.key())) {
                    tree.getSelectionModel().select(leaf);
                    tree.scrollTo(Math.max(0, tree.getRow(leaf) - 2));
                    return;
                }
            }
        }
    }

    private void rebuild() {
        Map<EntityType, TreeItem<Node>> groups = new EnumMap<>(EntityType.class);
        Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
        List<Entity> shown = List.copyOf(vm.filteredEntities());
        for (Entity e : shown) {
            counts.merge(e.type(), 1, Integer::sum);
        }
        for (Entity e : shown) {
            groups.computeIfAbsent(e.type(), t -> {
                TreeItem<Node> g = new TreeItem<>(new Node(t, null, counts.get(t)));
                g.setExpanded(true);
                return g;
            }).getChildren().add(new TreeItem<>(new Node(e.type(), e, e.mentions())));
        }
        tree.getRoot().getChildren().setAll(groups.values());
    }

    /** A type heading with its colour swatch, or an entity with its counts. */
    private static final class EntityCell extends TreeCell<Node> {
        @Override
        protected void updateItem(Node node, boolean empty) {
            super.updateItem(node, empty);
            getStyleClass().removeAll("entity-group", "entity-item");
            if (empty || node == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Region swatch = new Region();
            swatch.getStyleClass().addAll("swatch", HighlightLayers.classOf(node.type()));
            if (node.entity() == null) {
                getStyleClass().add("entity-group");
                Label name = new Label(EntityTypeLabels.plural(node.type()) + "  " + node.count());
                name.getStyleClass().add("entity-group-label");
                HBox box = new HBox(6, swatch, name);
                box.setAlignment(Pos.CENTER_LEFT);
                setGraphic(box);
                setText(null);
            } else {
                getStyleClass().add("entity-item");
                Entity e = node.entity();
                Label name = new Label(e.name());
                Label counts = new Label(e.mentions() + " in " + e.articles());
                counts.getStyleClass().add("entity-counts");
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                HBox box = new HBox(6, name, spacer, counts);
                box.setAlignment(Pos.CENTER_LEFT);
                setGraphic(box);
                setText(null);
                setAccessibleText(e.name() + ", " + EntityTypeLabels.singular(e.type()) + ", " + e.mentions() + " mentions in " + e.articles() + " articles");
            }
        }
    }
}
