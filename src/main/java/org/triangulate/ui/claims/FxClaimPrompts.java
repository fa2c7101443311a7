package org.triangulate.ui.claims;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The claim prompts as small keyboard-friendly dialogs: type, Enter to confirm, Escape to cancel. */
public final class FxClaimPrompts implements ClaimPrompts {

    private final Window owner;

    public FxClaimPrompts(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(prompt + " (Ctrl+Enter to save)");
        TextArea text = new TextArea(initial);
        text.setWrapText(true);
        text.setPrefRowCount(4);
        text.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                dialog.setResult(text.getText());
                dialog.close();
            }
        });
        dialog.getDialogPane().setContent(text);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? text.getText() : null);
        dialog.setOnShown(e -> text.requestFocus());
        return dialog.showAndWait();
    }

    @Override
    public Optional<String> choose(String title, List<Choice> choices) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText("Type to filter, ↓ to pick, Enter to choose");
        TextField filter = new TextField();
        FilteredList<Choice> shown = new FilteredList<>(FXCollections.observableArrayList(choices));
        ListView<Choice> list = new ListView<>(shown);
        list.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Choice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });
        filter.textProperty().addListener((o, a, text) -> {
            String t = text.toLowerCase(Locale.ROOT);
            shown.setPredicate(c -> t.isBlank() || c.label().toLowerCase(Locale.ROOT).contains(t));
            list.getSelectionModel().selectFirst();
        });
        list.getSelectionModel().selectFirst();
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
            } else if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(list.getSelectionModel().getSelectedItem().key());
                dialog.close();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(list.getSelectionModel().getSelectedItem().key());
                dialog.close();
            }
        });
        dialog.getDialogPane().setContent(new VBox(6, filter, list));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK && list.getSelectionModel().getSelectedItem() != null
                ? list.getSelectionModel().getSelectedItem().key() : null);
        dialog.setOnShown(e -> filter.requestFocus());
        return dialog.showAndWait();
    }
}
