package org.triangulate.ui.workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;
import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.triangulate.ui.commands.ActionCatalogue;
import org.triangulate.ui.commands.AppAction;
import org.triangulate.ui.commands.CommandPalette;
import org.triangulate.ui.commands.KeyDispatcher;
import org.triangulate.ui.commands.ShortcutSheet;
import org.triangulate.ui.common.LazyTab;
import org.triangulate.ui.common.Themes;
import org.triangulate.ui.entities.EntityLegend;
import org.triangulate.ui.entities.EntityPanelView;
import org.triangulate.ui.reader.ReaderView;
import org.triangulate.ui.briefing.BriefingView;
import org.triangulate.ui.briefing.BriefingViewModel;
import org.triangulate.ui.claims.ClaimsActions;
import org.triangulate.ui.commands.ActionSpec;
import org.triangulate.ui.entities.EntityCorrectionsActions;
import org.triangulate.ui.entities.EntityCorrectionsViewModel;
import org.triangulate.ui.claims.ClaimsPanelView;
import org.triangulate.ui.claims.ClaimsViewModel;
import org.triangulate.ui.conflicts.ConflictsActions;
import org.triangulate.ui.conflicts.ConflictsView;
import org.triangulate.ui.conflicts.ConflictsViewModel;
import org.triangulate.ui.search.SearchResultsView;

/**
 * The workbench window's content: menu bar and toolbar (from the action catalogue), the corpus and entities on the
 * left, the side-by-side reader in the centre, search results and details on the right, the status bar below, and
 * the command palette and shortcut sheet as overlays. Builds nodes and binds them to the view model; nothing more.
 */
public final class WorkbenchView extends StackPane implements WorkbenchActions.Window {

    /**
     * Where the sidebar and the details pane start, as fractions of the width: at the default 1368 px window two
     * reader columns fit beside the details pane, and three once it is hidden.
     */
    static final double SIDEBAR_DIVIDER = 0.23;
    static final double DETAILS_DIVIDER = 0.74;

    private final WorkbenchViewModel vm;
    private final ActionCatalogue catalogue;
    private final ArticleListView articleList;
    private final EntityPanelView entityPanel;
    private final ReaderView readerView;
    private final CustomTextField searchField = new CustomTextField();
    private final TabPane sideTabs = new TabPane();
    private final LazyTab<SearchResultsView> searchTab;
    private final SplitPane main = new SplitPane();
    private final SplitPane sidebar = new SplitPane();
    private final Node rightPane;
    private final CommandPalette palette;
    private final ShortcutSheet shortcuts;
    private final Menu recentMenu = new Menu("Open recent");
    private Runnable onQuit = () -> { };
    /** Where the details pane's divider was when it was hidden, to put it back there. */
    private Double detailsDivider;
    /** Set at the analyst's first key or click; until then reopened articles may take the keyboard. */
    private boolean analystActed;

    /** @param keysChanged called when the analyst rebinds keys, to save them */
    public WorkbenchView(WorkbenchViewModel vm, ClaimsViewModel claims, ConflictsViewModel conflicts,
                         EntityCorrectionsViewModel corrections, BriefingViewModel briefing,
                         Consumer<ActionCatalogue> keysChanged) {
        this.vm = vm;
        getStyleClass().add("workbench");
        this.catalogue = WorkbenchActions.create(vm, this);
        this.articleList = new ArticleListView(vm, vm::openArticle);
        this.entityPanel = new EntityPanelView(vm);
        this.readerView = new ReaderView(vm.reader(), id -> {
            var ws = vm.workspaceProperty().get();
            if (ws != null) {
                ws.article(id).ifPresent(vm::openArticle);
            }
        });
        // Only the selected side tab is built with the workbench; the others on first use (see LazyTab).
        LazyTab<ClaimsPanelView> claimsTab = new LazyTab<>("Claims", () -> new ClaimsPanelView(claims));
        claimsTab.setId("claims-tab");
        javafx.beans.property.BooleanProperty conflictListFocused = new javafx.beans.property.SimpleBooleanProperty();
        LazyTab<ConflictsView> conflictsTab = new LazyTab<>("Conflicts", () -> {
            ConflictsView view = new ConflictsView(conflicts);
            conflictListFocused.bind(view.list().focusedProperty());
            return view;
        });
        conflictsTab.setId("conflicts-tab");
        ClaimsActions.define(catalogue, claims, readerView.focusWithinProperty(), () -> {
            vm.detailsVisibleProperty().set(true);
            sideTabs.getSelectionModel().select(claimsTab);
            claimsTab.content().focusTree();
        });
        ConflictsActions.define(catalogue, conflicts, conflictListFocused, () -> {
            vm.detailsVisibleProperty().set(true);
            sideTabs.getSelectionModel().select(conflictsTab);
            conflictsTab.content().focusList();
        });
        EntityCorrectionsActions.define(catalogue, corrections);
        LazyTab<BriefingView> briefingTab = new LazyTab<>("Briefing", () -> new BriefingView(briefing));
        briefingTab.setId("briefing-tab");
        catalogue.define(new ActionSpec("file.export-briefing", "Export the briefing (Markdown or PDF)…", "File",
                Material2MZ.PICTURE_AS_PDF, List.of("Shortcut+E"), true), briefing::chooseAndExport); // the view model: the tab stays unbuilt
        catalogue.define(new ActionSpec("file.export-case", "Export the case for a colleague…", "File",
                Material2MZ.SAVE_ALT, List.of("Shortcut+Shift+S"), false), () -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle("Export the case");
            chooser.setInitialFileName("case.triangulate");
            java.io.File f = chooser.showSaveDialog(getScene().getWindow());
            if (f != null) {
                claims.exportCase(f.toPath());
            }
        });
        catalogue.define(new ActionSpec("view.briefing", "Go to the briefing", "View", null, List.of("Shortcut+6"), false), () -> {
            vm.detailsVisibleProperty().set(true);
            sideTabs.getSelectionModel().select(briefingTab);
        });
        this.palette = new CommandPalette(catalogue, this::recentFolderEntries);
        this.shortcuts = new ShortcutSheet(catalogue, keysChanged);

        VBox articlesBox = new VBox(panelHeading("Articles", vm.corpusLabelProperty()), articleList);
        VBox.setVgrow(articleList, Priority.ALWAYS);
        articlesBox.getStyleClass().add("sidebar-section");
        sidebar.setOrientation(Orientation.VERTICAL);
        sidebar.getItems().setAll(articlesBox, entityPanel);
        sidebar.setDividerPositions(0.45);
        sidebar.getStyleClass().add("sidebar");

        readerView.overflowingProperty().addListener((o, was, now) -> {
            String message = "The columns do not all fit: the reader scrolls sideways ("
                    + catalogue.get("reader.previous-column").keysText() + " and " + catalogue.get("reader.next-column").keysText()
                    + " move between columns); hiding the details pane (" + catalogue.get("view.toggle-details").keysText()
                    + ") gives them room";
            if (now) {
                vm.statusMessageProperty().set(message);
            } else if (message.equals(vm.statusMessageProperty().get())) {
                vm.statusMessageProperty().set("");
            }
        });
        VBox centre = new VBox(readerView);
        VBox.setVgrow(readerView, Priority.ALWAYS);
        centre.getStyleClass().add("centre");

        searchTab = new LazyTab<>("Search", () -> new SearchResultsView(vm.search()));
        Tab detailsTab = new Tab("Details", new DetailsView(vm));
        sideTabs.getTabs().setAll(detailsTab, searchTab, claimsTab, conflictsTab, briefingTab);
        sideTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        sideTabs.setId("side-tabs");
        // The pane never gets narrower than its five tab names, which would otherwise hide behind an overflow menu.
        sideTabs.skinProperty().addListener((o, a, skin) -> javafx.application.Platform.runLater(this::fitTabs));
        sideTabs.widthProperty().addListener((o, a, w) -> javafx.application.Platform.runLater(this::widenDetailsToItsMinimum));
        vm.themeProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(this::fitTabs));
        rightPane = sideTabs;
        vm.reader().selectedEntityKeyProperty().addListener((o, a, b) -> {
            if (b != null) {
                sideTabs.getSelectionModel().select(detailsTab);
            }
        });
        vm.reader().similarPassagesProperty().addListener((o, a, b) -> sideTabs.getSelectionModel().select(detailsTab));

        main.getItems().setAll(sidebar, centre, rightPane);
        main.setDividerPositions(SIDEBAR_DIVIDER, DETAILS_DIVIDER);
        SplitPane.setResizableWithParent(sidebar, false);
        SplitPane.setResizableWithParent(rightPane, false);
        vm.detailsVisibleProperty().addListener((o, a, b) -> showDetailsPane(b));
        showDetailsPane(vm.detailsVisibleProperty().get());

        BorderPane layout = new BorderPane(main);
        layout.setTop(new VBox(menuBar(), toolBar()));
        layout.setBottom(statusBar());
        // The palette and the shortcut sheet join the scene when first shown: styling them is start-up work nobody sees.
        getChildren().add(layout);

        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        setOnDragDropped(e -> {
            if (e.getDragboard().hasFiles()) {
                vm.openDropped(e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
                e.setDropCompleted(true);
                e.consume();
            }
        });
    }

    public ActionCatalogue catalogue() {
        return catalogue;
    }

    public void setOnQuit(Runnable onQuit) {
        this.onQuit = onQuit;
    }

    /**
     * Hooks the catalogue's keys and the theme to the scene, and gives the keyboard to the article list (so the
     * first A, j or Enter works at once, instead of typing into the search box) or, once remembered articles have
     * been reopened, to the reader.
     */
    public void install(Scene scene) {
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> analystActed = true);
        scene.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> analystActed = true);
        new KeyDispatcher(catalogue, () -> palette.isVisible() || shortcuts.isVisible()).install(scene);
        Themes.apply(scene, vm.themeProperty().get());
        vm.themeProperty().addListener((o, a, b) -> Themes.apply(scene, b));
        // Articles reopen when the corpus has been read, often after the window is up: they take the keyboard
        // then, unless the analyst has already started somewhere else. (A change listener, so the reader has
        // built their columns first.)
        vm.reader().columns().addListener((ListChangeListener<org.triangulate.ui.reader.ColumnViewModel>) c -> {
            if (!analystActed && !vm.reader().columns().isEmpty()) {
                focusReader();
            }
        });
        // When the workbench replaces the start-up skeleton, the scene hands the keyboard to its first control on
        // the next pulse, whatever was asked before: take it back until the analyst does something.
        scene.focusOwnerProperty().addListener((o, was, now) -> {
            if (!analystActed && now != null && now != articleList && !readerView.isInside(now)) {
                javafx.application.Platform.runLater(this::focusAtStart);
            }
        });
        focusAtStart();
    }

    private void focusAtStart() {
        if (analystActed) {
            return;
        }
        if (vm.reader().columns().isEmpty()) {
            articleList.requestFocus();
        } else {
            readerView.focusCurrentColumn();
        }
    }

    private void fitTabs() {
        if (sideTabs.lookup(".tab-header-area") instanceof Region area && area.lookup(".headers-region") instanceof Region headers) {
            sideTabs.applyCss();
            double width = 0;
            for (Node tab : headers.getChildrenUnmodifiable()) {
                width += ((Region) tab).prefWidth(-1);
            }
            // TabPaneSkin counts its overflow button and a 10 px spacer in when it decides whether the tabs fit
            double menuButton = area.lookup(".control-buttons-tab") instanceof Region r ? Math.max(28, r.prefWidth(-1)) : 28;
            sideTabs.setMinWidth(Math.ceil(width + menuButton + 10 + area.getInsets().getLeft() + area.getInsets().getRight()
                    + headers.getInsets().getLeft() + headers.getInsets().getRight()) + 4);
            widenDetailsToItsMinimum();
        }
    }

    /** The split pane places its dividers by fraction, whatever the panes' minimum widths: move the last one back. */
    private void widenDetailsToItsMinimum() {
        double[] positions = main.getDividerPositions();
        if (!main.getItems().contains(rightPane) || positions.length < 2 || main.getWidth() <= 0
                || sideTabs.getWidth() >= sideTabs.getMinWidth() - 0.5) {
            return;
        }
        double wanted = 1 - (sideTabs.getMinWidth() + 6) / main.getWidth();
        main.setDividerPosition(positions.length - 1, Math.max(positions[0] + 0.15, wanted));
    }

    // ---- layout state, for the preferences

    public Map<String, Double> dividers() {
        Map<String, Double> d = new HashMap<>();
        double[] m = main.getDividerPositions();
        d.put("sidebar", m.length > 0 ? m[0] : SIDEBAR_DIVIDER);
        if (m.length > 1) {
            d.put("details", m[1]);
        } else if (detailsDivider != null) {
            d.put("details", detailsDivider);
        }
        double[] s = sidebar.getDividerPositions();
        d.put("articles", s.length > 0 ? s[0] : 0.45);
        return d;
    }

    public void setDividers(Map<String, Double> d) {
        if (d.containsKey("details")) {
            detailsDivider = d.get("details");
        }
        if (main.getItems().size() == 3) {
            main.setDividerPositions(d.getOrDefault("sidebar", SIDEBAR_DIVIDER), d.getOrDefault("details", DETAILS_DIVIDER));
        } else {
            main.setDividerPositions(d.getOrDefault("sidebar", SIDEBAR_DIVIDER));
        }
        sidebar.setDividerPositions(d.getOrDefault("articles", 0.45));
    }

    private void showDetailsPane(boolean show) {
        boolean shown = main.getItems().contains(rightPane);
        if (show && !shown) {
            double sidebarPos = main.getDividerPositions().length > 0 ? main.getDividerPositions()[0] : SIDEBAR_DIVIDER;
            main.getItems().add(rightPane);
            main.setDividerPositions(sidebarPos, detailsDivider == null ? DETAILS_DIVIDER : detailsDivider);
        } else if (!show && shown) {
            detailsDivider = main.getDividerPositions()[1];
            main.getItems().remove(rightPane);
        }
    }

    // ---- WorkbenchActions.Window

    @Override
    public void focusArticles() {
        articleList.focusList();
    }

    @Override
    public void focusEntities() {
        entityPanel.focusFilter();
    }

    /** The reader's focused column; with none open, the article list, where Enter or A opens one. */
    @Override
    public void focusReader() {
        if (vm.reader().columns().isEmpty()) {
            articleList.focusList();
            vm.statusMessageProperty().set("No article is open: Enter opens the selected article, A the next one");
            return;
        }
        readerView.focusCurrentColumn();
    }

    @Override
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    @Override
    public void showCommandPalette() {
        shortcuts.hide();
        addOverlay(palette);
        palette.show(getScene() == null ? null : getScene().getFocusOwner());
    }

    @Override
    public void showShortcuts() {
        palette.hide();
        addOverlay(shortcuts);
        shortcuts.show(getScene() == null ? null : getScene().getFocusOwner());
    }

    private void addOverlay(Node overlay) {
        if (!getChildren().contains(overlay)) {
            getChildren().add(overlay);
        }
    }

    @Override
    public void quit() {
        onQuit.run();
    }

    // ---- building

    private MenuBar menuBar() {
        MenuBar bar = new MenuBar();
        bar.setId("menu-bar");
        java.util.Map<String, List<AppAction>> menus = new java.util.LinkedHashMap<>(catalogue.byMenu());
        List<AppAction> help = menus.remove("Help");
        if (help != null) {
            menus.put("Help", help); // Help is always the last menu
        }
        menus.forEach((name, actions) -> {
            Menu menu = new Menu(name);
            for (AppAction a : actions) {
                menu.getItems().add(menuItem(a));
                if (a.id().equals("file.open-folder")) {
                    menu.getItems().add(recentMenu);
                }
                if (a.id().equals("view.focus-articles") || a.id().equals("file.reread")) {
                    menu.getItems().add(menu.getItems().size() - 1, new SeparatorMenuItem());
                }
            }
            bar.getMenus().add(menu);
        });
        vm.recentCorpora().addListener((ListChangeListener<Path>) c -> fillRecent());
        fillRecent();
        return bar;
    }

    /** File › Open recent, in the command palette: the recent folders but the one open now. */
    private List<AppAction> recentFolderEntries() {
        var ws = vm.workspaceProperty().get();
        return vm.recentCorpora().stream()
                .filter(p -> Files.isDirectory(p) && (ws == null || !ws.corpusDir().equals(p)))
                .map(p -> AppAction.of(new ActionSpec("file.open-recent", "Open recent folder: " + p.getFileName() + "  (" + p + ")",
                        "File", Material2AL.FOLDER_OPEN, List.of(), false), () -> vm.openCorpus(p)))
                .toList();
    }

    private void fillRecent() {
        recentMenu.getItems().setAll(vm.recentCorpora().stream().map(p -> {
            MenuItem item = new MenuItem(p.getFileName() + "  —  " + p);
            item.setMnemonicParsing(false);
            item.setDisable(!Files.isDirectory(p));
            item.setOnAction(e -> vm.openCorpus(p));
            return item;
        }).toList());
        recentMenu.setDisable(vm.recentCorpora().isEmpty());
    }

    /**
     * Menu items show their keys. Keys with Ctrl/Alt become accelerators (for display; the key dispatcher consumes
     * the press first); plain keys (J, K) are written into the label, so typing "j" in a text field never fires them.
     */
    private MenuItem menuItem(AppAction a) {
        MenuItem item = new MenuItem();
        item.setMnemonicParsing(false);
        if (a.spec().icon() != null) {
            item.setGraphic(new FontIcon(a.spec().icon()));
        }
        Runnable update = () -> {
            List<KeyCombination> keys = a.keys();
            KeyCombination first = keys.isEmpty() ? null : keys.get(0);
            boolean chord = first != null && (first.getControl() == KeyCombination.ModifierValue.DOWN
                    || first.getShortcut() == KeyCombination.ModifierValue.DOWN || first.getAlt() == KeyCombination.ModifierValue.DOWN
                    || first.getMeta() == KeyCombination.ModifierValue.DOWN);
            item.setAccelerator(chord ? first : null);
            item.setText(first != null && !chord ? a.label() + "    (" + first.getDisplayText() + ")" : a.label());
        };
        update.run();
        a.keysProperty().addListener((o, x, y) -> update.run());
        item.disableProperty().bind(a.disabledProperty());
        item.setOnAction(e -> a.fire());
        item.setId("menu-" + a.id());
        return item;
    }

    private HBox toolBar() {
        ToolBar bar = new ToolBar();
        bar.setId("tool-bar");
        for (AppAction a : catalogue.all()) {
            if (a.spec().onToolbar()) {
                Button b = new Button(null, a.spec().icon() == null ? null : new FontIcon(a.spec().icon()));
                b.getStyleClass().addAll("button-icon", "flat");
                b.setFocusTraversable(false);
                Tooltip tip = new Tooltip();
                tip.textProperty().bind(a.keysProperty().map(k -> a.label() + (a.keysText().isEmpty() ? "" : "  (" + a.keysText() + ")")));
                b.setTooltip(tip);
                b.setAccessibleText(a.label());
                b.disableProperty().bind(a.disabledProperty());
                b.setOnAction(e -> a.fire());
                bar.getItems().add(b);
            }
        }
        EntityLegend legend = new EntityLegend(vm);
        legend.setMinWidth(Region.USE_PREF_SIZE); // never narrower than its toggles: it would run under the search box
        searchField.setId("search-field");
        searchField.setPromptText("Search (" + catalogue.get("search.focus").keys().stream().findFirst()
                .map(KeyCombination::getDisplayText).orElse("") + ")");
        searchField.setTooltip(new Tooltip("Lucene syntax: APT31 \"Electoral Commission\", cyber*, Dowdne~1, title:…,"
                + " date:2024-03*\nEnter searches; Enter or " + catalogue.get("search.next-hit").keysText()
                + " again goes to the next hit"));
        searchField.setPrefColumnCount(16);
        searchField.setLeft(new FontIcon(Material2MZ.SEARCH));
        Button clear = new Button(null, new FontIcon(Material2AL.CLOSE));
        clear.getStyleClass().addAll("button-icon", "flat", "small");
        clear.setFocusTraversable(false);
        clear.setOnAction(e -> {
            searchField.clear();
            vm.search().clear();
        });
        clear.visibleProperty().bind(searchField.textProperty().isNotEmpty());
        searchField.setRight(clear);
        searchField.textProperty().bindBidirectional(vm.search().queryProperty());
        searchField.setOnAction(e -> {
            vm.search().submit();
            if (vm.search().resultsProperty().get() != null || vm.search().errorProperty().get() != null) {
                sideTabs.getSelectionModel().select(searchTab);
            }
            if (!vm.detailsVisibleProperty().get()) {
                vm.detailsVisibleProperty().set(true);
            }
        });
        vm.search().resultsProperty().addListener((o, a, b) -> {
            if (b != null) {
                sideTabs.getSelectionModel().select(searchTab);
            }
        });
        vm.search().errorProperty().addListener((o, a, b) -> {
            searchField.pseudoClassStateChanged(atlantafx.base.theme.Styles.STATE_DANGER, b != null);
            if (b != null) {
                sideTabs.getSelectionModel().select(searchTab);
            }
        });
        // The legend and the search box sit beside the toolbar, not in it, so a narrow window never hides them in
        // the toolbar's overflow menu.
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar.setMinWidth(Region.USE_PREF_SIZE);
        searchField.setMinWidth(200);
        javafx.scene.control.Separator separator = new javafx.scene.control.Separator(Orientation.VERTICAL);
        HBox top = new HBox(8, bar, separator, legend, spacer, searchField);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("top-bar");
        // The legend names its types while the toolbar, the named legend and the search box at its narrowest fit;
        // in a narrower window it shows only its swatches (each keeps its name in the tooltip).
        // Measured against the window, not the bar itself: the bar is never laid out narrower than its own minimum
        // (which includes the named legend), so its width alone would never say "too narrow".
        Runnable fit = () -> {
            javafx.geometry.Insets in = top.getInsets();
            double needed = in.getLeft() + in.getRight() + top.getSpacing() * 4 + bar.prefWidth(-1)
                    + separator.prefWidth(-1) + legend.widthWithNames() + searchField.minWidth(-1);
            double available = top.getScene() == null ? top.getWidth() : top.getScene().getWidth();
            legend.setCompact(available < needed);
        };
        top.widthProperty().addListener((o, a, w) -> fit.run());
        top.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.widthProperty().addListener((oo, aa, w) -> fit.run());
                fit.run();
            }
        });
        vm.themeProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(fit));
        return top;
    }

    private StatusBar statusBar() {
        StatusBar status = new StatusBar();
        status.setId("status-bar");
        var tasks = vm.tasks();
        status.textProperty().bind(javafx.beans.binding.Bindings.when(tasks.runningProperty())
                .then(tasks.messageProperty()).otherwise(vm.statusMessageProperty()));
        status.progressProperty().bind(javafx.beans.binding.Bindings.when(tasks.runningProperty())
                .then(tasks.progressProperty()).otherwise(0.0));
        Button cancel = new Button("Cancel", new FontIcon(Material2AL.CLOSE));
        cancel.getStyleClass().addAll("small", "flat");
        cancel.setId("cancel-task");
        cancel.visibleProperty().bind(tasks.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> tasks.cancelLatest());
        AppAction cancelWork = catalogue.get("file.cancel-work");
        Tooltip cancelTip = new Tooltip();
        cancelTip.textProperty().bind(cancelWork.keysProperty().map(k -> "Cancel the work under way"
                + (cancelWork.keysText().isEmpty() ? "" : "  (" + cancelWork.keysText() + ")")));
        cancel.setTooltip(cancelTip);
        Label corpus = new Label();
        corpus.textProperty().bind(vm.corpusLabelProperty());
        corpus.getStyleClass().add("status-corpus");
        status.getRightItems().addAll(cancel, corpus);
        return status;
    }

    private static HBox panelHeading(String text, javafx.beans.value.ObservableValue<String> detail) {
        Label heading = new Label(text);
        heading.getStyleClass().add("panel-heading");
        Label sub = new Label();
        sub.textProperty().bind(detail);
        sub.getStyleClass().add("panel-subheading");
        HBox box = new HBox(8, heading, sub);
        box.setAlignment(Pos.BASELINE_LEFT);
        box.getStyleClass().add("panel-heading-row");
        return box;
    }
}
