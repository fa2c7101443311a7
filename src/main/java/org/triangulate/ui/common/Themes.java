package org.triangulate.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;

/** Applies the AtlantaFX theme (light or dark) and our own stylesheet, which holds every colour of the app. */
public final class Themes {

    public static final String APP_CSS = Objects.requireNonNull(Themes.class.getResource("/css/app.css"), "app.css").toExternalForm();

    private Themes() {
    }

    public static void apply(Scene scene, String theme) {
        boolean dark = "dark".equals(theme);
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        if (!scene.getStylesheets().contains(APP_CSS)) {
            scene.getStylesheets().add(APP_CSS);
        }
        scene.getRoot().getStyleClass().removeAll("theme-light", "theme-dark");
        scene.getRoot().getStyleClass().add(dark ? "theme-dark" : "theme-light");
    }
}
