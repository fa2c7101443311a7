package org.triangulate.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.triangulate.workspace.AppPaths;
import org.triangulate.workspace.Json;

/**
 * Times the window's start-up in a fresh JVM for the {@code bench} command: launches the real {@link TriangulateApp}
 * (as {@link Launcher} does) on a corpus folder, or a bare JavaFX window (a Stage with a Label) as the baseline,
 * and prints one line {@code PROBE {json}} with the times from JVM start and from {@code main()} to
 * <ul>
 *   <li>{@code firstPulse}: the first pulse after the stage is shown (an {@link AnimationTimer}'s first frame, as
 *       performance-reference §6 measures it);</li>
 *   <li>{@code firstLayout}: the end of CSS and layout of that first pulse (the scene's post-layout pulse listener);</li>
 *   <li>{@code firstFrame}: the first frame painted and presented by the render thread (JavaFX's scene performance
 *       tracker; falls back to {@code firstLayout} when the tracker cannot be reached, and says so);</li>
 *   <li>{@code workbenchFrame}: the first frame that shows the workbench itself. The app shows a start-up skeleton
 *       first ({@link WorkbenchWindow#showSkeletonFirst}) and swaps the workbench in: this is the first frame
 *       presented after the first layout pulse with the workbench as the scene's root. The FX thread builds the
 *       workbench for hundreds of milliseconds with no pulse, so no skeleton frame is still in flight by then.
 *       Without a skeleton (the bare window), the first frame;</li>
 *   <li>{@code corpusOpen} (app only): the title first names the corpus with its article count, i.e. the workspace
 *       is open and its article list built (before the folder is synced).</li>
 * </ul>
 * Needs {@code -Dtriangulate.home} (a throwaway folder) so it never reads or writes the analyst's settings.
 *
 * <pre>
 * StartupProbe window CORPUS     the Triangulate window on CORPUS; waits for the corpus to open (60 s at most)
 * StartupProbe bare              the baseline window
 * </pre>
 */
public final class StartupProbe {

    public static final String PREFIX = "PROBE ";
    private static final long CORPUS_TIMEOUT_SECONDS = 60;
    /** The title once the workspace is open: "Triangulate — NAME · N article(s)". */
    private static final Pattern OPENED_TITLE = Pattern.compile(" · (\\d+) articles?$");

    private static final long MAIN_MILLIS = System.currentTimeMillis();
    private static final AtomicLong FIRST_PULSE = new AtomicLong();
    private static final AtomicLong FIRST_LAYOUT = new AtomicLong();
    private static final AtomicLong FIRST_FRAME = new AtomicLong();
    private static final AtomicLong CORPUS_OPEN = new AtomicLong();
    private static final AtomicLong WORKBENCH_LAYOUT = new AtomicLong();
    private static final AtomicLong WORKBENCH_FRAME = new AtomicLong();
    private static final CountDownLatch WORKBENCH_SEEN = new CountDownLatch(1);
    private static final AtomicBoolean HOOKED = new AtomicBoolean();
    private static final CountDownLatch FRAME_SEEN = new CountDownLatch(1);
    private static final CountDownLatch CORPUS_SEEN = new CountDownLatch(1);
    private static volatile String frameEvent = "render thread: first frame presented (PerformanceTracker.onRenderedFrameTask)";
    private static volatile String openedTitle;
    private static volatile int articles = -1;

    private StartupProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !(args[0].equals("bare") || args[0].equals("window") && args.length == 2)) {
            System.err.println("usage: StartupProbe window CORPUS | StartupProbe bare");
            System.exit(2);
        }
        String home = System.getProperty(AppPaths.HOME_PROPERTY);
        if (home == null || home.isBlank()) {
            System.err.println("StartupProbe needs -D" + AppPaths.HOME_PROPERTY + "=<a throwaway folder>: it must not touch your settings");
            System.exit(2);
        }
        if (System.getProperty("triangulate.log.dir") == null) { // as Launcher does, before anything logs
            System.setProperty("triangulate.log.dir", AppPaths.forCurrentUser().logDir().toString());
        }
        boolean app = args[0].equals("window");
        // Installed before the toolkit starts, so the stage is caught as it is shown, whoever shows it.
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(w -> watch(w, app));
            }
        });
        Thread reporter = new Thread(() -> report(app), "startup-probe-report");
        reporter.setDaemon(true);
        reporter.start();
        // launch() returns after Platform.exit(), once the app's stop() has saved and closed the workspace.
        if (app) {
            StartupWarmUp.start(); // as Launcher does
            Application.launch(TriangulateApp.class, Path.of(args[1]).toAbsolutePath().normalize().toString());
        } else {
            Application.launch(BareWindow.class);
        }
        reporter.join(TimeUnit.SECONDS.toMillis(10));
        System.exit(0);
    }

    /** Hooks the first pulse, layout and rendered frame of the first stage shown, and the corpus title. */
    private static void watch(Window window, boolean app) {
        if (!(window instanceof Stage stage) || stage.getScene() == null || !HOOKED.compareAndSet(false, true)) {
            return;
        }
        Scene scene = stage.getScene();
        boolean skeleton = scene.getRoot() instanceof org.triangulate.ui.workbench.StartupSkeleton;
        try {
            com.sun.javafx.perf.PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(() -> {
                long now = System.currentTimeMillis();
                if (FIRST_FRAME.compareAndSet(0, now)) {
                    FRAME_SEEN.countDown();
                    if (!skeleton) {
                        workbenchFrame(now);
                    }
                } else if (WORKBENCH_LAYOUT.get() != 0) {
                    workbenchFrame(now);
                }
            });
        } catch (RuntimeException | LinkageError e) {
            // JavaFX as named modules without an export of com.sun.javafx.perf: time the first layout instead
            frameEvent = "first pulse's layout done (the render thread's tracker was not reachable: " + e + ")";
        }
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                FIRST_PULSE.compareAndSet(0, System.currentTimeMillis());
                stop();
            }
        }.start();
        Runnable[] layout = new Runnable[1];
        layout[0] = () -> {
            FIRST_LAYOUT.compareAndSet(0, System.currentTimeMillis());
            scene.removePostLayoutPulseListener(layout[0]);
            if (frameEvent.startsWith("first pulse")) {
                FIRST_FRAME.compareAndSet(0, FIRST_LAYOUT.get());
                FRAME_SEEN.countDown();
                if (!skeleton) {
                    workbenchFrame(FIRST_LAYOUT.get());
                }
            }
        };
        scene.addPostLayoutPulseListener(layout[0]);
        if (skeleton) {
            Runnable[] workbenchLayout = new Runnable[1];
            workbenchLayout[0] = () -> {
                if (scene.getRoot() instanceof org.triangulate.ui.workbench.StartupSkeleton) {
                    return;
                }
                WORKBENCH_LAYOUT.compareAndSet(0, System.currentTimeMillis());
                scene.removePostLayoutPulseListener(workbenchLayout[0]);
                if (frameEvent.startsWith("first pulse")) {
                    workbenchFrame(WORKBENCH_LAYOUT.get());
                }
            };
            scene.addPostLayoutPulseListener(workbenchLayout[0]);
        }
        if (app) {
            stage.titleProperty().addListener((o, was, title) -> {
                Matcher m = title == null ? null : OPENED_TITLE.matcher(title);
                if (m != null && m.find() && CORPUS_OPEN.compareAndSet(0, System.currentTimeMillis())) {
                    openedTitle = title;
                    articles = Integer.parseInt(m.group(1));
                    CORPUS_SEEN.countDown();
                }
            });
        }
    }

    private static void workbenchFrame(long at) {
        if (WORKBENCH_FRAME.compareAndSet(0, at)) {
            WORKBENCH_SEEN.countDown();
        }
    }

    /** Waits for the frame (and the corpus), prints the line, then quits the app as a user would. */
    private static void report(boolean app) {
        try {
            boolean frame = FRAME_SEEN.await(CORPUS_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            boolean workbench = WORKBENCH_SEEN.await(CORPUS_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            boolean corpus = !app || CORPUS_SEEN.await(CORPUS_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime(); // read after the timers, as §6 does
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("mode", app ? "window" : "bare");
            out.put("frameEvent", frameEvent);
            out.put("jvmStartToMainMs", MAIN_MILLIS - jvmStart);
            put(out, "FirstPulse", FIRST_PULSE.get(), jvmStart);
            put(out, "FirstLayout", FIRST_LAYOUT.get(), jvmStart);
            put(out, "FirstFrame", frame ? FIRST_FRAME.get() : 0, jvmStart);
            put(out, "WorkbenchFrame", workbench ? WORKBENCH_FRAME.get() : 0, jvmStart);
            if (app) {
                put(out, "CorpusOpen", corpus ? CORPUS_OPEN.get() : 0, jvmStart);
                out.put("articles", articles);
                out.put("title", openedTitle);
            }
            System.out.println(PREFIX + Json.mapper().writer()
                    .without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
            System.out.flush();
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            Platform.exit();
        }
    }

    private static void put(Map<String, Object> out, String what, long at, long jvmStart) {
        out.put("jvmStartTo" + what + "Ms", at == 0 ? null : at - jvmStart);
        out.put("mainTo" + what + "Ms", at == 0 ? null : at - MAIN_MILLIS);
    }

    /** The baseline: the least a JavaFX window costs, a Stage with a Label. */
    public static final class BareWindow extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("Triangulate")), 1440, 900));
            stage.setTitle("Triangulate");
            stage.show();
        }
    }
}
