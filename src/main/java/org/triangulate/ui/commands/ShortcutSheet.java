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
 * then press the new key. A key another command holds is only taken once the analyst has read which command loses
 * it and confirmed. Changes are reported so they can be saved.
 */
public final class ShortcutSheet extends StackPane {

    private final ActionCatalogue catalogue;
    private final TableView<AppAction> table;
    private final Label prompt = new Label();
    private final Consumer<ActionCatalogue> onKeysChanged;
    private AppAction capturing;
    /** A key pressed for {@link #capturing} that other commands hold, waiting for Enter (take it) or Escape. */
    private KeyCombination pending;
    private final HBox confirmButtons;
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
        Button take = new Button("Take the key");
        take.setId("shortcut-take");
        take.setOnAction(e -> confirm());
        Button keep = new Button("Cancel");
        keep.setId("shortcut-keep");
        keep.setOnAction(e -> cancelCapture());
        confirmButtons = new HBox(8, take, keep);
        confirmButtons.setVisible(false);
        confirmButtons.managedProperty().bind(confirmButtons.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, change, reset, confirmButtons, spacer, close);
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
                cancelCapture();
                return;
            }
            if (pending != null && e.getCode() == KeyCode.ENTER && !e.isShiftDown() && !e.isShortcutDown() && !e.isAltDown()) {
                confirm();
                return;
            }
            KeyCombination key = KeyDispatcher.combinationOf(e);
            if (key != null) {
                offer(key);
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

    /** The analyst pressed a new key: take it at once if it is free, else say which commands would lose it. */
    private void offer(KeyCombination key) {
        java.util.List<AppAction> losing = catalogue.holdersOf(key, capturing.id());
        if (losing.isEmpty()) {
            pending = key;
            confirm();
            return;
        }
        pending = key;
        confirmButtons.setVisible(true);
        prompt.setText(key.getDisplayText() + " is " + losing.stream().map(a -> "“" + a.label() + "”" + afterLosing(a, key))
                .collect(java.util.stream.Collectors.joining("; ")) + ". Enter gives it to “" + capturing.label()
                + "”, Escape keeps it where it is (or press another key).");
    }

    /** What becomes of a command's keys once it loses {@code key}: ", which would then have no key" or "(keeps …)". */
    private static String afterLosing(AppAction action, KeyCombination key) {
        java.util.List<KeyCombination> rest = action.keys().stream().filter(k -> !k.equals(key)).toList();
        return rest.isEmpty() ? "; that command would then have no key"
                : " (it would keep " + rest.stream().map(KeyCombination::getDisplayText).collect(java.util.stream.Collectors.joining(" and ")) + ")";
    }

    private void confirm() {
        if (capturing == null || pending == null) {
            return;
        }
        java.util.List<AppAction> losing = catalogue.holdersOf(pending, capturing.id());
        catalogue.rebind(capturing.id(), pending);
        String lost = losing.stream().filter(a -> a.keys().isEmpty()).map(a -> " “" + a.label() + "” now has no key.")
                .collect(java.util.stream.Collectors.joining());
        prompt.setText("“" + capturing.label() + "” is now " + pending.getDisplayText() + "." + lost);
        endCapture();
        table.refresh();
        onKeysChanged.accept(catalogue);
    }

    private void cancelCapture() {
        boolean offered = pending != null;
        endCapture();
        if (offered) {
            prompt.setText("No key was changed.");
        } else {
            showDefaultPrompt();
        }
    }

    private void endCapture() {
        capturing = null;
        pending = null;
        confirmButtons.setVisible(false);
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
        endCapture();
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
        endCapture();
        setVisible(false);
        if (returnFocusTo != null) {
            returnFocusTo.requestFocus();
        }
    }
}
