package org.triangulate.workspace;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triangulate.casefile.CaseFile;
import org.triangulate.casefile.CaseHistory;

/**
 * The case an analyst is working on: its undo history and a debounced autosave shortly after every change (undo
 * included), on a background thread, through {@link CaseStore}'s crash-safe save. Edits come from one thread (the
 * UI thread or a command); the saver only reads immutable snapshots.
 */
public final class CaseSession implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(CaseSession.class);
    public static final Duration AUTOSAVE_DELAY = Duration.ofMillis(800);

    private final CaseStore store;
    private final CaseStore.Loaded loaded;
    private final CaseHistory history;
    private final Duration delay;
    private final ScheduledExecutorService saver = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "case-autosave");
        t.setDaemon(true);
        return t;
    });
    private final List<Consumer<Exception>> saveFailureListeners = new CopyOnWriteArrayList<>();
    private ScheduledFuture<?> pending;
    private volatile CaseFile lastSaved;

    private CaseSession(CaseStore store, CaseStore.Loaded loaded, Duration delay) {
        this.store = store;
        this.loaded = loaded;
        this.delay = delay;
        this.history = new CaseHistory(loaded.kase());
        this.lastSaved = loaded.problem() == null ? loaded.kase() : null;
        history.addListener(this::scheduleSave);
    }

    /** Opens the case of a workspace; a damaged case file is kept aside and reported in {@link #loaded()}. */
    public static CaseSession open(Path workspaceDir) throws IOException {
        return open(workspaceDir, AUTOSAVE_DELAY);
    }

    public static CaseSession open(Path workspaceDir, Duration autosaveDelay) throws IOException {
        CaseStore store = new CaseStore(workspaceDir);
        return new CaseSession(store, store.load(), autosaveDelay);
    }

    /** What opening found, including a problem to show the analyst and whether a backup can be restored. */
    public CaseStore.Loaded loaded() {
        return loaded;
    }

    public CaseHistory history() {
        return history;
    }

    public CaseFile current() {
        return history.current();
    }

    /** Applies an undoable edit; it is saved shortly after. */
    public CaseFile apply(String description, UnaryOperator<CaseFile> edit) {
        return history.apply(description, edit);
    }

    /** Replaces the case with the previous save (after a damaged file), as an undoable step. */
    public void restoreBackup() throws IOException {
        CaseFile backup = store.restoreBackup();
        history.apply("Restore previous save", k -> backup);
    }

    /**
     * Writes a copy of the case elsewhere (File › Export case), naming the corpus it belongs to so that opening the
     * file (double-click on a {@code .triangulate} file) finds the articles; the session keeps saving to its workspace.
     */
    public void exportTo(Path file, Path corpusDir) throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode tree = Json.mapper().valueToTree(history.current());
        tree.put(CaseImport.CORPUS_FIELD, corpusDir.toAbsolutePath().normalize().toString());
        AtomicFiles.writeExport(file, Json.mapper().writeValueAsBytes(tree));
    }

    /** Called on the saver thread when a save fails; the case stays in memory and the next change retries. */
    public void addSaveFailureListener(Consumer<Exception> listener) {
        saveFailureListeners.add(listener);
    }

    /** True while a change has not reached the disk. */
    public boolean isDirty() {
        return lastSaved != history.current();
    }

    private synchronized void scheduleSave(CaseFile kase) {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = saver.schedule(() -> save(kase), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void save(CaseFile kase) {
        try {
            store.save(kase);
            lastSaved = kase;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not save the case to {}: {}", store.file(), e.toString());
            saveFailureListeners.forEach(l -> l.accept(e));
        }
    }

    /**
     * Saves now if anything changed since the last save, and waits for it. The save runs on the saver thread like
     * every autosave, so an autosave already under way can never land after (and over) this newer one.
     */
    public void flush() throws IOException {
        synchronized (this) {
            if (pending != null) {
                pending.cancel(false);
                pending = null;
            }
        }
        CaseFile kase = history.current();
        if (kase == lastSaved || saver.isShutdown()) {
            return;
        }
        try {
            saver.submit(() -> {
                store.save(kase);
                lastSaved = kase;
                return null;
            }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while saving the case", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException("could not save the case", e.getCause());
        }
    }

    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            saver.shutdownNow();
        }
    }
}
