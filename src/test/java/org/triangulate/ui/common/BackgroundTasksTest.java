package org.triangulate.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The app's way of running work: JavaFX tasks on a worker thread, results and errors back on the FX thread. */
@ExtendWith(ApplicationExtension.class)
class BackgroundTasksTest {

    private final BackgroundTasks tasks = BackgroundTasks.onWorkerThread();

    @AfterEach
    void shutdown() {
        tasks.shutdown();
    }

    @Test
    void workRunsOffTheFxThreadAndTheResultArrivesOnIt() throws Exception {
        AtomicBoolean workOnFx = new AtomicBoolean(true);
        AtomicBoolean resultOnFx = new AtomicBoolean(false);
        AtomicReference<String> result = new AtomicReference<>();
        Platform.runLater(() -> tasks.run("Counting", p -> {
            workOnFx.set(Platform.isFxApplicationThread());
            return "done";
        }, r -> {
            resultOnFx.set(Platform.isFxApplicationThread());
            result.set(r);
        }, e -> { }));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> result.get() != null);
        assertThat(workOnFx).isFalse();
        assertThat(resultOnFx).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tasks.isRunning()).isFalse();
    }

    @Test
    void progressAndMessageReachTheStatusBarAndCancelStopsTheWork() throws Exception {
        CountDownLatch reported = new CountDownLatch(1);
        AtomicBoolean succeeded = new AtomicBoolean(false);
        AtomicBoolean stoppedByCancel = new AtomicBoolean(false);
        Platform.runLater(() -> tasks.run("Reading", p -> {
            p.update(1, 4, "Reading a.txt");
            reported.countDown();
            while (!p.isCancelled()) {
                Thread.onSpinWait();
            }
            stoppedByCancel.set(true);
            p.checkCancelled();
            return "never";
        }, r -> succeeded.set(true), e -> { }));
        assertThat(reported.await(10, TimeUnit.SECONDS)).isTrue();
        // message and progress reach the FX thread as separate updates: wait for both rather than read one after the other
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Reading a.txt".equals(tasks.messageProperty().get())
                && tasks.progressProperty().get() == 0.25);
        assertThat(tasks.progressProperty().get()).isEqualTo(0.25);
        assertThat(tasks.isRunning()).isTrue();
        WaitForAsyncUtils.asyncFx(tasks::cancelLatest).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, stoppedByCancel::get);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !tasks.isRunning());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(succeeded).isFalse();
    }

    @Test
    void failuresGoToTheErrorHandler() throws Exception {
        AtomicReference<Throwable> error = new AtomicReference<>();
        Platform.runLater(() -> tasks.run("Failing", p -> {
            throw new IOException("disk full");
        }, r -> { }, error::set));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> error.get() != null);
        assertThat(error.get()).hasMessage("disk full");
    }
}
