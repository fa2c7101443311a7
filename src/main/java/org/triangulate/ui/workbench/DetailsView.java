package org.triangulate.ui.workbench;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** The details of the current selection (an entity, similar passages), as plain readable text. */
public final class DetailsView extends ScrollPane {

    public DetailsView(WorkbenchViewModel vm) {
        setId("details");
        getStyleClass().addAll("details-pane", "edge-to-edge");
        setFitToWidth(true);
        Label heading = new Label();
        heading.setId("details-heading");
        heading.getStyleClass().add("details-heading");
        heading.setWrapText(true);
        Label kind = new Label();
        kind.getStyleClass().add("details-kind");
        kind.setWrapText(true);
        VBox lines = new VBox(6);
        VBox box = new VBox(6, heading, kind, lines);
        box.setPadding(new Insets(10));
        setContent(box);
        Runnable show = () -> {
            Details d = vm.detailsProperty().get();
            heading.setText(d.heading());
            kind.setText(d.kind());
            lines.getChildren().setAll(d.lines().stream().map(l -> {
                Label label = new Label(l);
                label.setWrapText(true);
                label.getStyleClass().add("details-line");
                return label;
            }).toList());
        };
        vm.detailsProperty().addListener((o, a, b) -> show.run());
        show.run();
    }
}
