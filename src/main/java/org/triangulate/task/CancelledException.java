package org.triangulate.task;

/** Thrown from inside core work when the user cancelled it. */
public class CancelledException extends RuntimeException {

    public CancelledException() {
        super("cancelled", null, false, false);
    }
}
