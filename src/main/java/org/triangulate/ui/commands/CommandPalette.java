package org.triangulate.ui.commands;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Every action of the catalogue, filtered as you type; Enter runs the highlighted one, Escape closes. Shown as an
 * overlay over the window so it needs no extra stage.
 */
public final class CommandPalette extends StackPane {

    private final CustomTextField filter = new CustomTextField();
    private final ActionCatalogue catalogue;
    private final Supplier<List<AppAction>> more;
    private final ObservableList<AppAction> source = FXCollections.observableArrayList();
    private final FilteredList<AppAction> shown;
    private final ListView<AppAction> list;
    private Node returnFocusTo;

    public CommandPalette(ActionCatalogue catalogue) {
        this(catalogue, List::of);
    }

    /** @param more entries beyond the catalogue's, made each time the palette opens (recent folders) */
    public CommandPalette(ActionCatalogue catalogue, Supplier<List<AppAction>> more) {
        this.catalogue = catalogue;
        this.more = more;
        getStyleClass().add("overlay");
        setId("command-palette");
        source.setAll(catalogue.all());
        shown = new FilteredList<>(source);
        list = new ListView<>(shown);
        list.setId("palette-list");
        list.setCellFactory(l -> new ActionCell());
        list.setPrefHeight(360);
        list.setFocusTraversable(false);
        filter.setId("palette-filter");
        filter.setPromptText("Type a command…");
        filter.setLeft(new FontIcon(Material2MZ.SEARCH));
        filter.textProperty().addListener((o, a, text) -> {
            shown.setPredicate(matcher(text));
            list.getSelectionModel().select(0);
            list.scrollTo(0);
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                runSelected();
            }
        });
        VBox card = new VBox(8, filter, list);
        card.getStyleClass().add("overlay-card");
        card.setMaxSize(560, 420);
        StackPane.setAlignment(card, Pos.TOP_CENTER);
        getChildren().add(card);
        setVisible(false);
        setOnMouseClicked(e -> {
            if (e.getTarget() == this) {
                hide();
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private void onKey(KeyEvent e) {
        switch (e.getCode()) {
            case ESCAPE -> hide();
            case ENTER -> runSelected();
            case DOWN -> move(1);
            case UP -> move(-1);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void move(int by) {
        int i = Math.max(0, Math.min(shown.size() - 1, list.getSelectionModel().getSelectedIndex() + by));
        list.getSelectionModel().select(i);
        list.scrollTo(Math.max(0, i - 3));
    }

    /** Matches when every typed word is in the action's label, menu or id. */
    static java.util.function.Predicate<AppAction> matcher(String text) {
        List<String> words = text == null ? List.of() : Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(w -> !w.isEmpty()).toList();
        return a -> {
            String hay = (a.label() + " " + a.spec().menu() + " " + a.id()).toLowerCase(Locale.ROOT);
            return words.stream().allMatch(hay::contains);
        };
    }

    public void show(Node focusOwner) {
        returnFocusTo = focusOwner;
        List<AppAction> all = new java.util.ArrayList<>(catalogue.all());
        all.addAll(more.get());
        source.setAll(all);
        filter.clear();
        shown.setPredicate(null);
        list.getSelectionModel().select(0);
        list.scrollTo(0);
        setVisible(true);
        filter.requestFocus();
    }

    public void hide() {
        setVisible(false);
        if (returnFocusTo != null) {
            returnFocusTo.requestFocus();
        }
    }

    private void runSelected() {
        AppAction action = list.getSelectionModel().getSelectedItem();
        if (action == null && !shown.isEmpty()) {
            action = shown.get(0);
        }
        hide();
        if (action != null) {
            action.fire();
        }
    }

    private static final class ActionCell extends ListCell<AppAction> {
        @Override
        protected void updateItem(AppAction a, boolean empty) {
            super.updateItem(a, empty);
            if (empty || a == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label label = new Label(a.label());
            Label menu = new Label(a.spec().menu());
            menu.getStyleClass().add("palette-menu");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label keys = new Label(a.keysText());
            keys.getStyleClass().add("key-hint");
            HBox row = new HBox(8, menu, label, spacer, keys);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
            setText(null);
        }
    }
}
