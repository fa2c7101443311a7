package org.triangulate.ui.common;

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
    private final AtomicInteger active = new AtomicInteger();
    private volatile Job latest;

    private BackgroundTasks(ExecutorService executor) {
        this.executor = executor;
    }

    /** For the app: JavaFX tasks on one worker thread, so workspace work is naturally serialised. */
    public static BackgroundTasks onWorkerThread() {
        return new BackgroundTasks(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "triangulate-worker");
            t.setDaemon(true);
            return t;
        }));
    }

    /** For tests: run each piece of work immediately on the calling thread. */
    public static BackgroundTasks inline() {
        return new BackgroundTasks(null);
    }

    /**
     * Runs {@code work}; exactly one of {@code onSuccess} / {@code onError} is then called on the FX thread (on the
     * calling thread for {@link #inline()}). Cancelled work calls neither.
     */
    public <T> Job run(String taskTitle, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
        return executor == null ? runInline(taskTitle, work, onSuccess, onError) : runAsTask(taskTitle, work, onSuccess, onError);
    }

    private <T> Job runInline(String taskTitle, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
        boolean[] cancelled = {false};
        Job job = () -> cancelled[0] = true;
        started(taskTitle, job);
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
            finished(job);
            return job;
        } catch (Exception | Error e) {
            finished(job);
            onError.accept(e);
            return job;
        }
        finished(job);
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
        task.setOnScheduled(e -> {
            started(taskTitle, job);
            message.bind(task.messageProperty());
            progress.bind(task.progressProperty());
        });
        task.setOnSucceeded(e -> {
            finished(job);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished(job);
            if (!(task.getException() instanceof CancelledException)) {
                onError.accept(task.getException());
            }
        });
        task.setOnCancelled(e -> finished(job));
        executor.execute(task);
        return job;
    }

    private void started(String taskTitle, Job job) {
        active.incrementAndGet();
        latest = job;
        title.set(taskTitle);
        message.unbind();
        progress.unbind();
        message.set(taskTitle);
        progress.set(-1);
        running.set(true);
    }

    private void finished(Job job) {
        if (active.decrementAndGet() <= 0) {
            active.set(0);
            message.unbind();
            progress.unbind();
            message.set("");
            progress.set(0);
            title.set("");
            running.set(false);
        }
        if (latest == job) {
            latest = null;
        }
    }

    /** Cancels the most recently started work, if it is still running (the status bar's cancel button). */
    public void cancelLatest() {
        Job job = latest;
        if (job != null) {
            LOG.info("Cancelling {}", title.get());
            job.cancel();
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
