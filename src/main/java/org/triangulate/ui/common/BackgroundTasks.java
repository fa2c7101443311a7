package org.triangulate.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triangulate.task.CancelledException;
import org.triangulate.task.Progress;

/**
 * The one way the UI runs slow work (Lucene, NLP, file I/O): off the FX thread, with title, message, progress and
 * cancel exposed as properties for the status bar. The app runs work as JavaFX {@link Task}s on one bounded
 * executor; view-model tests use {@link #inline()}, which runs the work at once on the calling thread without
 * needing the JavaFX toolkit.
 */
public final class BackgroundTasks {

    /** A piece of slow work that reports progress and may be cancelled. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** A handle on running work. */
    public interface Job {
        void cancel();
    }

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTasks.class);

    private final ExecutorService executor;
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    /** Work under way, most recently started first; the status bar follows the first. */
    private final Deque<Running> under = new ArrayDeque<>();

    private record Running(String title, Job job, Task<?> task) {
    }

    /** Work started but not yet run, for {@link #held()}; null otherwise. */
    private final java.util.List<Runnable> held;

    private BackgroundTasks(ExecutorService executor) {
        this(executor, null);
    }

    private BackgroundTasks(ExecutorService executor, java.util.List<Runnable> held) {
        this.executor = executor;
        this.held = held;
    }

    /**
     * For the app: JavaFX tasks on two worker threads, so a search or a similar-passage lookup (lock-free reads)
     * need not wait behind a long sync or extraction (which the workspace serialises itself).
     */
    public static BackgroundTasks onWorkerThread() {
        AtomicInteger n = new AtomicInteger();
        return new BackgroundTasks(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "triangulate-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }));
    }

    /** For tests: run each piece of work immediately on the calling thread. */
    public static BackgroundTasks inline() {
        return new BackgroundTasks(null);
    }

    /**
     * For tests of late results: work waits until {@link #runHeld()}, as a slow task would, then runs inline.
     */
    public static BackgroundTasks held() {
        return new BackgroundTasks(null, new java.util.ArrayList<>());
    }

    /** Runs the work {@link #held()} tasks have waiting, in the order it was started. */
    public void runHeld() {
        while (held != null && !held.isEmpty()) {
            held.remove(0).run();
        }
    }

    /**
     * Runs {@code work}; exactly one of {@code onSuccess} / {@code onError} is then called on the FX thread (on the
     * calling thread for {@link #inline()}). Cancelled work calls neither.
     */
    public <T> Job run(String taskTitle, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
        if (held != null) {
            boolean[] cancelled = {false};
            held.add(() -> {
                if (!cancelled[0]) {
                    runInline(taskTitle, work, onSuccess, onError);
                }
            });
            return () -> cancelled[0] = true;
        }
        return executor == null ? runInline(taskTitle, work, onSuccess, onError) : runAsTask(taskTitle, work, onSuccess, onError);
    }

    private <T> Job runInline(String taskTitle, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
        boolean[] cancelled = {false};
        Job job = () -> cancelled[0] = true;
        Running r = new Running(taskTitle, job, null);
        started(r);
        T result;
        try {
            result = work.run(new Progress() {
                @Override
                public void update(long done, long total, String text) {
                    message.set(text);
                    progress.set(total <= 0 ? -1 : (double) done / total);
                }

                @Override
                public boolean isCancelled() {
                    return cancelled[0];
                }
            });
        } catch (CancelledException e) {
            finished(r);
            return job;
        } catch (Exception | Error e) {
            finished(r);
            onError.accept(e);
            return job;
        }
        finished(r);
        onSuccess.accept(result);
        return job;
    }

    private <T> Job runAsTask(String taskTitle, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.run(new Progress() {
                    @Override
                    public void update(long done, long total, String text) {
                        updateMessage(text);
                        updateProgress(done, total <= 0 ? -1 : total);
                    }

                    @Override
                    public boolean isCancelled() {
                        return isCancelled0();
                    }
                });
            }

            private boolean isCancelled0() {
                return isCancelled();
            }
        };
        Job job = () -> task.cancel(false);
        Running r = new Running(taskTitle, job, task);
        task.setOnScheduled(e -> started(r));
        task.setOnSucceeded(e -> {
            finished(r);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished(r);
            if (!(task.getException() instanceof CancelledException)) {
                onError.accept(task.getException());
            }
        });
        task.setOnCancelled(e -> finished(r));
        executor.execute(task);
        return job;
    }

    private void started(Running r) {
        under.addFirst(r);
        show(under.peekFirst());
    }

    private void finished(Running r) {
        under.remove(r);
        show(under.peekFirst());
    }

    /** Points the status properties at the given work, or at nothing. */
    private void show(Running r) {
        message.unbind();
        progress.unbind();
        if (r == null) {
            title.set("");
            message.set("");
            progress.set(0);
            running.set(false);
            return;
        }
        title.set(r.title());
        if (r.task() != null) {
            message.bind(javafx.beans.binding.Bindings.when(r.task().messageProperty().isEmpty())
                    .then(r.title()).otherwise(r.task().messageProperty()));
            progress.bind(r.task().progressProperty());
        } else {
            message.set(r.title());
            progress.set(-1);
        }
        running.set(true);
    }

    /** Cancels the most recently started work, if it is still running (the status bar's cancel button). */
    public void cancelLatest() {
        Running r = under.peekFirst();
        if (r != null) {
            LOG.info("Cancelling {}", r.title());
            r.job().cancel();
        }
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public boolean isRunning() {
        return running.get();
    }

    public void shutdown() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
