package org.triangulate.ui.briefing;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.triangulate.casefile.KeyJudgment;

/** The briefing pane: bottom line, key judgments, linter warnings, a Markdown preview and the export buttons. */
public final class BriefingView extends VBox {

    private final BriefingViewModel vm;

    public BriefingView(BriefingViewModel vm) {
        this.vm = vm;
        setId("briefing-view");
        getStyleClass().add("briefing-view");
        setSpacing(6);
        setPadding(new Insets(8));

        Label blufHeading = new Label("Bottom line up front");
        blufHeading.getStyleClass().add("panel-heading");
        Label bluf = new Label();
        bluf.setWrapText(true);
        bluf.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.blufProperty().get().isBlank()
                ? "Not written yet: the export drafts one from the best-supported claims, marked DRAFT." : vm.blufProperty().get(),
                vm.blufProperty()));
        Button editBluf = new Button("Write…");
        editBluf.setOnAction(e -> vm.editBluf());
        Button classification = new Button("Classification…");
        classification.setOnAction(e -> vm.editClassification());

        Label judgmentsHeading = new Label("Key judgments");
        judgmentsHeading.getStyleClass().add("panel-heading");
        ListView<KeyJudgment> judgments = new ListView<>(vm.judgments());
        judgments.setPrefHeight(90);
        judgments.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(KeyJudgment j, boolean empty) {
                super.updateItem(j, empty);
                setText(empty || j == null ? null : j.text() + "  ("
                        + (j.likelihood() != null ? j.likelihood().phrase() : j.confidence() != null
                        ? j.confidence().name().toLowerCase(java.util.Locale.ROOT) + " confidence" : "no level")
                        + (j.groupIds().isEmpty() ? ", unsupported" : ", " + String.join(", ", j.groupIds())) + ")");
            }
        });
        Button addJudgment = new Button("Add judgment…");
        addJudgment.setOnAction(e -> vm.addJudgment());

        Label warningsHeading = new Label("Warnings");
        warningsHeading.getStyleClass().add("panel-heading");
        ListView<String> warnings = new ListView<>(vm.warnings());
        warnings.setId("briefing-warnings");
        warnings.setPrefHeight(80);

        TextArea preview = new TextArea();
        preview.setId("briefing-preview");
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.textProperty().bind(vm.previewProperty());
        preview.getStyleClass().add("briefing-preview");
        VBox.setVgrow(preview, Priority.ALWAYS);

        Button export = new Button("Export…");
        export.setId("briefing-export");
        export.setOnAction(e -> chooseAndExport());
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add("claims-message");

        getChildren().addAll(new HBox(6, blufHeading, editBluf, classification), bluf,
                new HBox(6, judgmentsHeading, addJudgment), judgments, warningsHeading, warnings,
                new Label("Preview (Markdown)"), preview, new HBox(6, export), message);
    }

    /** Export… (Ctrl+E): asks where, then writes Markdown or PDF by the chosen extension. */
    public void chooseAndExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the briefing");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PDF", "*.pdf"),
                new FileChooser.ExtensionFilter("Markdown", "*.md"));
        chooser.setInitialFileName("briefing.pdf");
        Optional.ofNullable(chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow()))
                .map(File::toPath).map(BriefingView::withExtension).ifPresent(vm::export);
    }

    private static Path withExtension(Path p) {
        String name = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".pdf") || name.endsWith(".md") ? p : p.resolveSibling(p.getFileName() + ".pdf");
    }
}
