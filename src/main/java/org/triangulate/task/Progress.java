package org.triangulate.task;

/**
 * How long-running core work (ingest, extraction, indexing, export) reports progress and learns it was cancelled.
 * The UI adapts a JavaFX Task to it; the CLI prints or ignores it. Implementations must be thread-safe.
 */
public interface Progress {

    /** Report that {@code done} of {@code total} units are finished; {@code message} says what is happening. */
    void update(long done, long total, String message);

    /** True once the user asked to stop; work should end soon, leaving everything consistent. */
    boolean isCancelled();

    /** Throws {@link CancelledException} if cancelled: a convenient check point inside loops. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** Progress that goes nowhere and is never cancelled. */
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
