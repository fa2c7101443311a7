package org.triangulate.app;

/**
 * Starts, on a spare core, the libraries the window needs in its first second but which take long to initialise
 * in a fresh JVM: Jackson (the preferences are read before the window is built, ~0.3 s) and logback (~0.2 s).
 * JavaFX spends about half a second bringing its toolkit up first; this overlaps with it. If the window gets there
 * first, class initialisation simply waits for the warm-up instead of doing the work twice.
 */
final class StartupWarmUp {

    private StartupWarmUp() {
    }

    static void start() {
        Thread t = new Thread(() -> {
            org.triangulate.workspace.Json.mapper();
            org.slf4j.LoggerFactory.getILoggerFactory();
        }, "startup-warm-up");
        t.setDaemon(true);
        t.start();
    }
}
