package org.triangulate.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** Every dialog and notification the window shows goes through here, so tests can replace them. */
public interface Dialogs {

    /** Asks for a corpus folder; empty if the analyst cancelled. */
    Optional<Path> chooseFolder(String title, Path initial);

    /** A short, passing notice ("5 articles read"). */
    void notify(String message);

    /** Something went wrong that the analyst must know about: a title and a plain-words explanation. */
    void showError(String title, String message);
}
