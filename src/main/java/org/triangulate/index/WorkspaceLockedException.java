package org.triangulate.index;

import java.io.IOException;
import java.nio.file.Path;

/** Another Triangulate process (a window or a command) has this workspace open. */
public class WorkspaceLockedException extends IOException {

    public WorkspaceLockedException(Path index, Throwable cause) {
        super("the workspace at " + index.getParent() + " is open in another Triangulate window or command; close it and try again", cause);
    }
}
