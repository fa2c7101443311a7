package org.triangulate.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.triangulate.ui.common.Dialogs;

/**
 * Dialogs for tests: remembers what would have been shown and answers folder choices, save-file choices and
 * questions from presets.
 */
public final class RecordingDialogs implements Dialogs {

    public final List<String> notices = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    /** Questions asked, as "title: message". */
    public final List<String> questions = new ArrayList<>();
    /** Save-file choosers shown, as "title: initial name". */
    public final List<String> saveChoosers = new ArrayList<>();
    public Path folderToChoose;
    /** The file a save chooser answers, or null for cancel. */
    public Path fileToSave;
    /** The answer to {@link #confirm}. */
    public boolean confirmAnswer;

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        return Optional.ofNullable(folderToChoose);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, Path folder, String initialName, List<FileType> types) {
        saveChoosers.add(title + ": " + initialName);
        return Optional.ofNullable(fileToSave);
    }

    @Override
    public void notify(String message) {
        notices.add(message);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel, String cancelLabel) {
        questions.add(title + ": " + message);
        return confirmAnswer;
    }
}
