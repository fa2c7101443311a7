package org.triangulate.ui.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triangulate.corpus.Article;
import org.triangulate.index.SimilarPassage;
import org.triangulate.index.WorkspaceLockedException;
import org.triangulate.nlp.Entity;
import org.triangulate.nlp.EntityExtractor;
import org.triangulate.nlp.EntityType;
import org.triangulate.nlp.Mention;
import org.triangulate.ui.common.BackgroundTasks;
import org.triangulate.ui.common.Dialogs;
import org.triangulate.ui.common.EntityTypeLabels;
import org.triangulate.ui.common.UiPreferences;
import org.triangulate.ui.reader.ColumnViewModel;
import org.triangulate.ui.reader.ReaderViewModel;
import org.triangulate.ui.search.SearchViewModel;
import org.triangulate.workspace.AppPaths;
import org.triangulate.workspace.SyncReport;
import org.triangulate.workspace.Workspace;

/**
 * The state of the whole window: which corpus is open, its articles and entities, the reader and search, the theme
 * and the details pane. Opening a corpus shows what the index already knows at once, then syncs the folder and
 * extracts entities in the background, filling in as results arrive.
 */
public final class WorkbenchViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchViewModel.class);
    private static final int MAX_RECENT = 8;

    private final BackgroundTasks tasks;
    private final AppPaths paths;
    private final java.util.function.Function<Workspace, EntityExtractor> extractor;
    private final Dialogs dialogs;

    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>();
    private final StringProperty corpusLabel = new SimpleStringProperty("No corpus open");
    private final ObservableList<ArticleRow> articles = FXCollections.observableArrayList();
    private final ObservableList<Entity> entities = FXCollections.observableArrayList();
    private final StringProperty entityFilter = new SimpleStringProperty("");
    private final FilteredList<Entity> filteredEntities = new FilteredList<>(entities);
    private final ObjectProperty<Details> details = new SimpleObjectProperty<>(Details.nothing());
    private final StringProperty theme = new SimpleStringProperty("light");
    private final BooleanProperty detailsVisible = new SimpleBooleanProperty(true);
    private final StringProperty statusMessage = new SimpleStringProperty("");
    private final ObservableList<Path> recentCorpora = FXCollections.observableArrayList();
    private final ReaderViewModel reader;
    private final SearchViewModel search;
    /** Counts requests to open a corpus, so only the latest one is kept when several overlap. */
    private long openRequests;
    /** The entity extraction under way, cancelled before the workspace closes. */
    private BackgroundTasks.Job extraction;
    /** Files to reopen in the reader once the corpus has been read (from the preferences, or a drop). */
    private List<String> filesToOpen = List.of();
    /** The files open in each corpus folder when it was last left, by folder path. */
    private final Map<String, List<String>> openByCorpus = new LinkedHashMap<>();

    public WorkbenchViewModel(BackgroundTasks tasks, AppPaths paths, Supplier<EntityExtractor> extractor, Dialogs dialogs) {
        this(tasks, paths, ws -> extractor.get(), dialogs);
    }

    /** @param extractor the extractor for a workspace (its own gazetteer may extend the bundled one) */
    public WorkbenchViewModel(BackgroundTasks tasks, AppPaths paths, java.util.function.Function<Workspace, EntityExtractor> extractor,
                              Dialogs dialogs) {
        this.tasks = tasks;
        this.paths = paths;
        this.extractor = extractor;
        this.dialogs = dialogs;
        this.reader = new ReaderViewModel(tasks, workspace.getReadOnlyProperty());
        this.search = new SearchViewModel(tasks, workspace.getReadOnlyProperty());
        reader.setListeners(statusMessage::set, this::failed);
        search.setListeners(reader::setSearchHits, this::showSearchHit, this::failed);
        entityFilter.addListener((o, a, b) -> filteredEntities.setPredicate(entityMatcher(b)));
        reader.selectedEntityKeyProperty().addListener((o, a, b) -> showEntityDetails(b));
        reader.similarPassagesProperty().addListener((o, a, b) -> showSimilarDetails(b));
        search.currentIndexProperty().addListener((o, a, b) -> showHitDetails(b.intValue()));
    }

    // ---- properties

    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public StringProperty corpusLabelProperty() {
        return corpusLabel;
    }

    public ObservableList<ArticleRow> articles() {
        return articles;
    }

    /** Entities matching the filter, most mentioned first. */
    public ObservableList<Entity> filteredEntities() {
        return filteredEntities;
    }

    public ObservableList<Entity> entities() {
        return entities;
    }

    public StringProperty entityFilterProperty() {
        return entityFilter;
    }

    public ObjectProperty<Details> detailsProperty() {
        return details;
    }

    public StringProperty themeProperty() {
        return theme;
    }

    public BooleanProperty detailsVisibleProperty() {
        return detailsVisible;
    }

    public StringProperty statusMessageProperty() {
        return statusMessage;
    }

    public ObservableList<Path> recentCorpora() {
        return recentCorpora;
    }

    public ReaderViewModel reader() {
        return reader;
    }

    public SearchViewModel search() {
        return search;
    }

    public BackgroundTasks tasks() {
        return tasks;
    }

    // ---- opening a corpus

    /** Asks for a folder and opens it. */
    public void chooseAndOpenFolder() {
        Workspace ws = workspace.get();
        dialogs.chooseFolder("Open a folder of articles", ws == null ? null : ws.corpusDir()).ifPresent(this::openCorpus);
    }

    /** Opens a corpus folder with the articles that were open when it was last left (none the first time). */
    public void openCorpus(Path corpusDir) {
        rememberOpenArticles();
        Path corpus = corpusDir.toAbsolutePath().normalize();
        openCorpus(corpus, openByCorpus.getOrDefault(corpus.toString(), List.of()));
    }

    /** Notes which articles the open corpus shows, to bring them back when it is opened again. */
    private void rememberOpenArticles() {
        Workspace ws = workspace.get();
        if (ws != null) {
            openByCorpus.put(ws.corpusDir().toString(), openFiles());
        }
    }

    /** The files open in the reader, left to right, but the search preview (a passing look). */
    private List<String> openFiles() {
        return reader.columns().stream().filter(c -> c != reader.previewColumnProperty().get())
                .map(c -> c.article().file()).toList();
    }

    /**
     * Opens the workspace of a corpus folder (closing the current one), shows what it holds, then reads the folder
     * and finds entities in the background. {@code reopen} are files to show in the reader once available.
     */
    public void openCorpus(Path corpusDir, List<String> reopen) {
        Path corpus = corpusDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(corpus)) {
            dialogs.showError("Cannot open " + corpus.getFileName(), corpus + " is not a folder.");
            return;
        }
        stopExtraction();
        rememberOpenArticles();
        long request = ++openRequests;
        Workspace previous = workspace.get();
        filesToOpen = List.copyOf(reopen);
        workspace.set(null);
        reader.closeAll();
        search.clear();
        articles.clear();
        entities.clear();
        corpusLabel.set("Opening " + corpus.getFileName() + "…");
        tasks.run("Opening " + corpus.getFileName(), p -> {
            if (previous != null) {
                previous.close();
            }
            return Workspace.open(corpus, paths.workspaceFor(corpus));
        }, ws -> {
            if (request != openRequests) {
                // the analyst opened another folder meanwhile: this one must not stay open (and locked) unseen
                tasks.run("Closing " + corpus.getFileName(), p -> {
                    ws.close();
                    return null;
                }, x -> { }, this::failed);
                return;
            }
            opened(ws, corpus);
        }, e -> {
            corpusLabel.set("No corpus open");
            if (e instanceof WorkspaceLockedException) {
                dialogs.showError("Corpus already open", "Another Triangulate window is using " + corpus.getFileName()
                        + ". Close it there, or open another folder.");
            } else {
                failed(e);
            }
        });
    }

    private void opened(Workspace ws, Path corpus) {
        workspace.set(ws);
        remember(corpus);
        ws.openingNotes().forEach(dialogs::notify);
        refreshFrom(ws);
        reopenFiles(ws);
        tasks.run("Reading " + corpus.getFileName(), ws::sync, report -> synced(ws, report), this::failed);
    }

    private void synced(Workspace ws, SyncReport report) {
        if (workspace.get() != ws) {
            return;
        }
        refreshFrom(ws);
        reopenFiles(ws);
        reader.refresh(ws);
        statusMessage.set(ws.articles().size() + " articles · " + report.summary());
        if (!report.skipped().isEmpty()) {
            dialogs.notify(report.skipped().size() + " files were skipped: "
                    + report.skipped().stream().limit(3).map(s -> s.file() + " (" + s.reason() + ")").collect(Collectors.joining(", ")));
        }
        extractEntities(ws);
    }

    /** Reads the corpus folder again (new, changed and removed files), then finds entities in what is new. */
    public void resync() {
        Workspace ws = workspace.get();
        if (ws != null) {
            tasks.run("Reading " + ws.corpusDir().getFileName(), ws::sync, report -> synced(ws, report), this::failed);
        }
    }

    /** Runs the entity extractor over articles it has not seen; the panels and highlights fill in when it ends. */
    public void extractEntities(Workspace ws) {
        // Building the extractor reads the gazetteers: never on the FX thread.
        tasks.run("Preparing entity extraction", p -> Optional.ofNullable(extractor.apply(ws)),
                ex -> extractEntities(ws, ex.orElse(null)), this::failed);
    }

    private void extractEntities(Workspace ws, EntityExtractor ex) {
        if (workspace.get() != ws) {
            return;
        }
        if (ex == null) {
            statusMessage.set(ws.articles().size() + " articles · entity extraction is not available in this build");
            return;
        }
        if (ws.entitiesUpToDate(ex)) {
            return;
        }
        // A quick first pass (rules only, milliseconds) fills articles that have no entities yet, so highlights show
        // at once; the full pass then replaces them as CoreNLP gets through the articles.
        ex.quickPass().ifPresentOrElse(quick -> extraction = tasks.run("Finding entities (quick pass)", p -> ws.extractMissingEntities(quick, p), n -> {
            if (workspace.get() == ws) {
                refreshFrom(ws);
                reader.refresh(ws);
            }
            fullExtraction(ws, ex);
        }, this::failed), () -> fullExtraction(ws, ex));
    }

    private void fullExtraction(Workspace ws, EntityExtractor ex) {
        if (workspace.get() != ws) {
            return;
        }
        extraction = tasks.run("Finding entities", p -> ws.extractEntities(ex, p), n -> {
            if (workspace.get() == ws) {
                refreshFrom(ws);
                reader.refresh(ws);
                statusMessage.set(ws.articles().size() + " articles · entities found in " + n + (n == 1 ? " article" : " articles"));
            }
        }, this::failed);
    }

    /** Shows the workspace's entities and mentions again (after the analyst corrected an entity). */
    public void entitiesChanged() {
        Workspace ws = workspace.get();
        if (ws != null) {
            refreshFrom(ws);
            reader.refresh(ws);
        }
    }

    /** The article rows and entities of the corpus, built off the FX thread (they cover every mention). */
    private record Lists(List<ArticleRow> rows, List<Entity> entities) {
    }

    private void refreshFrom(Workspace ws) {
        tasks.run("Listing articles and entities", p -> {
            List<ArticleRow> rows = new ArrayList<>();
            for (Article a : ws.articles()) {
                List<Mention> ms = ws.mentions(a.id());
                rows.add(new ArticleRow(a, ms.size(), (int) ms.stream().map(Mention::entityKey).distinct().count()));
            }
            return new Lists(rows, ws.entities());
        }, lists -> {
            if (workspace.get() != ws) {
                return;
            }
            articles.setAll(lists.rows());
            entities.setAll(lists.entities());
            corpusLabel.set(ws.corpusDir().getFileName() + " · " + lists.rows().size()
                    + (lists.rows().size() == 1 ? " article" : " articles"));
            showEntityDetails(reader.selectedEntityKeyProperty().get());
        }, this::failed);
    }

    private void reopenFiles(Workspace ws) {
        List<String> left = new ArrayList<>();
        for (String file : filesToOpen) {
            ws.articleByFile(file).ifPresentOrElse(reader::open, () -> left.add(file));
        }
        filesToOpen = left;
        if (!reader.columns().isEmpty()) {
            reader.focusColumn(0);
        }
    }

    private void remember(Path corpus) {
        List<Path> recent = new ArrayList<>(recentCorpora);
        recent.remove(corpus);
        recent.add(0, corpus);
        recentCorpora.setAll(recent.subList(0, Math.min(MAX_RECENT, recent.size())));
    }

    /** Opens dropped files or folders: a folder opens as the corpus; files open their folder and show them. */
    public void openDropped(List<Path> dropped) {
        if (dropped.isEmpty()) {
            return;
        }
        Path first = dropped.get(0).toAbsolutePath().normalize();
        if (Files.isDirectory(first)) {
            openCorpus(first);
            return;
        }
        Path folder = first.getParent();
        Workspace ws = workspace.get();
        List<String> files = dropped.stream().map(p -> p.toAbsolutePath().normalize())
                .filter(p -> folder.equals(p.getParent())).map(p -> p.getFileName().toString()).toList();
        if (ws != null && ws.corpusDir().equals(folder)) {
            files.forEach(f -> ws.articleByFile(f).ifPresent(reader::open));
        } else {
            openCorpus(folder, files);
        }
    }

    // ---- reading

    public void openArticle(Article article) {
        reader.open(article);
    }

    /** Opens the article after the focused one (in list order) that is not open yet, in a new column. */
    public void openNextArticle() {
        if (articles.isEmpty()) {
            return;
        }
        ColumnViewModel focused = reader.focusedColumn();
        int start = 0;
        if (focused != null) {
            for (int i = 0; i < articles.size(); i++) {
                if (articles.get(i).article().id().equals(focused.article().id())) {
                    start = i + 1;
                }
            }
        }
        for (int k = 0; k < articles.size(); k++) {
            Article a = articles.get((start + k) % articles.size()).article();
            if (reader.columnOf(a.id()) == null) {
                reader.open(a);
                return;
            }
        }
        statusMessage.set("Every article is already open");
    }

    public void selectEntity(Entity entity) {
        if (entity != null) {
            reader.selectEntity(entity.key());
        }
    }

    /**
     * Shows a search hit in its article's column. A hit in an article that is not open goes to the search preview
     * column (a new column while there is room), never in place of an article the analyst opened; with four of
     * those open it is shown in the details pane only.
     */
    private void showSearchHit(ReaderViewModel.SearchHit hit) {
        Workspace ws = workspace.get();
        if (hit != null && ws != null) {
            String which = "Hit " + (search.currentIndexProperty().get() + 1) + " of " + search.hitsProperty().get().size();
            if (reader.columnOf(hit.articleId()) != null) {
                statusMessage.set(which);
            } else {
                ws.article(hit.articleId()).ifPresent(a -> statusMessage.set(reader.openPreview(a) == null
                        ? which + " is in an article that is not open; four articles you opened fill the reader, so it"
                                + " shows in the details pane"
                        : which + ", in the search preview column: the next hit in an article you have not opened reuses it"));
            }
        }
        reader.showSearchHit(hit);
    }

    // ---- entity types

    public boolean isTypeShown(EntityType type) {
        return !reader.hiddenTypesProperty().get().contains(type);
    }

    public void toggleType(EntityType type) {
        Set<EntityType> hidden = EnumSet.noneOf(EntityType.class);
        hidden.addAll(reader.hiddenTypesProperty().get());
        if (!hidden.remove(type)) {
            hidden.add(type);
        }
        reader.hiddenTypesProperty().set(Set.copyOf(hidden));
        statusMessage.set(EntityTypeLabels.plural(type) + (hidden.contains(type) ? " hidden" : " shown"));
    }

    private static java.util.function.Predicate<Entity> entityMatcher(String filter) {
        if (filter == null || filter.isBlank()) {
            return null;
        }
        String f = filter.strip().toLowerCase(Locale.ROOT);
        return e -> e.name().toLowerCase(Locale.ROOT).contains(f)
                || e.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(f))
                || EntityTypeLabels.singular(e.type()).toLowerCase(Locale.ROOT).startsWith(f);
    }

    // ---- details

    private void showEntityDetails(String key) {
        if (key == null) {
            details.set(Details.nothing());
            return;
        }
        Entity entity = entities.stream().filter(e -> e.key().equals(key)).findFirst().orElse(null);
        if (entity == null) {
            return;
        }
        List<String> lines = new ArrayList<>();
        if (entity.aliases().size() > 1 || !entity.aliases().contains(entity.name())) {
            lines.add("Written as: " + String.join(", ", entity.aliases()));
        }
        Workspace ws = workspace.get();
        if (ws != null) {
            for (Article a : ws.articles()) {
                long n = ws.mentions(a.id()).stream().filter(m -> m.entityKey().equals(key)).count();
                if (n > 0) {
                    lines.add(n + " × " + a.title());
                }
            }
        }
        details.set(new Details(entity.name(), EntityTypeLabels.singular(entity.type()) + " · " + entity.mentions()
                + (entity.mentions() == 1 ? " mention" : " mentions") + " in " + entity.articles()
                + (entity.articles() == 1 ? " article" : " articles"), lines));
    }

    private void showHitDetails(int index) {
        List<ReaderViewModel.SearchHit> hits = search.hitsProperty().get();
        Workspace ws = workspace.get();
        if (index < 0 || index >= hits.size() || ws == null) {
            return;
        }
        ReaderViewModel.SearchHit hit = hits.get(index);
        ws.article(hit.articleId()).ifPresent(a -> {
            org.triangulate.corpus.TextSpan sentence = a.sentenceAt(hit.span().start());
            String passage = sentence == null ? a.text(hit.span()) : a.text(sentence).strip();
            details.set(new Details("Search hit " + (index + 1) + " of " + hits.size(), a.title(),
                    List.of("“" + passage + "”", "F3 next hit, Shift+F3 previous")));
        });
    }

    private void showSimilarDetails(List<SimilarPassage> passages) {
        if (passages == null || passages.isEmpty()) {
            return;
        }
        Workspace ws = workspace.get();
        Map<String, String> titles = new LinkedHashMap<>();
        if (ws != null) {
            ws.articles().forEach(a -> titles.put(a.id(), a.title()));
        }
        List<String> lines = passages.stream().map(p -> titles.getOrDefault(p.articleId(), p.file()) + ": “" + p.text().strip() + "”").toList();
        details.set(new Details("Similar passages", "The closest sentence in each other article, best first", lines));
    }

    // ---- theme, preferences, errors

    public void toggleTheme() {
        theme.set("dark".equals(theme.get()) ? "light" : "dark");
    }

    public void toggleDetails() {
        detailsVisible.set(!detailsVisible.get());
    }

    /** Takes the remembered state from the preferences (not the corpus: {@link #startUp} opens that). */
    public void apply(UiPreferences prefs) {
        theme.set("dark".equals(prefs.theme()) ? "dark" : "light");
        detailsVisible.set(prefs.detailsVisible());
        recentCorpora.setAll(prefs.recentCorpora().stream().map(Path::of).toList());
        Set<EntityType> hidden = new HashSet<>();
        for (String t : prefs.hiddenTypes()) {
            try {
                hidden.add(EntityType.valueOf(t));
            } catch (IllegalArgumentException e) {
                // a type this version does not know
            }
        }
        reader.hiddenTypesProperty().set(Set.copyOf(hidden));
        openByCorpus.clear();
        openByCorpus.putAll(prefs.openArticlesByCorpus());
        if (prefs.lastCorpus() != null && !prefs.openArticles().isEmpty()) {
            openByCorpus.putIfAbsent(prefs.lastCorpus(), prefs.openArticles()); // a file from before the map was kept
        }
    }

    /**
     * Opens the corpus to start with: the folder given on the command line, else the last one (with its open
     * articles), else the bundled sample.
     */
    public void startUp(Path requested, UiPreferences prefs, Path bundled) {
        if (requested != null) {
            openCorpus(requested);
        } else if (prefs.lastCorpus() != null && Files.isDirectory(Path.of(prefs.lastCorpus()))) {
            openCorpus(Path.of(prefs.lastCorpus()), prefs.openArticles());
        } else {
            openCorpus(bundled);
        }
    }

    /** The remembered state, merged into the window-owned parts of {@code base} (bounds, dividers, keys). */
    public UiPreferences toPreferences(UiPreferences base) {
        Workspace ws = workspace.get();
        List<String> open = openFiles();
        List<String> hidden = reader.hiddenTypesProperty().get().stream().map(Enum::name).sorted().toList();
        List<String> recent = recentCorpora.stream().map(Path::toString).toList();
        Map<String, List<String>> byCorpus = new LinkedHashMap<>();
        openByCorpus.forEach((corpus, files) -> {
            if (recent.contains(corpus) && !files.isEmpty()) { // only folders the analyst can still reopen from the list
                byCorpus.put(corpus, files);
            }
        });
        if (ws != null) {
            byCorpus.put(ws.corpusDir().toString(), open);
        }
        return new UiPreferences(UiPreferences.FORMAT_VERSION, theme.get(), base.window(), base.dividers(),
                detailsVisible.get(), ws == null ? base.lastCorpus() : ws.corpusDir().toString(),
                recent, ws == null ? base.openArticles() : open, hidden, base.keyBindings())
                .withBriefing(base.analyst(), base.paperSize()).withOpenArticlesByCorpus(byCorpus);
    }

    /** Closes the workspace; called when the window closes. */
    public void close() {
        stopExtraction();
        Workspace ws = workspace.get();
        workspace.set(null);
        if (ws != null) {
            try {
                ws.close();
            } catch (IOException e) {
                LOG.warn("Closing the workspace failed", e);
            }
        }
    }

    /**
     * Cancels a running entity extraction: it holds the workspace's write lock for the whole CoreNLP pass, and
     * closing the workspace (quitting, switching corpus) waits for that lock. Extraction checks for cancellation
     * after every article and keeps what it finished.
     */
    private void stopExtraction() {
        BackgroundTasks.Job running = extraction;
        extraction = null;
        if (running != null) {
            running.cancel();
        }
    }

    private void failed(Throwable e) {
        LOG.warn("Background work failed", e);
        String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                : e.getMessage().lines().findFirst().orElse("");
        statusMessage.set("Failed: " + message);
        dialogs.showError("Something went wrong", message);
    }
}
