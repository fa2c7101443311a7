package org.triangulate.ui.claims;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triangulate.casefile.CaseFile;
import org.triangulate.casefile.CaseHistory;
import org.triangulate.casefile.Claim;
import org.triangulate.casefile.ClaimGroup;
import org.triangulate.casefile.Stance;
import org.triangulate.casefile.TagDefinition;
import org.triangulate.claims.ClaimActions;
import org.triangulate.claims.ClaimBoard;
import org.triangulate.claims.ClaimOverview;
import org.triangulate.claims.ClaimView;
import org.triangulate.claims.GroupView;
import org.triangulate.corpus.Article;
import org.triangulate.corpus.TextSpan;
import org.triangulate.ui.common.BackgroundTasks;
import org.triangulate.workspace.CaseSession;
import org.triangulate.workspace.Workspace;

/**
 * The analyst's claims loop: the saved case (undoable, autosaved) and the machine's suggestions, grouped across
 * sources, filtered for the claims panel, and the commands the claim keys run on what the reader points at (tag,
 * accept, reject, tags 1-9, stance, note, group, delete, undo, redo). Holds no nodes.
 */
public final class ClaimsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimsViewModel.class);

    private final BackgroundTasks tasks;
    private final ClaimPrompts prompts;
    private final ClaimBoard board = new ClaimBoard();

    private final ReadOnlyObjectWrapper<ClaimOverview> overview = new ReadOnlyObjectWrapper<>(new ClaimOverview(List.of(), List.of()));
    private final ObservableList<GroupView> visibleGroups = FXCollections.observableArrayList();
    private final ObservableList<ClaimView> visibleUngrouped = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<Stance> stanceFilter = new SimpleObjectProperty<>();
    private final StringProperty tagFilter = new SimpleStringProperty();
    private final BooleanProperty showSuggestions = new SimpleBooleanProperty(true);
    private final ObjectProperty<ClaimView> selectedClaim = new SimpleObjectProperty<>();
    private final ObjectProperty<GroupView> selectedGroup = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty undoLabel = new SimpleStringProperty("Undo");
    private final StringProperty redoLabel = new SimpleStringProperty("Redo");
    private final BooleanProperty canUndo = new SimpleBooleanProperty(false);
    private final BooleanProperty canRedo = new SimpleBooleanProperty(false);
    private final ObservableList<TagDefinition> tags = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CaseFile> kase = new ReadOnlyObjectWrapper<>();

    private Workspace workspace;
    private CaseSession session;
    private Supplier<Optional<ClaimTarget>> target = Optional::empty;
    private Consumer<ClaimView> reveal = c -> { };
    private Consumer<Throwable> errors = e -> LOG.warn("claims", e);
    /** Bumped by every refresh so a slow, outdated overview never replaces a newer one. */
    private long generation;

    public ClaimsViewModel(BackgroundTasks tasks, ClaimPrompts prompts) {
        this.tasks = tasks;
        this.prompts = prompts;
        filter.addListener((o, a, b) -> applyFilters());
        stanceFilter.addListener((o, a, b) -> applyFilters());
        tagFilter.addListener((o, a, b) -> applyFilters());
        showSuggestions.addListener((o, a, b) -> applyFilters());
    }

    /** How the view model asks the reader what the analyst points at, and asks it to show a claim. */
    public void connectReader(Supplier<Optional<ClaimTarget>> target, Consumer<ClaimView> reveal) {
        this.target = target;
        this.reveal = reveal;
    }

    public void setErrorListener(Consumer<Throwable> errors) {
        this.errors = errors;
    }

    /**
     * Switches to a workspace's case (opening it in the background). A damaged case file is reported through the
     * message; the backup can then be restored with {@link #restoreBackup()}.
     */
    public void open(Workspace ws) {
        closeSession();
        this.workspace = ws;
        if (ws == null) {
            overview.set(new ClaimOverview(List.of(), List.of()));
            applyFilters();
            return;
        }
        tasks.run("Opening the case", p -> CaseSession.open(ws.directory()), opened -> {
            if (workspace != ws) {
                closeQuietly(opened);
                return;
            }
            session = opened;
            session.history().addListener(k -> caseChanged());
            session.addSaveFailureListener(e -> errors.accept(e));
            if (opened.loaded().problem() != null) {
                message.set(opened.loaded().problem());
            }
            caseChanged();
        }, errors);
    }

    /** Recomputes the overview from the case and the workspace (after extraction finished, say). */
    public void refresh() {
        Workspace ws = workspace;
        CaseSession s = session;
        if (ws == null || s == null) {
            return;
        }
        CaseFile kase = s.current();
        ws.setEntityCorrections(kase.entityCorrections());
        long mine = ++generation;
        tasks.run("Grouping claims", p -> board.overview(ws.articles(), ws::mentions, kase), result -> {
            if (mine == generation) {
                overview.set(result);
                applyFilters();
            }
        }, errors);
    }

    private void caseChanged() {
        CaseHistory h = session.history();
        canUndo.set(h.canUndo());
        canRedo.set(h.canRedo());
        undoLabel.set(h.canUndo() ? "Undo " + h.undoDescription().toLowerCase(Locale.ROOT) : "Undo");
        redoLabel.set(h.canRedo() ? "Redo " + h.redoDescription().toLowerCase(Locale.ROOT) : "Redo");
        tags.setAll(session.current().tags());
        kase.set(session.current());
        refresh();
    }

    // ---- commands the keys run ----

    /** c: tags the selection (or the current sentence) as a claim. */
    public void tagClaim() {
        withTarget(t -> {
            ClaimView c = claimAt(t);
            if (c != null && c.id() != null && c.start() == t.span().start() && c.end() == t.span().end()) {
                message.set("That is already a claim.");
                return;
            }
            edit("Tag claim", ClaimActions.tagSpan(t.article(), t.span().start(), t.span().end(), workspace.mentions(t.article().id())));
            message.set("Claim tagged.");
        });
    }

    /** Enter: accepts the suggestion the reader points at, then shows the next suggestion. */
    public void acceptSuggestion() {
        withSuggestion(s -> {
            Article a = workspace.article(s.articleId()).orElseThrow();
            edit("Accept claim", ClaimActions.accept(a, s, workspace.mentions(a.id())));
            message.set("Accepted.");
            nextSuggestion(s).ifPresent(reveal);
        });
    }

    /** x: rejects the suggestion the reader points at, then shows the next suggestion. */
    public void rejectSuggestion() {
        withSuggestion(s -> {
            Article a = workspace.article(s.articleId()).orElseThrow();
            edit("Reject suggestion", ClaimActions.reject(a, s, workspace.mentions(a.id())));
            message.set("Rejected.");
            nextSuggestion(s).ifPresent(reveal);
        });
    }

    /** 1-9: toggles the tag with that key on the claim pointed at. */
    public void toggleTag(int key) {
        Optional<TagDefinition> tag = tags.stream().filter(t -> t.key() == key).findFirst();
        if (tag.isEmpty()) {
            message.set("No tag has the key " + key + ".");
            return;
        }
        withSavedClaim(c -> edit("Tag " + tag.get().name(), ClaimActions.toggleTag(c.id(), tag.get().name())));
    }

    /** s: the next stance (asserted, alleged, denied, hedged). */
    public void cycleStance() {
        withSavedClaim(c -> edit("Change stance", ClaimActions.cycleStance(c.id())));
    }

    /** n: writes or edits the claim's note. */
    public void editNote() {
        withSavedClaim(c -> {
            String current = session.current().claim(c.id()).map(Claim::note).orElse("");
            prompts.askText("Note", "Note on this claim", current).ifPresent(note -> edit("Edit note", ClaimActions.setNote(c.id(), note)));
        });
    }

    /** g: puts the claim into a group chosen by typing, or into a new group. */
    public void addToGroup() {
        withSavedClaim(c -> {
            List<ClaimPrompts.Choice> choices = new ArrayList<>();
            choices.add(new ClaimPrompts.Choice(ClaimPrompts.NEW_GROUP, "New group"));
            for (ClaimGroup g : session.current().groups()) {
                choices.add(new ClaimPrompts.Choice(g.id(), g.summary()));
            }
            prompts.choose("Add to group", choices).ifPresent(key ->
                    edit("Add to group", ClaimActions.addToGroup(c.id(), key.equals(ClaimPrompts.NEW_GROUP) ? null : key)));
        });
    }

    /** Delete: removes the claim pointed at (or selected). */
    public void removeClaim() {
        withSavedClaim(c -> edit("Delete claim", ClaimActions.remove(c.id())));
    }

    /** Accepts every member of the selected suggested group as the analyst's group. */
    public void acceptSelectedGroup() {
        GroupView g = selectedGroup.get();
        if (g == null || !g.suggested() || session == null) {
            message.set("Select a suggested group first.");
            return;
        }
        edit("Accept group", ClaimActions.acceptGroup(g, id -> workspace.article(id).orElseThrow(), workspace::mentions));
    }

    /** Merges the selected saved group into another saved group, chosen by typing. */
    public void mergeSelectedGroup() {
        GroupView g = selectedGroup.get();
        if (g == null || g.suggested() || session == null) {
            message.set("Select one of your groups first (accept a suggested group with Shift+Enter).");
            return;
        }
        List<ClaimPrompts.Choice> choices = session.current().groups().stream().filter(o -> !o.id().equals(g.id()))
                .map(o -> new ClaimPrompts.Choice(o.id(), o.summary())).toList();
        if (choices.isEmpty()) {
            message.set("There is no other group to merge with.");
            return;
        }
        prompts.choose("Merge \"" + g.summary() + "\" into…", choices)
                .ifPresent(into -> edit("Merge groups", ClaimActions.mergeGroups(into, g.id())));
    }

    /** Writes a copy of the case to a file the analyst can hand to a colleague. */
    public void exportCase(java.nio.file.Path file) {
        if (session == null) {
            message.set("Open a corpus first.");
            return;
        }
        CaseSession s = session;
        java.nio.file.Path corpus = workspace.corpusDir();
        tasks.run("Exporting the case", p -> {
            s.exportTo(file, corpus);
            return file;
        }, f -> message.set("Case written to " + f), errors);
    }

    /** Shows every member of a group in its column (claim-synchronised reading). */
    public void revealGroup(GroupView g) {
        selectedGroup.set(g);
        g.claims().forEach(reveal);
    }

    public void revealClaim(ClaimView c) {
        selectedClaim.set(c);
        reveal.accept(c);
    }

    public void undo() {
        if (session != null && session.history().canUndo()) {
            String what = session.history().undoDescription();
            session.history().undo();
            message.set("Undone: " + what.toLowerCase(Locale.ROOT) + ".");
        }
    }

    public void redo() {
        if (session != null && session.history().canRedo()) {
            String what = session.history().redoDescription();
            session.history().redo();
            message.set("Redone: " + what.toLowerCase(Locale.ROOT) + ".");
        }
    }

    public void restoreBackup() {
        if (session == null) {
            return;
        }
        try {
            session.restoreBackup();
            message.set("The previous save was restored.");
        } catch (IOException e) {
            errors.accept(e);
        }
    }

    /** Saves now (before quitting or switching corpus). */
    public void flush() {
        if (session != null) {
            try {
                session.flush();
            } catch (IOException e) {
                errors.accept(e);
            }
        }
    }

    public void close() {
        closeSession();
        workspace = null;
    }

    // ---- queries ----

    /** The claim (saved or suggested) that the reader points at: the one containing the target's start. */
    ClaimView claimAt(ClaimTarget t) {
        ClaimView best = null;
        for (ClaimView c : allClaims()) {
            if (c.articleId().equals(t.article().id()) && c.start() <= t.span().start() && t.span().start() < c.end()) {
                if (best == null || c.id() != null && best.id() == null) {
                    best = c; // a saved claim wins over a suggestion on the same sentence
                }
            }
        }
        return best;
    }

    /** Every claim of the overview, in file order. */
    public List<ClaimView> allClaims() {
        List<ClaimView> all = new ArrayList<>();
        overview.get().groups().forEach(g -> all.addAll(g.claims()));
        all.addAll(overview.get().ungrouped());
        all.sort(Comparator.comparing(ClaimView::file).thenComparingInt(ClaimView::start));
        return all;
    }

    /** Claims of one article, for the reader's claim outlines. */
    public List<ClaimView> claimsIn(String articleId) {
        return allClaims().stream().filter(c -> c.articleId().equals(articleId)).toList();
    }

    private Optional<ClaimView> nextSuggestion(ClaimView after) {
        return allClaims().stream()
                .filter(c -> c.id() == null && c.articleId().equals(after.articleId()) && c.start() > after.start())
                .findFirst();
    }

    private void applyFilters() {
        String text = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        List<GroupView> groups = new ArrayList<>();
        for (GroupView g : overview.get().groups()) {
            List<ClaimView> members = g.claims().stream().filter(c -> passes(c, text)).toList();
            if (!members.isEmpty() && (showSuggestions.get() || !g.suggested())) {
                groups.add(new GroupView(g.id(), g.summary(), g.independentSources(), g.suggested(), members));
            }
        }
        visibleGroups.setAll(groups);
        visibleUngrouped.setAll(overview.get().ungrouped().stream().filter(c -> passes(c, text)).toList());
    }

    private boolean passes(ClaimView c, String text) {
        if (!showSuggestions.get() && c.id() == null) {
            return false;
        }
        if (stanceFilter.get() != null && c.stance() != stanceFilter.get()) {
            return false;
        }
        if (tagFilter.get() != null && !tagFilter.get().isEmpty() && !c.tags().contains(tagFilter.get())) {
            return false;
        }
        if (text.isEmpty()) {
            return true;
        }
        return c.text().toLowerCase(Locale.ROOT).contains(text) || c.file().toLowerCase(Locale.ROOT).contains(text)
                || c.attribution() != null && c.attribution().toLowerCase(Locale.ROOT).contains(text)
                || c.entities().stream().anyMatch(e -> e.toLowerCase(Locale.ROOT).contains(text));
    }

    private void withTarget(Consumer<ClaimTarget> action) {
        if (session == null || workspace == null) {
            message.set("Open a corpus first.");
            return;
        }
        Optional<ClaimTarget> t = target.get();
        if (t.isEmpty()) {
            message.set("Put the caret on a sentence in the reader first (j/k move by sentence).");
            return;
        }
        action.accept(t.get());
    }

    private void withSuggestion(Consumer<ClaimView> action) {
        withTarget(t -> {
            ClaimView c = claimAt(t);
            if (c == null || c.id() != null) {
                message.set(c == null ? "No suggestion here." : "This claim is already saved.");
                return;
            }
            action.accept(c);
        });
    }

    /** The saved claim the reader points at, or else the one selected in the panel. */
    private void withSavedClaim(Consumer<ClaimView> action) {
        if (session == null) {
            message.set("Open a corpus first.");
            return;
        }
        ClaimView c = target.get().map(this::claimAt).filter(v -> v.id() != null).orElse(null);
        if (c == null && selectedClaim.get() != null && selectedClaim.get().id() != null) {
            c = selectedClaim.get();
        }
        if (c == null) {
            message.set("No saved claim here: tag one with c or accept a suggestion with Enter.");
            return;
        }
        action.accept(c);
    }

    /** Applies an undoable, autosaved change to the case (other panels edit the case through here too). */
    public void edit(String description, UnaryOperator<CaseFile> change) {
        if (session == null) {
            message.set("Open a corpus first.");
            return;
        }
        session.apply(description, change);
    }

    /** The workspace whose case is open, or null. */
    public Workspace workspace() {
        return workspace;
    }

    private void closeSession() {
        generation++; // a grouping still running belongs to the closed session: its result is dropped
        if (session != null) {
            closeQuietly(session);
            session = null;
            kase.set(null);
        }
    }

    private void closeQuietly(CaseSession s) {
        try {
            s.close();
        } catch (IOException e) {
            errors.accept(e);
        }
    }

    // ---- properties ----

    public ReadOnlyObjectProperty<ClaimOverview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    public ObservableList<GroupView> visibleGroups() {
        return visibleGroups;
    }

    public ObservableList<ClaimView> visibleUngrouped() {
        return visibleUngrouped;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<Stance> stanceFilterProperty() {
        return stanceFilter;
    }

    public StringProperty tagFilterProperty() {
        return tagFilter;
    }

    public BooleanProperty showSuggestionsProperty() {
        return showSuggestions;
    }

    public ObjectProperty<ClaimView> selectedClaimProperty() {
        return selectedClaim;
    }

    public ObjectProperty<GroupView> selectedGroupProperty() {
        return selectedGroup;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty undoLabelProperty() {
        return undoLabel;
    }

    public StringProperty redoLabelProperty() {
        return redoLabel;
    }

    public BooleanProperty canUndoProperty() {
        return canUndo;
    }

    public BooleanProperty canRedoProperty() {
        return canRedo;
    }

    public ObservableList<TagDefinition> tags() {
        return tags;
    }

    /** The case as it is after the latest change; null before one is open. */
    public ReadOnlyObjectProperty<CaseFile> caseProperty() {
        return kase.getReadOnlyProperty();
    }

    /** The case being edited, or null before one is open. */
    public CaseFile currentCase() {
        return session == null ? null : session.current();
    }
}
