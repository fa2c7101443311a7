package org.triangulate.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** The real dialogs: a folder chooser, ControlsFX notifications, and an alert for errors. */
public final class FxDialogs implements Dialogs {

    private final Stage owner;

    public FxDialogs(Stage owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (initial != null && Files.isDirectory(initial)) {
            chooser.setInitialDirectory(initial.toFile());
        }
        File chosen = chooser.showDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public void notify(String message) {
        if (owner.isShowing()) {
            Notifications.create().owner(owner).text(message).hideAfter(Duration.seconds(6)).showInformation();
        }
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("Triangulate");
        alert.setHeaderText(title);
        alert.setContentText(message);
        alert.show();
    }
}
