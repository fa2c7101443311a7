package org.triangulate.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import org.triangulate.nlp.RuleBasedExtractor;
import org.triangulate.task.Progress;
import org.triangulate.workspace.AppPaths;
import org.triangulate.workspace.Workspace;

/**
 * Window start-up to first frame (issue #9): the real window on the bundled sample corpus and on the bench's
 * already-ingested workspace, each next to a bare JavaFX window, every run in a fresh JVM on an X display. The
 * window code runs in {@code org.triangulate.app.StartupProbe}, named here by string: this package stays free of JavaFX.
 */
final class WindowStartup {

    static final String PROBE_CLASS = "org.triangulate.app.StartupProbe";
    static final String GOAL = "<1000 ms";
    private static final long RUN_TIMEOUT_SECONDS = 150;

    /** One kind of probe run: its arguments and, for the app, how many articles its workspace holds. */
    private record Workload(String label, List<String> args, int articles) {
    }

    private final Path work;
    private final Consumer<String> progress;

    /**
     * @param work     the bench's work folder (a throwaway {@code triangulate.home} is made inside it and deleted)
     * @param progress where progress lines go
     */
    WindowStartup(Path work, Consumer<String> progress) {
        this.work = work;
        this.progress = progress;
    }

    /**
     * Measures and adds the figures, or a note saying why they were not taken; never throws.
     *
     * @param corpusDir    the bench's generated corpus
     * @param workspaceDir its already-ingested workspace, which the window must open as is
     * @param timedRuns    timed runs per workload, after one warm-up round
     */
    void measure(Path corpusDir, Path workspaceDir, int timedRuns, List<BenchReport.Figure> figures, List<String> notes) {
        measure(VirtualDisplay.acquire(System.getenv()), corpusDir, workspaceDir, timedRuns, figures, notes);
    }

    /** As above on a given display, which this closes (stops its Xvfb). */
    void measure(VirtualDisplay acquired, Path corpusDir, Path workspaceDir, int timedRuns, List<BenchReport.Figure> figures,
                 List<String> notes) {
        try (VirtualDisplay display = acquired) {
            if (!display.available()) {
                notes.add("Window start-up to first frame was not measured: " + display.unavailable() + ".");
                return;
            }
            Path home = work.resolve("window-home").toAbsolutePath();
            try {
                List<Workload> loads = prepare(home, corpusDir, workspaceDir, notes);
                Map<Workload, List<WindowRun>> runs = run(display, home, loads, timedRuns, Map.of(), notes);
                report(display, loads, runs, timedRuns, false, figures, notes);
                Map<Workload, List<String>> shared = trainClassDataSharing(display, home, loads, notes);
                if (!shared.isEmpty()) {
                    report(display, loads, run(display, home, loads, timedRuns, shared, notes), timedRuns, true, figures, notes);
                }
            } catch (Exception e) {
                notes.add("Window start-up to first frame was not measured: " + e + ".");
            } finally {
                try {
                    Benchmark.deleteTree(home); // Files.walk does not follow the workspace link: the bench's workspace stays
                } catch (IOException e) {
                    notes.add("Could not delete " + home + ": " + e.getMessage());
                }
            }
        }
    }

    /**
     * A throwaway home whose default workspaces (where the app looks, {@link AppPaths#workspaceFor}) are ready: the
     * sample's ingested here, the bench corpus's a symbolic link to the bench's workspace. Not timed.
     */
    private List<Workload> prepare(Path home, Path corpusDir, Path workspaceDir, List<String> notes) throws IOException {
        AppPaths paths = new AppPaths(home.resolve("data"), home.resolve("config")); // as -Dtriangulate.home=home resolves
        List<Workload> loads = new ArrayList<>();
        loads.add(new Workload("bare", List.of("bare"), -1));
        Path sample = AppPaths.bundledCorpus();
        if (Files.isDirectory(sample)) {
            progress.accept("window start-up: ingesting the sample corpus into the probe's home (not timed)");
            try (Workspace ws = Workspace.open(sample, paths.workspaceFor(sample))) {
                ws.sync(Progress.NONE);
                ws.extractEntities(new RuleBasedExtractor(), Progress.NONE);
                loads.add(new Workload("bundled sample corpus", List.of("window", sample.toString()), ws.articles().size()));
            }
        } else {
            notes.add("The bundled sample corpus was not found at " + sample + "; its window start-up figure is left out.");
        }
        int articles;
        try (Workspace ws = Workspace.open(corpusDir, workspaceDir)) { // also checks that it is the corpus's workspace
            articles = ws.articles().size();
        }
        Path link = paths.workspaceFor(corpusDir);
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, workspaceDir.toAbsolutePath());
        loads.add(new Workload(String.format(Locale.ROOT, "%,d-article workspace", articles),
                List.of("window", corpusDir.toAbsolutePath().toString()), articles));
        return loads;
    }

    /** Rounds of one run per workload, interleaved so a burst of load hits one round rather than one workload. */
    private Map<Workload, List<WindowRun>> run(VirtualDisplay display, Path home, List<Workload> loads, int timedRuns,
                                               Map<Workload, List<String>> options, List<String> notes)
            throws IOException, InterruptedException {
        String mode = options.isEmpty() ? "" : " with AppCDS";
        Map<Workload, List<WindowRun>> runs = new LinkedHashMap<>();
        List<Workload> alive = new ArrayList<>(loads);
        for (int round = 0; round < 1 + timedRuns; round++) {
            progress.accept("window start-up" + mode + " round " + (round + 1) + " of " + (1 + timedRuns) + " (fresh JVMs on "
                    + display.name() + ")");
            for (Workload load : List.copyOf(alive)) {
                try {
                    WindowRun r = probe(display.name(), home, load, options.getOrDefault(load, List.of()), round + mode);
                    if (round >= 1) {
                        runs.computeIfAbsent(load, k -> new ArrayList<>()).add(r);
                    }
                } catch (IOException e) {
                    notes.add("Window start-up" + mode + ", " + load.label() + ": a probe run failed, so it is left out: "
                            + e.getMessage());
                    alive.remove(load);
                    runs.remove(load);
                }
            }
        }
        return runs;
    }

    private WindowRun probe(String display, Path home, Workload load, List<String> jvmOptions, String run)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-D" + AppPaths.HOME_PROPERTY + "=" + home, "-cp", System.getProperty("java.class.path"), PROBE_CLASS));
        command.addAll(load.args());
        Path logs = Files.createDirectories(work.resolve("window-logs"));
        String base = (load.args().get(0) + "-" + load.articles() + "-" + run).replace(' ', '-');
        Path out = logs.resolve(base + ".out");
        Path err = logs.resolve(base + ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("DISPLAY", display);
        Process p = builder.start();
        if (!p.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new IOException("no exit within " + RUN_TIMEOUT_SECONDS + " s; stderr: " + tail(err));
        }
        String line = Files.readAllLines(out, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith(WindowRun.PREFIX))
                .reduce((a, b) -> b).orElse(null);
        try {
            WindowRun r = WindowRun.parse(line);
            if (p.exitValue() != 0) {
                throw new IOException("exit " + p.exitValue() + " after reporting");
            }
            return r;
        } catch (IOException e) {
            throw new IOException(e.getMessage() + " (exit " + p.exitValue() + "); stderr: " + tail(err), e);
        }
    }

    /**
     * The packaged app-image starts with an AppCDS archive made by one training start (packaging/appcds.sh): this
     * makes the same kind of archive here, one for the app (trained on the first corpus workload, as the packaging
     * trains on the bundled sample) and one for the bare window, each with -XX:ArchiveClassesAtExit. The timed runs
     * then use {@code -Xshare:on}, so a run whose archive does not map fails and is left out instead of silently
     * timing a start without it. Returns the options per workload; empty (with a note) when training failed.
     */
    private Map<Workload, List<String>> trainClassDataSharing(VirtualDisplay display, Path home, List<Workload> loads,
                                                             List<String> notes) throws InterruptedException {
        Path bareArchive = work.resolve("window-bare.jsa").toAbsolutePath();
        Path appArchive = work.resolve("window-app.jsa").toAbsolutePath();
        for (Workload load : loads.subList(0, Math.min(2, loads.size()))) {
            Path archive = load.articles() < 0 ? bareArchive : appArchive;
            progress.accept("window start-up: AppCDS training run, " + load.label() + " (not timed)");
            try {
                Files.deleteIfExists(archive);
                probe(display.name(), home, load, List.of("-XX:ArchiveClassesAtExit=" + archive), "cds-training");
                if (!Files.isRegularFile(archive)) {
                    throw new IOException("the JVM wrote no archive");
                }
            } catch (IOException e) {
                notes.add("Window start-up with AppCDS was not measured: the training run (" + load.label() + ") failed: "
                        + e.getMessage());
                return Map.of();
            }
        }
        Map<Workload, List<String>> options = new LinkedHashMap<>();
        for (Workload load : loads) {
            Path archive = load.articles() < 0 ? bareArchive : appArchive;
            options.put(load, List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        return options;
    }

    private static String tail(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - 6), lines.size()));
    }

    private void report(VirtualDisplay display, List<Workload> loads, Map<Workload, List<WindowRun>> runs, int timedRuns,
                        boolean cds, List<BenchReport.Figure> figures, List<String> notes) {
        String mode = cds ? " with AppCDS" : "";
        List<WindowRun> bare = runs.get(loads.get(0));
        Double baseline = bare == null ? null : median(bare, WindowRun::firstFrameMs);
        String baselineName = "a bare JavaFX window (a Stage with a Label, 1440x900, no CSS theme) timed the same way in the"
                + " same kind of fresh JVM" + (cds ? ", with its own AppCDS archive" : "") + " (reference §6)";
        String how = cds
                ? "as the packaged app-image starts (packaging/appcds.sh): an AppCDS archive from one training start"
                + " (-XX:ArchiveClassesAtExit; the app's trained on the " + loads.get(Math.min(1, loads.size() - 1)).label()
                + ", the bare window's on itself), then each timed run with -XX:SharedArchiveFile=<it> -Xshare:on (a run"
                + " whose archive does not map fails rather than timing a start without it); "
                : "";
        String common = String.format(Locale.ROOT, how + "a fresh JVM per run (java -Xmx2g -cp <the bench's class path>, JavaFX"
                + " on the class path as `java -jar triangulate.jar` runs it) on %s: %s launches TriangulateApp as"
                + " Launcher does, on the corpus folder, with -Dtriangulate.home=<throwaway>; time from JVM start"
                + " (RuntimeMXBean.getStartTime) to the first frame painted and presented by the render thread (JavaFX"
                + " PerformanceTracker onRenderedFrameTask on the stage's scene). The app's first frame is its start-up"
                + " skeleton (the workbench's outline in the theme's colours, WorkbenchWindow.showSkeletonFirst); the"
                + " workbench is built 6 pulses later and replaces it; 1 warm-up round + median of %d,"
                + " rounds interleave the bare window and each corpus.", display.description(), PROBE_CLASS, timedRuns);
        for (Workload load : loads.subList(1, loads.size())) {
            List<WindowRun> rs = runs.get(load);
            if (rs == null) {
                continue;
            }
            double frame = median(rs, WindowRun::firstFrameMs);
            boolean opened = rs.stream().allMatch(r -> r.articles() == load.articles());
            String state = load.label().startsWith("bundled")
                    ? "its workspace ingested beforehand in the throwaway home (sync + rules-layer entities)"
                    : "the throwaway home's default workspace for the corpus is a symbolic link to the workspace the bench"
                    + " ingested, so the window opens it as is";
            String detail = String.format(Locale.ROOT, " The corpus: %s. Medians: JVM start to main() %.0f ms, main() to"
                    + " first frame %.0f ms, JVM start to first pulse after show() %.0f ms. The title first named %s articles"
                    + " (%d expected: %s).%s", state, median(rs, WindowRun::jvmToMainMs), median(rs, WindowRun::mainToFirstFrameMs),
                    median(rs, WindowRun::firstPulseMs), rs.get(rs.size() - 1).articles(), load.articles(),
                    opened ? "the existing workspace was opened, not re-ingested" : "NOT the prebuilt workspace",
                    rs.get(0).frameEvent().startsWith("render") ? "" : " First frame here: " + rs.get(0).frameEvent() + ".");
            figures.add(new BenchReport.Figure("window", "first frame (skeleton)" + mode + ", " + load.label(), frame, "ms", baseline,
                    baseline == null ? null : baselineName, baseline == null ? null : frame / baseline,
                    baseline == null ? null : "Triangulate / bare", GOAL, frame < 1000 && opened, common + detail));
            double workbench = median(rs, WindowRun::workbenchFrameMs);
            figures.add(new BenchReport.Figure("window", "workbench shown" + mode + ", " + load.label(), workbench, "ms",
                    baseline, baseline == null ? null : baselineName, baseline == null ? null : workbench / baseline,
                    baseline == null ? null : "Triangulate / bare", null, null, "JVM start to the first frame that shows the"
                    + " workbench itself, which replaces the start-up skeleton of the first frame once built (the menus,"
                    + " article list, reader and panes, before the corpus is open); " + common + detail));
            figures.add(new BenchReport.Figure("window", "corpus open" + mode + ", " + load.label(), median(rs, r -> r.corpusOpenMs()),
                    "ms", null, null, null, null, null, null, "JVM start to the title naming the corpus and its article"
                    + " count (workspace open, article list built; the folder's sync runs after); " + common + detail));
        }
        if (bare == null) {
            notes.add("Window start-up" + mode + ": the bare JavaFX baseline could not be run, so the window figures have no baseline.");
        }
    }

    private static double median(List<WindowRun> runs, ToDoubleFunction<WindowRun> f) {
        return Stats.median(runs.stream().map(r -> f.applyAsDouble(r)).toList());
    }
}
