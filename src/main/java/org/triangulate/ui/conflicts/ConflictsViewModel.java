package org.triangulate.ui.conflicts;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
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
import org.triangulate.casefile.CaseFile;
import org.triangulate.casefile.Credibility;
import org.triangulate.casefile.CredibilityOverride;
import org.triangulate.casefile.Reliability;
import org.triangulate.casefile.Resolution;
import org.triangulate.casefile.SourceGrade;
import org.triangulate.claims.ClaimOverview;
import org.triangulate.claims.GroupView;
import org.triangulate.conflicts.ConflictBoard;
import org.triangulate.conflicts.ConflictReport;
import org.triangulate.conflicts.ConflictResolver;
import org.triangulate.conflicts.Coverage;
import org.triangulate.conflicts.CredibilityOverrides;
import org.triangulate.conflicts.GroupCredibility;
import org.triangulate.conflicts.OutletReliability;
import org.triangulate.conflicts.ResolvedConflict;
import org.triangulate.conflicts.Variant;
import org.triangulate.ui.claims.ClaimPrompts;
import org.triangulate.ui.claims.ClaimsViewModel;
import org.triangulate.ui.common.BackgroundTasks;
import org.triangulate.workspace.Workspace;

/**
 * Where the sources disagree: the detected conflicts with the analyst's resolutions, the coverage matrix, each
 * outlet's reliability grade and each claim group's credibility. Resolutions and grades are undoable edits of the
 * same case the claims panel edits. Holds no nodes.
 */
public final class ConflictsViewModel {

    private final BackgroundTasks tasks;
    private final ClaimsViewModel claims;
    private final ClaimPrompts prompts;
    /**
     * Built on a worker thread by the first report: it reads its word lists and reference data (~0.1 s), which the
     * window's first frame should not wait for.
     */
    private volatile ConflictBoard board;

    private final ReadOnlyObjectWrapper<ConflictReport> report = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ResolvedConflict> visible = FXCollections.observableArrayList();
    private final ObjectProperty<ResolvedConflict> selected = new SimpleObjectProperty<>();
    private final BooleanProperty showResolved = new SimpleBooleanProperty(true);
    private final ObjectProperty<Coverage> coverage = new SimpleObjectProperty<>(new Coverage(List.of(), List.of()));
    private final ObservableList<GroupCredibility> credibility = FXCollections.observableArrayList();
    private final ObservableList<OutletReliability> outlets = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private Consumer<Variant> reveal = v -> { };
    private long generation;

    public ConflictsViewModel(BackgroundTasks tasks, ClaimsViewModel claims, ClaimPrompts prompts) {
        this.tasks = tasks;
        this.claims = claims;
        this.prompts = prompts;
        claims.overviewProperty().addListener((o, was, now) -> recompute(now));
        // Resolutions and grades change the case but not the claim overview (which then compares equal).
        claims.caseProperty().addListener((o, was, now) -> recompute(claims.overviewProperty().get()));
        showResolved.addListener((o, a, b) -> applyFilter());
        selected.addListener((o, was, now) -> {
            if (now != null) {
                now.conflict().variants().forEach(v -> reveal.accept(v));
            }
        });
    }

    /** How the conflicts view shows a variant in the reader (opening its article if needed). */
    public void connectReader(Consumer<Variant> reveal) {
        this.reveal = reveal;
    }

    private void recompute(ClaimOverview overview) {
        Workspace ws = claims.workspace();
        CaseFile kase = claims.currentCase();
        if (ws == null || kase == null || overview == null) {
            report.set(null);
            visible.clear();
            return;
        }
        long mine = ++generation;
        tasks.run("Looking for conflicts", p -> board().report(overview, ws.articles(), ws::mentions, kase), r -> {
            if (mine != generation) {
                return;
            }
            String keep = selected.get() == null ? null : selected.get().conflict().id();
            report.set(r);
            coverage.set(r.coverage());
            credibility.setAll(r.credibility());
            outlets.setAll(r.reliability());
            applyFilter();
            visible.stream().filter(c -> c.conflict().id().equals(keep)).findFirst().ifPresent(selected::set);
            if (!r.unattached().isEmpty()) {
                int n = r.unattached().size();
                message.set(n + (n == 1 ? " earlier decision fits" : " earlier decisions fit")
                        + " no conflict found now (the articles changed); kept in the case, not applied.");
            }
        }, e -> message.set("Conflict detection failed: " + e.getMessage()));
    }

    private void applyFilter() {
        ConflictReport r = report.get();
        visible.setAll(r == null ? List.of() : r.conflicts().stream().filter(c -> showResolved.get() || c.isOpen()).toList());
    }

    private ConflictBoard board() {
        ConflictBoard b = board;
        if (b == null) {
            b = new ConflictBoard(); // two workers racing build two boards at worst; both are equivalent
            board = b;
        }
        return b;
    }

    /**
     * The selected conflict's heading and the analyst's decision in words; a decision taken on different variants
     * says what changed since and how to confirm it.
     */
    public static String describe(ResolvedConflict rc) {
        String head = rc.conflict().severity() + " · " + rc.conflict().kind() + " — " + rc.conflict().reason();
        Resolution r = rc.resolution();
        if (r == null) {
            return head + "\nUnresolved.";
        }
        String how = switch (r.kind()) {
            case ACCEPT_VARIANT -> rc.acceptedIndex() >= 0 ? "Variant " + (rc.acceptedIndex() + 1) + " accepted"
                    : r.accepted() != null ? "Accepted “" + r.accepted().quote() + "” (" + r.accepted().file() + ")"
                    : "Variant " + (r.acceptedVariant() + 1) + " accepted";
            case MERGED_READING -> "Reading: " + r.reading();
            case DISPUTED -> "Disputed: report both";
            case NOT_A_CONFLICT -> "Not a conflict";
        };
        String decision = head + "\n" + how + (r.rationale().isBlank() ? "." : ". Why: " + r.rationale());
        if (!rc.changedSinceResolved()) {
            return decision;
        }
        return decision + "\n⚠ Changed since resolved: " + String.join("; ", rc.changes())
                + ". Resolve it again to confirm, or R to reopen.";
    }

    // ---- resolving from the keyboard ----

    /** 1-9: the variant with that number is right; asks why. */
    public void acceptVariant(int number) {
        withSelected(c -> {
            if (number < 1 || number > c.conflict().variants().size()) {
                message.set("This conflict has " + c.conflict().variants().size() + " variants.");
                return;
            }
            rationale("Why is variant " + number + " right?").ifPresent(why ->
                    claims.edit("Resolve conflict", k -> ConflictResolver.acceptVariant(k, c, number - 1, why)));
        });
    }

    /** m: the analyst's own reading reconciles the variants; asks for it and why. */
    public void mergedReading() {
        withSelected(c -> prompts.askText("Merged reading", "What is actually known, in your words", "").filter(s -> !s.isBlank())
                .ifPresent(reading -> rationale("Why this reading?").ifPresent(why ->
                        claims.edit("Resolve conflict", k -> ConflictResolver.mergedReading(k, c, reading, why)))));
    }

    /** d: the sources genuinely disagree; report both. */
    public void disputed() {
        withSelected(c -> rationale("Why does this stay disputed?").ifPresent(why ->
                claims.edit("Mark conflict disputed", k -> ConflictResolver.disputed(k, c, why))));
    }

    /** f: a false alarm; no rationale needed. */
    public void notAConflict() {
        withSelected(c -> claims.edit("Dismiss conflict", k -> ConflictResolver.notAConflict(k, c, "")));
    }

    /** r: reopens a resolved conflict. */
    public void reopen() {
        withSelected(c -> claims.edit("Reopen conflict", k -> ConflictResolver.reopen(k, c)));
    }

    /** Moves the selection through the list (wraps around). */
    public void step(int direction) {
        if (visible.isEmpty()) {
            return;
        }
        int i = selected.get() == null ? -1 : visible.indexOf(selected.get());
        selected.set(visible.get(Math.floorMod(i + direction, visible.size())));
    }

    public void gradeOutlet(String outlet, Reliability grade) {
        claims.edit("Grade " + outlet, k -> k.withSourceGrade(new SourceGrade(outlet, grade)));
    }

    /**
     * Sets a group's credibility against the proposal (a reason is required), or with null back to the proposal. The
     * grade is saved with the group's members, so it stays on this group when suggested groups are worked out again.
     */
    public void overrideCredibility(String groupId, Credibility grade) {
        ClaimOverview overview = claims.overviewProperty().get();
        GroupView group = overview == null ? null
                : overview.groups().stream().filter(g -> g.id().equals(groupId)).findFirst().orElse(null);
        if (group == null) {
            message.set("That claim group is no longer there; nothing was changed.");
            return;
        }
        CredibilityOverride current = credibility.stream().filter(c -> c.groupId().equals(groupId)).findFirst()
                .map(GroupCredibility::override).orElse(null);
        if (grade == null) {
            claims.edit("Use proposed credibility", k -> CredibilityOverrides.set(k, group, current, null, null));
            return;
        }
        rationale("Why grade this " + grade.grade() + " (" + grade.label().toLowerCase() + ")?").ifPresent(why ->
                claims.edit("Grade credibility", k -> CredibilityOverrides.set(k, group, current, grade, why)));
    }

    private Optional<String> rationale(String question) {
        Optional<String> why = prompts.askText("Rationale", question, "").map(String::strip);
        if (why.isPresent() && why.get().isEmpty()) {
            message.set("A rationale is required; nothing was changed.");
            return Optional.empty();
        }
        return why;
    }

    /** Acts on the selected conflict as shown, so a decision stored under an older id is the one replaced. */
    private void withSelected(Consumer<ResolvedConflict> action) {
        if (selected.get() == null) {
            message.set("Select a conflict first.");
            return;
        }
        action.accept(selected.get());
    }

    // ---- properties ----

    public ReadOnlyObjectProperty<ConflictReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ObservableList<ResolvedConflict> visibleConflicts() {
        return visible;
    }

    public ObjectProperty<ResolvedConflict> selectedProperty() {
        return selected;
    }

    public BooleanProperty showResolvedProperty() {
        return showResolved;
    }

    public ObjectProperty<Coverage> coverageProperty() {
        return coverage;
    }

    public ObservableList<GroupCredibility> credibility() {
        return credibility;
    }

    public ObservableList<OutletReliability> outlets() {
        return outlets;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
