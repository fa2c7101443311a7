package org.triangulate.ui.briefing;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.triangulate.briefing.PaperSize;
import org.triangulate.casefile.BriefingDraft.Section;
import org.triangulate.casefile.KeyJudgment;

/**
 * The briefing pane: analyst and paper, bottom line, key judgments (add, edit, delete, reorder), the order of the
 * sections, linter warnings, a Markdown preview and Export…. It only lays out and binds; the view model acts.
 */
public final class BriefingView extends VBox {

    private final BriefingViewModel vm;
    private final ListView<KeyJudgment> judgmentList = new ListView<>();

    public BriefingView(BriefingViewModel vm) {
        this.vm = vm;
        setId("briefing-view");
        getStyleClass().add("briefing-view");
        setSpacing(6);
        setPadding(new Insets(8));

        getChildren().addAll(header(), blufRow(), bluf(), judgmentsRow(), judgments(), sectionsBlock(),
                heading("Warnings"), warnings(), new Label("Preview (Markdown)"), preview(), exportRow());
    }

    private HBox header() {
        TextField analyst = new TextField(vm.analystProperty().get());
        analyst.setId("briefing-analyst");
        analyst.setPromptText("Analyst name");
        analyst.setTooltip(new Tooltip("The name on the briefing's title block; empty for your user name"));
        HBox.setHgrow(analyst, Priority.ALWAYS);
        vm.analystProperty().addListener((o, was, now) -> {
            if (!analyst.isFocused()) {
                analyst.setText(now);
            }
        });
        analyst.setOnAction(e -> vm.setAnalyst(analyst.getText()));
        analyst.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                vm.setAnalyst(analyst.getText());
                analyst.setText(vm.analystProperty().get());
            }
        });
        ChoiceBox<PaperSize> paper = new ChoiceBox<>();
        paper.setId("briefing-paper");
        paper.getItems().setAll(PaperSize.values());
        paper.setConverter(new StringConverter<>() {
            @Override
            public String toString(PaperSize p) {
                return p == null ? "" : p == PaperSize.A4 ? "A4" : "Letter";
            }

            @Override
            public PaperSize fromString(String s) {
                return PaperSize.parse(s);
            }
        });
        paper.setValue(vm.paperProperty().get());
        vm.paperProperty().addListener((o, was, now) -> paper.setValue(now));
        paper.valueProperty().addListener((o, was, now) -> vm.setPaper(now));
        paper.setTooltip(new Tooltip("Paper size of PDF exports"));
        Button classification = new Button("Classification…");
        classification.setOnAction(e -> vm.editClassification());
        HBox row = new HBox(6, new Label("Analyst"), analyst, new Label("PDF paper"), paper, classification);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private HBox blufRow() {
        Button editBluf = new Button("Write…");
        editBluf.setOnAction(e -> vm.editBluf());
        return new HBox(6, heading("Bottom line up front"), editBluf);
    }

    private Label bluf() {
        Label bluf = new Label();
        bluf.setWrapText(true);
        bluf.textProperty().bind(Bindings.createStringBinding(() -> vm.blufProperty().get().isBlank()
                ? "Not written yet: the export drafts one from the best-supported claims, marked DRAFT." : vm.blufProperty().get(),
                vm.blufProperty()));
        return bluf;
    }

    private HBox judgmentsRow() {
        Button add = new Button("Add…");
        add.setOnAction(e -> vm.addJudgment());
        Button edit = judgmentButton("Edit…", "Rewrite the selected judgment", id -> vm.editJudgment(id));
        Button delete = judgmentButton("Delete", "Delete the selected judgment (Undo brings it back)", id -> vm.deleteJudgment(id));
        Button up = judgmentButton("\u25b2", "Move the selected judgment up", id -> vm.moveJudgment(id, -1));
        Button down = judgmentButton("\u25bc", "Move the selected judgment down", id -> vm.moveJudgment(id, 1));
        return new HBox(6, heading("Key judgments"), add, edit, delete, up, down);
    }

    private Button judgmentButton(String text, String tip, java.util.function.Consumer<String> action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.disableProperty().bind(judgmentList.getSelectionModel().selectedItemProperty().isNull());
        b.setOnAction(e -> {
            KeyJudgment j = judgmentList.getSelectionModel().getSelectedItem();
            if (j != null) {
                String id = j.id();
                action.accept(id);
                // the list is rebuilt from the case: keep the same judgment selected where it now stands
                vm.judgments().stream().filter(k -> id.equals(k.id())).findFirst()
                        .ifPresent(k -> judgmentList.getSelectionModel().select(k));
            }
        });
        return b;
    }

    private ListView<KeyJudgment> judgments() {
        judgmentList.setItems(vm.judgments());
        judgmentList.setId("briefing-judgments");
        judgmentList.setPrefHeight(90);
        judgmentList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(KeyJudgment j, boolean empty) {
                super.updateItem(j, empty);
                setText(empty || j == null ? null : j.text() + "  ("
                        + (j.likelihood() != null ? j.likelihood().phrase() : j.confidence() != null
                        ? j.confidence().name().toLowerCase(Locale.ROOT) + " confidence" : "no level")
                        + (j.groupIds().isEmpty() ? ", unsupported" : ", " + String.join(", ", j.groupIds())) + ")");
            }
        });
        return judgmentList;
    }

    private VBox sectionsBlock() {
        ListView<Section> sections = new ListView<>(vm.sections());
        sections.setId("briefing-sections");
        sections.setPrefHeight(7 * 24 + 4);
        sections.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Section s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : (getIndex() + 1) + ". " + BriefingViewModel.sectionTitle(s));
            }
        });
        Button up = new Button("\u25b2");
        up.setTooltip(new Tooltip("Move the selected section earlier"));
        Button down = new Button("\u25bc");
        down.setTooltip(new Tooltip("Move the selected section later"));
        for (Button b : new Button[]{up, down}) {
            b.disableProperty().bind(sections.getSelectionModel().selectedItemProperty().isNull());
            b.setOnAction(e -> {
                Section s = sections.getSelectionModel().getSelectedItem();
                if (s != null) {
                    vm.moveSection(s, b == up ? -1 : 1);
                    sections.getSelectionModel().select(s);
                }
            });
        }
        Label note = new Label("Title block first and notes last, always.");
        note.getStyleClass().add("claims-message");
        return new VBox(4, new HBox(6, heading("Order of sections"), up, down), sections, note);
    }

    private ListView<String> warnings() {
        ListView<String> warnings = new ListView<>(vm.warnings());
        warnings.setId("briefing-warnings");
        warnings.setPrefHeight(80);
        return warnings;
    }

    private TextArea preview() {
        TextArea preview = new TextArea();
        preview.setId("briefing-preview");
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.textProperty().bind(vm.previewProperty());
        preview.getStyleClass().add("briefing-preview");
        VBox.setVgrow(preview, Priority.ALWAYS);
        return preview;
    }

    private VBox exportRow() {
        Button export = new Button("Export…");
        export.setId("briefing-export");
        export.setOnAction(e -> vm.chooseAndExport());
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add("claims-message");
        return new VBox(6, new HBox(6, export), message);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-heading");
        return l;
    }
}
