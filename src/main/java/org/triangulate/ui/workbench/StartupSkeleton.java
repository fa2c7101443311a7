package org.triangulate.ui.workbench;

import java.util.Objects;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * What the window shows for the moment between appearing and the workbench being built: the workbench's outline
 * (top bar, corpus list, reader, details pane, status line) in the theme's colours, and what is being opened. Made of
 * plain regions and text, no controls, and styled by its own small stylesheet, so it costs the first frame almost
 * nothing: the controls, the theme and their CSS pass are what make the full view slow to show in a cold JVM.
 */
public final class StartupSkeleton extends BorderPane {

    public static final String STYLESHEET = Objects.requireNonNull(StartupSkeleton.class.getResource("/css/skeleton.css"),
            "skeleton.css").toExternalForm();

    /**
     * @param dark          whether the analyst's theme is dark
     * @param detailsShown  whether the details pane will be shown (so the outline does not jump when the view arrives)
     * @param status        the status line, e.g. "Opening the workspace…"
     */
    public StartupSkeleton(boolean dark, boolean detailsShown, String status) {
        getStyleClass().addAll("startup-skeleton", dark ? "theme-dark" : "theme-light");
        setId("startup-skeleton");
        getStylesheets().add(STYLESHEET);

        Region top = band("skeleton-top");
        top.setPrefHeight(72);

        Region sidebar = band("skeleton-sidebar");
        sidebar.prefWidthProperty().bind(widthProperty().multiply(WorkbenchView.SIDEBAR_DIVIDER));
        Region reader = band("skeleton-reader");
        HBox.setHgrow(reader, Priority.ALWAYS);
        HBox middle = new HBox(sidebar, reader);
        if (detailsShown) {
            Region details = band("skeleton-details");
            details.prefWidthProperty().bind(widthProperty().multiply(1 - WorkbenchView.DETAILS_DIVIDER));
            middle.getChildren().add(details);
        }

        Text message = new Text(status);
        message.getStyleClass().add("skeleton-status-text");
        HBox statusLine = new HBox(message);
        statusLine.getStyleClass().add("skeleton-status");

        setTop(new VBox(top));
        setCenter(middle);
        setBottom(statusLine);
    }

    private static Region band(String styleClass) {
        Region r = new Region();
        r.getStyleClass().addAll("skeleton-band", styleClass);
        return r;
    }
}
