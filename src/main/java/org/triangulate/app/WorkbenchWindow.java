package org.triangulate.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triangulate.nlp.EntityExtractor;
import org.triangulate.ui.commands.ActionCatalogue;
import org.triangulate.ui.common.BackgroundTasks;
import org.triangulate.corpus.TextSpan;
import org.triangulate.ui.briefing.BriefingViewModel;
import org.triangulate.claims.ClaimView;
import org.triangulate.ui.claims.ClaimPrompts;
import org.triangulate.ui.claims.ClaimReader;
import org.triangulate.ui.claims.ClaimTarget;
import org.triangulate.ui.claims.ClaimsViewModel;
import org.triangulate.ui.claims.FxClaimPrompts;
import org.triangulate.ui.common.Dialogs;
import org.triangulate.ui.conflicts.ConflictsViewModel;
import org.triangulate.ui.entities.EntityCorrectionsViewModel;
import org.triangulate.ui.reader.ColumnViewModel;
import org.triangulate.ui.reader.HighlightLayers;
import org.triangulate.ui.common.PreferencesStore;
import org.triangulate.ui.common.UiPreferences;
import org.triangulate.ui.workbench.StartupSkeleton;
import org.triangulate.ui.workbench.WorkbenchView;
import org.triangulate.ui.workbench.WorkbenchViewModel;
import org.triangulate.workspace.AppPaths;
import org.triangulate.workspace.Workspace;

/**
 * The composition root of the window: builds the view model and view from the services it is given (paths,
 * extractor, background tasks, dialogs), restores and saves the preferences. The app and the UI tests both start
 * the window through here, with real or test services.
 */
public final class WorkbenchWindow {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchWindow.class);
    /** Pulses (about 16 ms each) the start-up skeleton stays before the workbench is built: see showSkeletonFirst. */
    private static final int SKELETON_PULSES = 6;

    private final AppPaths paths;
    private final Function<Workspace, EntityExtractor> extractor;
    private final BackgroundTasks tasks;
    private final Function<Stage, Dialogs> dialogs;
    private final PreferencesStore store;
    private UiPreferences prefs;
    private WorkbenchViewModel vm;
    private WorkbenchView view;
    private ClaimsViewModel claims;
    private ConflictsViewModel conflicts;
    /** Null until the workbench is built (see showSkeletonFirst). */
    private BriefingViewModel briefing;
    private Dialogs dialogService;
    /** The analyst's prompts (dialogs over this window), shared by the view models. */
    private ClaimPrompts prompts;
    private Stage stage;
    /** Set once the window has saved and closed; late results from background work then change nothing. */
    private boolean closed;

    public WorkbenchWindow(AppPaths paths, Supplier<EntityExtractor> extractor, BackgroundTasks tasks, Function<Stage, Dialogs> dialogs) {
        this(tasks, paths, ws -> extractor.get(), dialogs);
    }

    /** @param extractor the extractor for a workspace (the app's reads the workspace's own gazetteer) */
    public WorkbenchWindow(BackgroundTasks tasks, AppPaths paths, Function<Workspace, EntityExtractor> extractor,
                           Function<Stage, Dialogs> dialogs) {
        this.paths = paths;
        this.extractor = extractor;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.store = new PreferencesStore(paths.configDir());
    }

    /**
     * Shows the window on {@code stage} with the whole workbench built before its first frame, and opens a corpus:
     * {@code requested}, else the last one, else {@code bundled}. The UI tests use this: everything exists on return.
     */
    public void show(Stage stage, Path requested, Path bundled) {
        Dialogs dialogService = prepare(stage);
        Scene scene = sizedScene(buildView());
        stage.setScene(scene);
        attachView(scene);
        stage.show();
        viewShown(dialogService);
        startWork(requested, bundled);
    }

    /**
     * As {@link #show}, but the window appears at once with the workbench's outline ({@link StartupSkeleton}) and
     * the workbench replaces it right after that first frame. In a cold JVM the controls, the theme and their first
     * CSS pass take most of a second; the analyst sees the window meanwhile instead of nothing. The app starts this way.
     */
    public void showSkeletonFirst(Stage stage, Path requested, Path bundled) {
        Dialogs dialogService = prepare(stage);
        Scene scene = sizedScene(new StartupSkeleton("dark".equals(prefs.theme()), prefs.detailsVisible(),
                requested != null ? "Opening " + requested.getFileName() + "…" : "Opening the workspace…"));
        stage.setScene(scene);
        stage.show();
        // The workspace opens on a worker while the skeleton shows and the workbench is built; the views show
        // whatever has arrived when they are built and follow it from there.
        startWork(requested, bundled);
        // Built a few pulses after the skeleton is shown. The window manager maps the window asynchronously, and GTK
        // repaints it on the FX thread: building at once would block that thread before the mapped window got its
        // first paint, and the analyst would see a blank window until the build ends, not the skeleton.
        new javafx.animation.AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses < SKELETON_PULSES) {
                    return;
                }
                stop();
                // outside the pulse: opening the corpus may show a dialog, which must not wait inside an animation
                javafx.application.Platform.runLater(() -> replaceSkeleton(scene, dialogService));
            }
        }.start();
    }

    private void replaceSkeleton(Scene scene, Dialogs dialogService) {
        if (closed) {
            return;
        }
        try {
            WorkbenchView built = buildView();
            scene.setRoot(built);
            attachView(scene);
            viewShown(dialogService);
        } catch (RuntimeException | LinkageError e) {
            // without this the window would stay on "Opening…" for good: say why and close instead
            LOG.error("The workbench could not be built", e);
            dialogService.showError("Triangulate could not start", String.valueOf(e));
            stage.close();
        }
    }

    /** Whether the workbench view has replaced the start-up skeleton (at once for {@link #show}). */
    public boolean isBuilt() {
        return view != null && view.getScene() != null;
    }

    /** The preferences and the view models, the title, icons and bounds: everything but the view. */
    private Dialogs prepare(Stage stage) {
        this.stage = stage;
        prefs = store.load();
        Dialogs dialogService = dialogs.apply(stage);
        this.dialogService = dialogService;
        vm = new WorkbenchViewModel(tasks, paths, extractor, dialogService);
        vm.apply(prefs);
        prompts = new FxClaimPrompts(stage);
        claims = new ClaimsViewModel(tasks, prompts);
        conflicts = new ConflictsViewModel(tasks, claims, prompts);
        connectClaims(dialogService);
        stage.setTitle("Triangulate");
        loadIcons(stage);
        vm.corpusLabelProperty().addListener((o, a, b) -> stage.setTitle("Triangulate — " + b));
        restoreBounds(stage, prefs.window());
        stage.setOnHidden(e -> saveAndClose());
        return dialogService;
    }

    private WorkbenchView buildView() {
        EntityCorrectionsViewModel corrections = new EntityCorrectionsViewModel(claims, prompts, correctionContext());
        corrections.messageProperty().addListener((o, was, now) -> {
            if (!closed) {
                vm.statusMessageProperty().set(now);
            }
        });
        briefing = new BriefingViewModel(tasks, claims, prompts, dialogService);
        briefing.restore(prefs.analyst(), prefs.paperSize());
        briefing.setOnExported(WorkbenchWindow::openWithDesktop);
        briefing.analystProperty().addListener((o, was, now) -> save());
        briefing.paperProperty().addListener((o, was, now) -> save());
        WorkbenchView built = new WorkbenchView(vm, claims, conflicts, corrections, briefing, this::keysChanged);
        built.catalogue().applyCustomKeys(prefs.keyBindings());
        built.setOnQuit(stage::close);
        return built;
    }

    private static Scene sizedScene(javafx.scene.Parent root) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return new Scene(root, Math.min(1440, screen.getWidth() * 0.95), Math.min(900, screen.getHeight() * 0.95));
    }

    /** The view is the scene's root: its keys and theme go on the scene. */
    private void attachView(Scene scene) {
        view = (WorkbenchView) scene.getRoot();
        view.install(scene);
    }

    /** After the view is on screen: its dividers, and a problem reading the preferences. */
    private void viewShown(Dialogs dialogService) {
        view.setDividers(prefs.dividers());
        if (store.loadProblem() != null) {
            dialogService.notify(store.loadProblem());
        }
    }

    /** Opens the corpus and starts saving the remembered state as it changes. */
    private void startWork(Path requested, Path bundled) {
        vm.startUp(requested, prefs, bundled);
        autosave();
    }

    /**
     * Decodes the window icons on their own thread: decoding the PNGs on the FX thread cost a fifth of the time to the
     * first frame, and the window manager can take the icons a moment later.
     */
    private static void loadIcons(Stage stage) {
        Thread t = new Thread(() -> {
            List<javafx.scene.image.Image> icons = new java.util.ArrayList<>();
            for (String icon : new String[]{"/icons/app-256.png", "/icons/app-512.png"}) {
                var url = WorkbenchWindow.class.getResource(icon);
                if (url != null) {
                    icons.add(new javafx.scene.image.Image(url.toExternalForm()));
                }
            }
            javafx.application.Platform.runLater(() -> stage.getIcons().setAll(icons));
        }, "window-icons");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Saves a second after the remembered state changes (articles opened or closed, theme, hidden types, a new
     * corpus), so a crash or a killed process loses at most that second, not the session.
     */
    private void autosave() {
        javafx.animation.PauseTransition quiet = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
        quiet.setOnFinished(e -> save());
        javafx.beans.InvalidationListener later = o -> quiet.playFromStart();
        vm.reader().columns().addListener(later);
        vm.themeProperty().addListener(later);
        vm.detailsVisibleProperty().addListener(later);
        vm.reader().hiddenTypesProperty().addListener(later);
        vm.recentCorpora().addListener(later);
    }

    /**
     * Ties the claims and conflicts panels to the window: they follow the open workspace, regroup when entities
     * arrive, point at what the reader points at, outline claims in the reader and scroll it to a claim or variant.
     */
    private void connectClaims(Dialogs dialogService) {
        // Save failures are reported from the autosave thread: show them on the FX thread.
        claims.setErrorListener(e -> javafx.application.Platform.runLater(() ->
                dialogService.showError("Could not save or update the claims", String.valueOf(e.getMessage()))));
        vm.workspaceProperty().addListener((o, was, ws) -> claims.open(ws));
        if (vm.workspaceProperty().get() != null) {
            claims.open(vm.workspaceProperty().get());
        }
        vm.entities().addListener((javafx.beans.InvalidationListener) o -> claims.refresh());
        // Undo and redo can change the case's entity corrections: show the entities as the case now has them.
        claims.caseProperty().addListener((o, was, now) -> {
            if (closed) {
                return;
            }
            var ws = vm.workspaceProperty().get();
            if (ws != null && now != null && (was == null || !was.entityCorrections().equals(now.entityCorrections()))) {
                ws.setEntityCorrections(now.entityCorrections());
                vm.entitiesChanged();
            }
        });
        claims.connectReader(new ReaderForClaims());
        conflicts.connectReader(v -> revealInReader(v.articleId(), v.start()));
        claims.overviewProperty().addListener((o, was, now) -> {
            if (closed) {
                return; // a late result after the window closed
            }
            vm.reader().setClaimMarks(id -> claims.claimsIn(id).stream()
                    .map(c -> new HighlightLayers.ClaimMark(c.start(), c.end(), c.id() != null)).toList());
        });
        conflicts.reportProperty().addListener((o, was, now) -> {
            if (!closed) {
                vm.reader().columns().forEach(this::markConflicts);
            }
        });
        vm.reader().columns().addListener((javafx.collections.ListChangeListener<ColumnViewModel>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::markConflicts);
            }
        });
    }

    /** Marks the quotes of the column's article that are variants of a conflict; open wins over resolved. */
    private void markConflicts(ColumnViewModel column) {
        var report = conflicts.reportProperty().get();
        java.util.Map<TextSpan, Boolean> resolvedBySpan = new java.util.LinkedHashMap<>();
        if (report != null) {
            for (var c : report.conflicts()) {
                for (var v : c.conflict().variants()) {
                    if (v.articleId().equals(column.article().id()) && v.end() > v.start()) {
                        resolvedBySpan.merge(new TextSpan(v.start(), v.end()), !c.isOpen(), Boolean::logicalAnd);
                    }
                }
            }
        }
        column.conflictsProperty().set(resolvedBySpan.entrySet().stream()
                .map(e -> new HighlightLayers.ConflictMark(e.getKey().start(), e.getKey().end(), e.getValue())).toList());
    }

    /** The reader as the claim keys see it: the focused column's target, and moving it on. */
    private final class ReaderForClaims implements ClaimReader {

        @Override
        public java.util.Optional<ClaimTarget> target() {
            return claimTarget();
        }

        @Override
        public void reveal(ClaimView claim) {
            revealInReader(claim.articleId(), claim.start());
        }

        @Override
        public void moveTo(String articleId, TextSpan span) {
            ColumnViewModel column = vm.reader().columnOf(articleId);
            if (column == null) {
                return; // the analyst closed the column meanwhile
            }
            vm.reader().focusColumn(vm.reader().columns().indexOf(column));
            column.reveal(span.start());
            vm.reader().chooseSentence(column, span);
        }

        @Override
        public void extendBySentence(int direction) {
            ColumnViewModel column = vm.reader().focusedColumn();
            if (column != null) {
                column.extendBySentence(direction);
            }
        }
    }

    /** Opens an exported file with the desktop's viewer, if the machine has one (xdg-open); never blocks the UI. */
    private static void openWithDesktop(Path file) {
        Thread t = new Thread(() -> {
            try {
                new ProcessBuilder("xdg-open", file.toString()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException | RuntimeException e) {
                LOG.info("No desktop viewer for {}: {}", file, e.toString());
            }
        }, "open-export");
        t.setDaemon(true);
        t.start();
    }

    /** What entity corrections act on: the selected entity, the mention at the caret, the selected text. */
    private EntityCorrectionsViewModel.Context correctionContext() {
        return new EntityCorrectionsViewModel.Context() {
            @Override
            public org.triangulate.workspace.Workspace workspace() {
                return vm.workspaceProperty().get();
            }

            @Override
            public String selectedEntityKey() {
                return vm.reader().selectedEntityKeyProperty().get();
            }

            @Override
            public java.util.Optional<EntityCorrectionsViewModel.MentionAt> mentionAtCaret() {
                ColumnViewModel column = vm.reader().focusedColumn();
                if (column == null || column.mentionAt(column.caret()) == null) {
                    return java.util.Optional.empty();
                }
                return java.util.Optional.of(new EntityCorrectionsViewModel.MentionAt(column.article(), column.mentionAt(column.caret())));
            }

            @Override
            public java.util.Optional<EntityCorrectionsViewModel.SpanIn> selection() {
                ColumnViewModel column = vm.reader().focusedColumn();
                if (column == null || column.selectionProperty().get() == null) {
                    return java.util.Optional.empty();
                }
                return java.util.Optional.of(new EntityCorrectionsViewModel.SpanIn(column.article(), column.selectionProperty().get()));
            }

            @Override
            public void corrected() {
                vm.entitiesChanged();
            }
        };
    }

    /**
     * The focused column's selection, else its current sentence as extended by Shift+J / Shift+K, else its current
     * sentence, else the sentence at its caret.
     */
    private java.util.Optional<ClaimTarget> claimTarget() {
        ColumnViewModel column = vm.reader().focusedColumn();
        if (column == null) {
            return java.util.Optional.empty();
        }
        TextSpan span = column.selectionProperty().get();
        if (span == null) {
            span = column.extendedSelectionProperty().get();
        }
        if (span == null) {
            span = column.chosenSentenceProperty().get();
        }
        if (span == null) {
            span = column.article().sentenceAt(column.caret());
        }
        return span == null ? java.util.Optional.empty() : java.util.Optional.of(new ClaimTarget(column.article(), span));
    }

    /** Shows an offset of an article in its column, opening the article in a new column if it is not open. */
    private void revealInReader(String articleId, int offset) {
        var ws = vm.workspaceProperty().get();
        if (ws == null) {
            return;
        }
        ColumnViewModel column = vm.reader().columnOf(articleId);
        if (column == null) {
            column = ws.article(articleId).map(vm.reader()::open).orElse(null);
        }
        if (column != null) {
            column.reveal(offset);
        }
    }

    public ClaimsViewModel claimsViewModel() {
        return claims;
    }

    public ConflictsViewModel conflictsViewModel() {
        return conflicts;
    }

    public WorkbenchViewModel viewModel() {
        return vm;
    }

    public WorkbenchView view() {
        return view;
    }

    private void keysChanged(ActionCatalogue catalogue) {
        save();
    }

    /** The current state as preferences (window bounds, dividers, keys and everything the view model holds). */
    UiPreferences currentPreferences() {
        UiPreferences.WindowBounds bounds = stage == null ? prefs.window()
                : new UiPreferences.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
        // the view is null when the window closes before it was built (see showSkeletonFirst)
        UiPreferences base = new UiPreferences(UiPreferences.FORMAT_VERSION, prefs.theme(), bounds,
                view == null ? prefs.dividers() : view.dividers(), prefs.detailsVisible(), prefs.lastCorpus(),
                prefs.recentCorpora(), prefs.openArticles(), prefs.hiddenTypes(),
                view == null ? prefs.keyBindings() : view.catalogue().customKeys());
        return vm.toPreferences(base).withBriefing(briefing == null ? prefs.analyst() : briefing.analystToRemember(),
                briefing == null ? prefs.paperSize() : briefing.paperToRemember());
    }

    /** Saves the preferences now (a small file; the window is closing or the analyst just changed a key). */
    public void save() {
        if (vm == null || closed) {
            return;
        }
        prefs = currentPreferences();
        try {
            store.save(prefs);
        } catch (IOException e) {
            LOG.warn("Could not save preferences to {}", store.file(), e);
        }
    }

    /** Saves and closes the workspace; safe to call twice. */
    public void saveAndClose() {
        if (vm == null || closed) {
            return;
        }
        save();
        if (claims != null) {
            claims.close(); // saves the case now rather than after the autosave delay
        }
        vm.close();
        closed = true; // the view model stays, so a listener that fires late finds it rather than null
    }

    private static void restoreBounds(Stage stage, UiPreferences.WindowBounds b) {
        if (b == null || b.width() < 400 || b.height() < 300) {
            return;
        }
        boolean visible = Screen.getScreens().stream().map(Screen::getVisualBounds)
                .anyMatch(r -> r.intersects(new Rectangle2D(b.x(), b.y(), b.width(), b.height())));
        if (visible) {
            stage.setX(b.x());
            stage.setY(b.y());
        }
        stage.setWidth(b.width());
        stage.setHeight(b.height());
        stage.setMaximized(b.maximized());
    }
}
