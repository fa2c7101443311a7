package org.triangulate.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The X display the window probes draw on: {@code $DISPLAY} when set, else a private Xvfb started here (and stopped
 * on {@link #close()}), else none, with the reason. The bench never fails for want of a display.
 */
final class VirtualDisplay implements AutoCloseable {

    static final String SCREEN = "1600x1000x24";

    private final String name;
    private final String description;
    private final Process xvfb;
    private final String unavailable;

    private VirtualDisplay(String name, String description, Process xvfb, String unavailable) {
        this.name = name;
        this.description = description;
        this.xvfb = xvfb;
        this.unavailable = unavailable;
    }

    /** $DISPLAY if set in {@code env}, else a new Xvfb if it is on env's PATH. */
    static VirtualDisplay acquire(java.util.Map<String, String> env) {
        String display = env.get("DISPLAY");
        if (display != null && !display.isBlank()) {
            return new VirtualDisplay(display, "the session's display " + display, null, null);
        }
        if (!onPath("Xvfb", env.get("PATH"))) {
            return new VirtualDisplay(null, null, null, "no DISPLAY is set and Xvfb is not on the PATH (Debian: apt-get install xvfb)");
        }
        Process p = null;
        try {
            // -displayfd: Xvfb picks a free display number itself and writes it once it accepts connections, so
            // there is neither a race for the number nor a guess at when the server is ready.
            p = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", SCREEN, "-nolisten", "tcp")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII));
            String number = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (IOException e) {
                    return null;
                }
            }).get(15, TimeUnit.SECONDS);
            if (number == null || !number.strip().matches("\\d+")) {
                throw new IOException("Xvfb did not report a display number (exit " + (p.isAlive() ? "-" : p.exitValue()) + ")");
            }
            String name = ":" + number.strip();
            return new VirtualDisplay(name, "a private Xvfb " + name + " (screen " + SCREEN + ", started and stopped by the bench)", p, null);
        } catch (Exception e) {
            if (p != null) {
                p.destroyForcibly();
            }
            return new VirtualDisplay(null, null, null, "Xvfb could not be started: " + e);
        }
    }

    static boolean onPath(String program, String path) {
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    boolean available() {
        return name != null;
    }

    /** The value for the children's DISPLAY. */
    String name() {
        return name;
    }

    String description() {
        return description;
    }

    /** Why there is no display. */
    String unavailable() {
        return unavailable;
    }

    @Override
    public void close() {
        if (xvfb == null) {
            return;
        }
        xvfb.destroy();
        try {
            if (!xvfb.waitFor(5, TimeUnit.SECONDS)) {
                xvfb.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            xvfb.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
