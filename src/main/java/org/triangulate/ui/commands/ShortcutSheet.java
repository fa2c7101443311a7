package org.triangulate.ui.commands;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The cheat-sheet of every shortcut, built from the catalogue; it is also where keys are rebound: Enter on a row,
 * then press the new key. Changes are reported so they can be saved.
 */
public final class ShortcutSheet extends StackPane {

    private final ActionCatalogue catalogue;
    private final TableView<AppAction> table;
    private final Label prompt = new Label();
    private final Consumer<ActionCatalogue> onKeysChanged;
    private AppAction capturing;
    private Node returnFocusTo;

    public ShortcutSheet(ActionCatalogue catalogue, Consumer<ActionCatalogue> onKeysChanged) {
        this.catalogue = catalogue;
        this.onKeysChanged = onKeysChanged;
        getStyleClass().add("overlay");
        setId("shortcut-sheet");
        Label heading = new Label("Keyboard shortcuts");
        heading.getStyleClass().add("overlay-heading");
        table = new TableView<>(FXCollections.observableArrayList(catalogue.all()));
        table.setId("shortcut-table");
        table.getStyleClass().add("dense");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<AppAction, String> menu = new TableColumn<>("Menu");
        menu.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().spec().menu()));
        menu.setPrefWidth(80);
        TableColumn<AppAction, String> label = new TableColumn<>("Command");
        label.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().label()));
        label.setPrefWidth(300);
        TableColumn<AppAction, String> keys = new TableColumn<>("Keys");
        keys.setCellValueFactory(r -> r.getValue().keysProperty().map(k -> r.getValue().keysText()));
        keys.setPrefWidth(160);
        table.getColumns().setAll(java.util.List.of(menu, label, keys));
        VBox.setVgrow(table, Priority.ALWAYS);

        prompt.setId("shortcut-prompt");
        prompt.getStyleClass().add("shortcut-prompt");
        prompt.setWrapText(true);
        showDefaultPrompt();
        Button change = new Button("Change key…");
        change.setOnAction(e -> startCapture());
        Button reset = new Button("Reset all keys");
        reset.setOnAction(e -> {
            catalogue.resetKeys();
            table.refresh();
            onKeysChanged.accept(catalogue);
        });
        Button close = new Button("Close");
        close.setDefaultButton(false);
        close.setOnAction(e -> hide());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, change, reset, spacer, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(8, heading, table, prompt, buttons);
        card.getStyleClass().add("overlay-card");
        card.setMaxSize(680, 600);
        getChildren().add(card);
        setVisible(false);
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private void showDefaultPrompt() {
        prompt.setText("Enter on a row changes its key. Keys without Ctrl or Alt do not fire while you type in a text field.");
    }

    private void onKey(KeyEvent e) {
        if (capturing != null) {
            e.consume();
            if (e.getCode() == KeyCode.ESCAPE) {
                capturing = null;
                showDefaultPrompt();
                return;
            }
            KeyCombination key = KeyDispatcher.combinationOf(e);
            if (key != null) {
                catalogue.rebind(capturing.id(), key);
                prompt.setText(capturing.label() + " is now " + key.getDisplayText() + ".");
                capturing = null;
                table.refresh();
                onKeysChanged.accept(catalogue);
            }
            return;
        }
        if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F1) {
            hide();
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER) {
            startCapture();
            e.consume();
        }
    }

    private void startCapture() {
        AppAction selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            capturing = selected;
            prompt.setText("Press the new key for “" + selected.label() + "” (Escape cancels)");
        }
    }

    public void show(Node focusOwner) {
        returnFocusTo = focusOwner;
        capturing = null;
        showDefaultPrompt();
        table.refresh();
        setVisible(true);
        table.requestFocus();
        if (table.getSelectionModel().isEmpty()) {
            table.getSelectionModel().select(0);
            table.getFocusModel().focus(0);
        }
    }

    public void hide() {
        capturing = null;
        setVisible(false);
        if (returnFocusTo != null) {
            returnFocusTo.requestFocus();
        }
    }
}
