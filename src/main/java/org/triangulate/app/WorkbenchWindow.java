package org.triangulate.app;

import java.io.IOException;
import java.nio.file.Path;
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
import org.triangulate.ui.common.Dialogs;
import org.triangulate.ui.common.PreferencesStore;
import org.triangulate.ui.common.UiPreferences;
import org.triangulate.ui.workbench.WorkbenchView;
import org.triangulate.ui.workbench.WorkbenchViewModel;
import org.triangulate.workspace.AppPaths;

/**
 * The composition root of the window: builds the view model and view from the services it is given (paths,
 * extractor, background tasks, dialogs), restores and saves the preferences. The app and the UI tests both start
 * the window through here, with real or test services.
 */
public final class WorkbenchWindow {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchWindow.class);

    private final AppPaths paths;
    private final Supplier<EntityExtractor> extractor;
    private final BackgroundTasks tasks;
    private final Function<Stage, Dialogs> dialogs;
    private final PreferencesStore store;
    private UiPreferences prefs;
    private WorkbenchViewModel vm;
    private WorkbenchView view;
    private Stage stage;

    public WorkbenchWindow(AppPaths paths, Supplier<EntityExtractor> extractor, BackgroundTasks tasks, Function<Stage, Dialogs> dialogs) {
        this.paths = paths;
        this.extractor = extractor;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.store = new PreferencesStore(paths.configDir());
    }

    /** Shows the window on {@code stage} and opens a corpus: {@code requested}, else the last one, else {@code bundled}. */
    public void show(Stage stage, Path requested, Path bundled) {
        this.stage = stage;
        prefs = store.load();
        Dialogs dialogService = dialogs.apply(stage);
        vm = new WorkbenchViewModel(tasks, paths, extractor, dialogService);
        vm.apply(prefs);
        view = new WorkbenchView(vm, this::keysChanged);
        view.catalogue().applyCustomKeys(prefs.keyBindings());
        view.setOnQuit(stage::close);

        Scene scene = new Scene(view, 1280, 800);
        view.install(scene);
        stage.setScene(scene);
        stage.setTitle("Triangulate");
        vm.corpusLabelProperty().addListener((o, a, b) -> stage.setTitle("Triangulate — " + b));
        restoreBounds(stage, prefs.window());
        stage.setOnHidden(e -> saveAndClose());
        stage.show();
        view.setDividers(prefs.dividers());
        if (store.loadProblem() != null) {
            dialogService.notify(store.loadProblem());
        }
        vm.startUp(requested, prefs, bundled);
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
        UiPreferences base = new UiPreferences(UiPreferences.FORMAT_VERSION, prefs.theme(), bounds, view.dividers(),
                prefs.detailsVisible(), prefs.lastCorpus(), prefs.recentCorpora(), prefs.openArticles(), prefs.hiddenTypes(),
                view.catalogue().customKeys());
        return vm.toPreferences(base);
    }

    /** Saves the preferences now (a small file; the window is closing or the analyst just changed a key). */
    public void save() {
        if (vm == null) {
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
        if (vm == null) {
            return;
        }
        save();
        vm.close();
        vm = null;
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
