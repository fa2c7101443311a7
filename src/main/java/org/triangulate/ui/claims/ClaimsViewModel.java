package org.triangulate.ui.claims;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
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
import org.triangulate.casefile.ClaimStatus;
import org.triangulate.casefile.Stance;
import org.triangulate.casefile.TagDefinition;
import org.triangulate.claims.ClaimActions;
import org.triangulate.claims.ClaimBoard;
import org.triangulate.claims.ClaimOverview;
import org.triangulate.claims.ClaimView;
import org.triangulate.claims.GroupView;
import org.triangulate.corpus.Article;
import org.triangulate.corpus.TextSpan;
import org.triangulate.nlp.Mention;
import org.triangulate.ui.common.BackgroundTasks;
import org.triangulate.workspace.CaseSession;
import org.triangulate.workspace.Workspace;

/**
 * The analyst's claims loop: the saved case (undoable, autosaved) and the machine's suggestions, grouped across
 * sources, filtered for the claims panel, and the commands the claim keys run on what the reader points at (tag,
 * accept, reject, tags 1-9, stance, note, attribution, group, ungroup, delete, undo, redo). Holds no nodes.
 * <p>
 * The overview is rebuilt in the background after every change, so the keys read the saved claims from the case
 * itself: a key pressed before the overview caught up still finds the claim the previous key saved.
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
    private ClaimReader reader = NO_READER;
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

    private static final ClaimReader NO_READER = new ClaimReader() {
        @Override
        public Optional<ClaimTarget> target() {
            return Optional.empty();
        }

        @Override
        public void reveal(ClaimView claim) {
        }

        @Override
        public void moveTo(String articleId, TextSpan span) {
        }

        @Override
        public void extendBySentence(int direction) {
        }
    };

    /** How the view model asks the reader what the analyst points at, and moves it. */
    public void connectReader(ClaimReader reader) {
        this.reader = reader;
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
            if (ClaimActions.claimOn(session.current(), t.article(), t.span()).filter(c -> c.status() != ClaimStatus.REJECTED).isPresent()) {
                message.set("That is already a claim.");
                return;
            }
            edit("Tag claim", ClaimActions.tagSpan(t.article(), t.span().start(), t.span().end(), workspace.mentions(t.article().id())));
            message.set("Claim tagged.");
        });
    }

    /** Enter: accepts the suggestion the reader points at and makes the next suggestion the current sentence. */
    public void acceptSuggestion() {
        decideSuggestion(true);
    }

    /** x: rejects the suggestion the reader points at and makes the next suggestion the current sentence. */
    public void rejectSuggestion() {
        decideSuggestion(false);
    }

    /**
     * Decides the suggestion and moves on, so the analyst can keep pressing Enter and x. On a sentence that is no
     * suggestion (any more) it only moves on.
     */
    private void decideSuggestion(boolean accept) {
        withTarget(t -> {
            ClaimView s = suggestionAt(t);
            if (s == null) {
                boolean saved = ClaimActions.savedClaimAt(session.current(), t.article(), t.span()).isPresent();
                message.set((saved ? "Already saved" : "No suggestion here") + (moveOn(t.article(), t.span())
                        ? ": on to the next suggestion." : ", and no further suggestion in this article."));
                return;
            }
            List<Mention> mentions = workspace.mentions(t.article().id());
            edit(accept ? "Accept claim" : "Reject suggestion",
                    accept ? ClaimActions.accept(t.article(), s, mentions) : ClaimActions.reject(t.article(), s, mentions));
            boolean moved = moveOn(t.article(), new TextSpan(s.start(), s.end()));
            message.set((accept ? "Accepted." : "Rejected.") + (moved ? "" : " That was the last suggestion in this article."));
        });
    }

    /** Shift+J / Shift+K: extends the reader's selection by a sentence down (1) or up (-1); c then tags all of it. */
    public void extendSelection(int direction) {
        reader.extendBySentence(direction);
    }

    /** 1-9: toggles the tag with that key on the claim pointed at. */
    public void toggleTag(int key) {
        Optional<TagDefinition> tag = tags.stream().filter(t -> t.key() == key).findFirst();
        if (tag.isEmpty()) {
            message.set("No tag has the key " + key + ".");
            return;
        }
        withSavedClaim(id -> edit("Tag " + tag.get().name(), ClaimActions.toggleTag(id, tag.get().name())));
    }

    /** s: the next stance (asserted, alleged, denied, hedged). */
    public void cycleStance() {
        withSavedClaim(id -> edit("Change stance", ClaimActions.cycleStance(id)));
    }

    /** n: writes or edits the claim's note. */
    public void editNote() {
        withSavedClaim(id -> {
            String current = session.current().claim(id).map(Claim::note).orElse("");
            prompts.askText("Note", "Note on this claim", current).ifPresent(note -> edit("Edit note", ClaimActions.setNote(id, note)));
        });
    }

    /** w: sets or corrects who asserts the claim (read from the sentence, sometimes wrongly). */
    public void editAttribution() {
        withSavedClaim(id -> {
            String current = session.current().claim(id).map(Claim::attribution).orElse(null);
            prompts.askText("Attribution", "Who asserts this claim (\"the Justice Department\", \"Dowden\", the outlet)",
                    current == null ? "" : current).map(String::strip).filter(a -> !a.isEmpty()).ifPresent(a -> {
                        edit("Set attribution", ClaimActions.setAttribution(id, a));
                        message.set("Attributed to " + a + ".");
                    });
        });
    }

    /** g: puts the claim into a group chosen by typing, or into a new group. */
    public void addToGroup() {
        withSavedClaim(id -> {
            List<ClaimPrompts.Choice> choices = new ArrayList<>();
            choices.add(new ClaimPrompts.Choice(ClaimPrompts.NEW_GROUP, "New group"));
            for (ClaimGroup g : session.current().groups()) {
                choices.add(new ClaimPrompts.Choice(g.id(), g.summary()));
            }
            prompts.choose("Add to group", choices).ifPresent(key ->
                    edit("Add to group", ClaimActions.addToGroup(id, key.equals(ClaimPrompts.NEW_GROUP) ? null : key)));
        });
    }

    /** u: takes the claim out of its group (splits it off). */
    public void ungroupClaim() {
        withSavedClaim(id -> {
            if (session.current().claim(id).map(Claim::groupId).isEmpty()) {
                message.set("This claim is in no group.");
                return;
            }
            edit("Take claim out of its group", ClaimActions.ungroup(id));
            message.set("Taken out of its group.");
        });
    }

    /** Shift+G: renames the group of the claim pointed at, or the group selected in the panel. */
    public void renameGroup() {
        if (session == null) {
            message.set("Open a corpus first.");
            return;
        }
        CaseFile k = session.current();
        String groupId = savedClaimPointedAt(k).map(Claim::groupId).orElse(null);
        GroupView selected = selectedGroup.get();
        if (groupId == null && selected != null && !selected.suggested()) {
            groupId = selected.id();
        }
        Optional<ClaimGroup> group = groupId == null ? Optional.empty() : k.group(groupId);
        if (group.isEmpty()) {
            message.set(selected != null && selected.suggested() ? "Accept the suggested group first (Shift+Enter), then rename it."
                    : "No group here: put the claim in a group with g, or select a group in the claims panel.");
            return;
        }
        String id = group.get().id();
        String current = group.get().summary().isBlank()
                ? k.members(id).stream().findFirst().map(Claim::text).orElse("") : group.get().summary();
        prompts.askText("Rename group", "What the group's claims say", current).map(String::strip).filter(n -> !n.isEmpty())
                .ifPresent(summary -> edit("Rename group", ClaimActions.renameGroup(id, summary)));
    }

    /** Delete: removes the claim pointed at (or selected). */
    public void removeClaim() {
        withSavedClaim(id -> edit("Delete claim", ClaimActions.remove(id)));
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

    /**
     * Merges the selected group into another group, chosen by typing: saved groups merge; a suggested group on
     * either side is accepted as it merges.
     */
    public void mergeSelectedGroup() {
        GroupView g = selectedGroup.get();
        if (g == null || session == null) {
            message.set("Select a group in the claims panel first.");
            return;
        }
        List<ClaimPrompts.Choice> choices = new ArrayList<>();
        for (ClaimGroup o : session.current().groups()) {
            if (!o.id().equals(g.id())) {
                choices.add(new ClaimPrompts.Choice(o.id(), o.summary()));
            }
        }
        for (GroupView o : overview.get().groups()) {
            if (o.suggested() && !o.id().equals(g.id())) {
                choices.add(new ClaimPrompts.Choice(o.id(), "Suggested: " + o.summary()));
            }
        }
        if (choices.isEmpty()) {
            message.set("There is no other group to merge with.");
            return;
        }
        prompts.choose("Merge \"" + g.summary() + "\" into…", choices).ifPresent(into -> edit("Merge groups", merging(g, into)));
    }

    private UnaryOperator<CaseFile> merging(GroupView g, String into) {
        java.util.function.Function<String, Article> articles = id -> workspace.article(id).orElseThrow();
        boolean intoSaved = session.current().group(into).isPresent();
        if (!g.suggested()) {
            return intoSaved ? ClaimActions.mergeGroups(into, g.id())
                    : ClaimActions.acceptGroupInto(suggestedGroup(into), g.id(), articles, workspace::mentions);
        }
        if (intoSaved) {
            return ClaimActions.acceptGroupInto(g, into, articles, workspace::mentions);
        }
        GroupView other = suggestedGroup(into);
        List<ClaimView> members = new ArrayList<>(other.claims());
        members.addAll(g.claims());
        return ClaimActions.acceptGroup(new GroupView(other.id(), other.summary(), other.independentSources(), true, members),
                articles, workspace::mentions);
    }

    private GroupView suggestedGroup(String id) {
        return overview.get().groups().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
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
        g.claims().forEach(reader::reveal);
    }

    public void revealClaim(ClaimView c) {
        selectedClaim.set(c);
        reader.reveal(c);
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

    /**
     * The suggestion the reader points at, unless the case already decided it (the overview may not show that yet)
     * or a saved claim is there.
     */
    private ClaimView suggestionAt(ClaimTarget t) {
        ClaimView c = claimAt(t);
        if (c == null || c.id() != null) {
            return null;
        }
        CaseFile k = session.current();
        if (ClaimActions.claimOn(k, t.article(), new TextSpan(c.start(), c.end())).isPresent()
                || ClaimActions.savedClaimAt(k, t.article(), t.span()).isPresent()) {
            return null;
        }
        return c;
    }

    /**
     * Makes the next undecided suggestion after {@code from} the reader's current sentence, else the next sentence.
     * False when {@code from} is the article's last sentence.
     */
    private boolean moveOn(Article article, TextSpan from) {
        CaseFile k = session.current();
        TextSpan next = allClaims().stream()
                .filter(c -> c.id() == null && c.articleId().equals(article.id()) && c.start() >= from.end())
                .map(c -> new TextSpan(c.start(), c.end()))
                .filter(span -> ClaimActions.claimOn(k, article, span).isEmpty())
                .findFirst()
                .or(() -> article.sentences().stream().filter(s -> s.start() >= from.end()).findFirst())
                .orElse(null);
        if (next == null) {
            return false;
        }
        reader.moveTo(article.id(), next);
        return true;
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
        Optional<ClaimTarget> t = reader.target();
        if (t.isEmpty()) {
            message.set("Put the caret on a sentence in the reader first (j/k move by sentence).");
            return;
        }
        action.accept(t.get());
    }

    /** The id of the saved claim the reader points at, or else of the one selected in the panel. */
    private void withSavedClaim(Consumer<String> action) {
        if (session == null) {
            message.set("Open a corpus first.");
            return;
        }
        CaseFile k = session.current();
        String id = savedClaimPointedAt(k).map(Claim::id).orElse(null);
        ClaimView selected = selectedClaim.get();
        if (id == null && selected != null && selected.id() != null && k.claim(selected.id()).isPresent()) {
            id = selected.id();
        }
        if (id == null) {
            message.set("No saved claim here: tag one with c or accept a suggestion with Enter.");
            return;
        }
        action.accept(id);
    }

    /** Read from the case, not the overview, which may not show the claim a key just saved. */
    private Optional<Claim> savedClaimPointedAt(CaseFile k) {
        return reader.target().flatMap(t -> ClaimActions.savedClaimAt(k, t.article(), t.span()));
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
