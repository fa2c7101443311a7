package org.triangulate.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Every dialog and notification the window shows goes through here, so tests can replace them. */
public interface Dialogs {

    /** Asks for a corpus folder; empty if the analyst cancelled. */
    Optional<Path> chooseFolder(String title, Path initial);

    /** A short, passing notice ("5 articles read"). */
    void notify(String message);

    /** Something went wrong that the analyst must know about: a title and a plain-words explanation. */
    void showError(String title, String message);

    /**
     * Asks where to save a file, offering {@code types} (the first is the default); empty if the analyst cancelled.
     * The default answers "cancelled", so implementations written before this method keep compiling.
     *
     * @param folder      the folder to start in, or null
     * @param initialName the file name proposed
     */
    default Optional<Path> chooseSaveFile(String title, Path folder, String initialName, List<FileType> types) {
        return Optional.empty();
    }

    /**
     * A yes/no question the analyst must answer before anything happens; true for {@code confirmLabel}. The default
     * answers no (the cautious answer), so implementations written before this method keep compiling.
     */
    default boolean confirm(String title, String message, String confirmLabel, String cancelLabel) {
        return false;
    }

    /** A kind of file offered by {@link #chooseSaveFile}: "PDF", "pdf". */
    record FileType(String description, String extension) {
    }
}
