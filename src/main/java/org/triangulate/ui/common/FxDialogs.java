package org.triangulate.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** The real dialogs: folder and save-file choosers, ControlsFX notifications, alerts for errors and questions. */
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
        // before the window shows (a case file opened from the file manager) the chooser has no owner
        File chosen = chooser.showDialog(owner.isShowing() ? owner : null);
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, Path folder, String initialName, List<FileType> types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (FileType t : types) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.description(), "*." + t.extension()));
        }
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName(initialName);
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return Optional.empty();
        }
        // GTK's chooser does not add the chosen filter's extension: add it when the name has none of the offered ones
        Path path = chosen.toPath();
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (types.stream().noneMatch(t -> name.endsWith("." + t.extension()))) {
            FileChooser.ExtensionFilter selected = chooser.getSelectedExtensionFilter();
            String ext = selected != null && !selected.getExtensions().isEmpty()
                    ? selected.getExtensions().get(0).substring(2) : types.isEmpty() ? "" : types.get(0).extension();
            if (!ext.isEmpty()) {
                path = path.resolveSibling(path.getFileName() + "." + ext);
            }
        }
        return Optional.of(path);
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

    @Override
    public boolean confirm(String title, String message, String confirmLabel, String cancelLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(cancelLabel, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, no);
        if (owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.setTitle("Triangulate");
        alert.setHeaderText(title);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }
}
