package org.triangulate.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.triangulate.ui.common.Dialogs;

/** Dialogs for tests: remembers what would have been shown and answers folder choices from a preset. */
public final class RecordingDialogs implements Dialogs {

    public final List<String> notices = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public Path folderToChoose;

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        return Optional.ofNullable(folderToChoose);
    }

    @Override
    public void notify(String message) {
        notices.add(message);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }
}
