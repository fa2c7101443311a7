package org.triangulate.ui.briefing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.triangulate.briefing.Briefing;
import org.triangulate.briefing.BriefingExporter;
import org.triangulate.briefing.LintWarning;
import org.triangulate.briefing.MarkdownBriefingWriter;
import org.triangulate.briefing.PaperSize;
import org.triangulate.casefile.BriefingDraft;
import org.triangulate.casefile.BriefingDraft.Section;
import org.triangulate.casefile.CaseFile;
import org.triangulate.casefile.Confidence;
import org.triangulate.casefile.KeyJudgment;
import org.triangulate.casefile.Likelihood;
import org.triangulate.ui.claims.ClaimPrompts;
import org.triangulate.ui.claims.ClaimsViewModel;
import org.triangulate.ui.common.BackgroundTasks;
import org.triangulate.ui.common.Dialogs;
import org.triangulate.workspace.Workspace;

/**
 * The briefing as the analyst writes it: the bottom line, key judgments and the order of the sections (kept in the
 * case, undoable), the analyst's name and paper size (kept in the preferences), the linter's warnings, a Markdown
 * preview of the whole briefing, and export to Markdown or PDF in the background.
 */
public final class BriefingViewModel {

    private static final List<Dialogs.FileType> EXPORT_TYPES = List.of(
            new Dialogs.FileType("PDF", "pdf"), new Dialogs.FileType("Markdown", "md"));

    private final BackgroundTasks tasks;
    private final ClaimsViewModel claims;
    private final ClaimPrompts prompts;
    private final Dialogs dialogs;
    private final StringProperty bluf = new SimpleStringProperty("");
    private final StringProperty preview = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty analyst = new SimpleStringProperty(BriefingExporter.defaultAnalyst());
    private final ObjectProperty<PaperSize> paper = new SimpleObjectProperty<>(PaperSize.A4);
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ObservableList<KeyJudgment> judgments = FXCollections.observableArrayList();
    private final ObservableList<Section> sections = FXCollections.observableArrayList(Section.DEFAULT_ORDER);
    private Consumer<Path> exported = p -> { };
    private Path exportFolder;
    private long generation;

    public BriefingViewModel(BackgroundTasks tasks, ClaimsViewModel claims, ClaimPrompts prompts, Dialogs dialogs) {
        this.tasks = tasks;
        this.claims = claims;
        this.prompts = prompts;
        this.dialogs = dialogs;
        claims.caseProperty().addListener((o, was, now) -> caseChanged(now));
        claims.overviewProperty().addListener((o, was, now) -> refreshPreview());
        caseChanged(claims.currentCase());
    }

    /** Called with the written file after a successful export (the app opens it). */
    public void setOnExported(Consumer<Path> exported) {
        this.exported = exported;
    }

    /**
     * The remembered analyst name and paper size ({@code UiPreferences}); a null name is the operating system's user
     * name, an unknown paper A4.
     */
    public void restore(String analystName, String paperSize) {
        analyst.set(analystName == null || analystName.isBlank() ? BriefingExporter.defaultAnalyst() : analystName.strip());
        paper.set(parsePaper(paperSize));
    }

    /** The analyst name to remember, or null when it is the default (so a renamed login still shows through). */
    public String analystToRemember() {
        String name = analyst.get();
        return name == null || name.isBlank() || name.equals(BriefingExporter.defaultAnalyst()) ? null : name;
    }

    /** The paper to remember, as {@code UiPreferences} keeps it. */
    public String paperToRemember() {
        return paper.get().name();
    }

    private static PaperSize parsePaper(String name) {
        try {
            return name == null ? PaperSize.A4 : PaperSize.parse(name);
        } catch (IllegalArgumentException e) {
            return PaperSize.A4;
        }
    }

    private void caseChanged(CaseFile kase) {
        BriefingDraft draft = kase == null ? BriefingDraft.empty() : kase.briefing();
        bluf.set(draft.blufEdited() ? draft.bluf() : "");
        judgments.setAll(draft.judgments());
        sections.setAll(draft.sections());
        refreshPreview();
    }

    /** Rebuilds the preview and the warnings (those of a PDF export, which include the fonts) in the background. */
    public void refreshPreview() {
        Workspace ws = claims.workspace();
        CaseFile kase = claims.currentCase();
        if (ws == null || kase == null) {
            return;
        }
        long mine = ++generation;
        BriefingExporter exporter = exporter();
        tasks.run("Drafting the briefing", p -> {
            Briefing b = exporter.assemble(ws, kase);
            return new Draft(new MarkdownBriefingWriter().write(b),
                    exporter.warnings(b, BriefingExporter.Format.PDF).stream().map(LintWarning::message).toList());
        }, d -> {
            if (mine == generation) {
                preview.set(d.markdown());
                warnings.setAll(d.warnings());
            }
        }, e -> message.set("Could not draft the briefing: " + e.getMessage()));
    }

    private record Draft(String markdown, List<String> warnings) {
    }

    private BriefingExporter exporter() {
        return new BriefingExporter(analyst.get(), paper.get());
    }

    /** The name on the briefing's title block; blank means the operating system's user name. */
    public void setAnalyst(String name) {
        String next = name == null || name.isBlank() ? BriefingExporter.defaultAnalyst() : name.strip();
        if (!next.equals(analyst.get())) {
            analyst.set(next);
            refreshPreview();
        }
    }

    /** The paper the next PDF export is laid out for. */
    public void setPaper(PaperSize size) {
        paper.set(size == null ? PaperSize.A4 : size);
    }

    /** Writes the bottom line (1-3 sentences; cite a claim group with its id in brackets, e.g. [g4]). */
    public void editBluf() {
        CaseFile kase = claims.currentCase();
        if (kase == null) {
            message.set("Open a corpus first.");
            return;
        }
        BriefingDraft d = kase.briefing();
        prompts.askText("Bottom line up front", "1–3 sentences; cite claim groups as [g4]", d.bluf()).ifPresent(text ->
                editDraft("Edit bottom line", draft -> draft.withBluf(text.strip(), !text.isBlank())));
    }

    /** Sets the classification or handling line. */
    public void editClassification() {
        CaseFile kase = claims.currentCase();
        if (kase == null) {
            return;
        }
        prompts.askText("Classification", "Classification or handling line", kase.briefing().classification()).ifPresent(text ->
                editDraft("Edit classification", draft -> draft.withClassification(text.strip())));
    }

    /** Adds a key judgment with a likelihood term or a confidence level (never both) and its supporting group. */
    public void addJudgment() {
        if (claims.currentCase() == null) {
            message.set("Open a corpus first.");
            return;
        }
        askJudgment("Key judgment", null).ifPresent(j -> claims.edit("Add key judgment", k -> k.withNewJudgment(j)));
    }

    /** Rewrites a key judgment: its text, likelihood or confidence, and supporting group, each prefilled. */
    public void editJudgment(String id) {
        judgment(id).ifPresent(old -> askJudgment("Edit key judgment", old).ifPresent(j ->
                editDraft("Edit key judgment " + id, d -> d.withJudgmentReplaced(id, new KeyJudgment(id, j.text(),
                        j.likelihood(), j.confidence(), j.groupIds())))));
    }

    /** Deletes a key judgment (undoable, like every edit of the case). */
    public void deleteJudgment(String id) {
        judgment(id).ifPresent(j -> {
            editDraft("Delete key judgment " + id, d -> d.withoutJudgment(id));
            message.set("Deleted key judgment \u201c" + shortened(j.text()) + "\u201d; Undo brings it back.");
        });
    }

    /** Moves a key judgment up (negative) or down in the briefing's list. */
    public void moveJudgment(String id, int by) {
        if (judgment(id).isPresent()) {
            editDraft("Move key judgment " + id, d -> d.withJudgmentMoved(id, by));
        }
    }

    /** Moves a section earlier (negative) or later in the briefing. */
    public void moveSection(Section section, int by) {
        if (claims.currentCase() == null) {
            message.set("Open a corpus first.");
            return;
        }
        editDraft("Move section " + sectionTitle(section), d -> d.withSectionMoved(section, by));
    }

    /** The heading a section has in the briefing. */
    public static String sectionTitle(Section s) {
        return switch (s) {
            case BLUF -> "Bottom line up front";
            case JUDGMENTS -> "Key judgments";
            case AGREEMENT -> "What the sources agree on";
            case DISAGREEMENT -> "Where they disagree";
            case COVERAGE -> "Coverage";
            case ENTITIES -> "Entities";
            case SOURCES -> "Sources";
        };
    }

    private void editDraft(String description, java.util.function.UnaryOperator<BriefingDraft> change) {
        if (claims.currentCase() == null) {
            return;
        }
        claims.edit(description, k -> k.withBriefing(change.apply(k.briefing())));
    }

    private Optional<KeyJudgment> judgment(String id) {
        CaseFile kase = claims.currentCase();
        return kase == null || id == null ? Optional.empty()
                : kase.briefing().judgments().stream().filter(j -> id.equals(j.id())).findFirst();
    }

    /** Asks for a judgment's text, level and supporting group, starting from {@code old} when editing. */
    private Optional<KeyJudgment> askJudgment(String title, KeyJudgment old) {
        Optional<String> text = prompts.askText(title, "The judgment", old == null ? "" : old.text())
                .map(String::strip).filter(t -> !t.isEmpty());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<ClaimPrompts.Choice> scale = new ArrayList<>();
        for (Likelihood l : Likelihood.values()) {
            scale.add(new ClaimPrompts.Choice("L:" + l.name(), "likelihood: " + l.phrase()));
        }
        for (Confidence c : Confidence.values()) {
            scale.add(new ClaimPrompts.Choice("C:" + c.name(), "confidence: " + c.name().toLowerCase(Locale.ROOT)));
        }
        if (old != null) { // the current level first, so accepting the list keeps it
            String current = old.likelihood() != null ? "L:" + old.likelihood().name()
                    : old.confidence() != null ? "C:" + old.confidence().name() : null;
            scale.stream().filter(c -> c.key().equals(current)).findFirst().ifPresent(c -> {
                scale.remove(c);
                scale.add(0, c);
            });
        }
        Optional<String> level = prompts.choose("How sure?", scale);
        if (level.isEmpty()) {
            return Optional.empty();
        }
        List<ClaimPrompts.Choice> groups = new ArrayList<>();
        if (claims.overviewProperty().get() != null) {
            claims.overviewProperty().get().groups().stream().filter(g -> !g.suggested())
                    .forEach(g -> groups.add(new ClaimPrompts.Choice(g.id(), g.id() + " · " + g.summary())));
        }
        List<String> support;
        if (groups.isEmpty()) {
            support = old == null ? List.of() : old.groupIds();
        } else {
            if (old != null && !old.groupIds().isEmpty()) {
                groups.stream().filter(c -> c.key().equals(old.groupIds().get(0))).findFirst().ifPresent(c -> {
                    groups.remove(c);
                    groups.add(0, c);
                });
            }
            support = prompts.choose("Supporting claim group", groups).map(List::of)
                    .orElse(old == null ? List.of() : old.groupIds());
        }
        Likelihood likelihood = level.get().startsWith("L:") ? Likelihood.valueOf(level.get().substring(2)) : null;
        Confidence confidence = level.get().startsWith("C:") ? Confidence.valueOf(level.get().substring(2)) : null;
        return Optional.of(new KeyJudgment(old == null ? null : old.id(), text.get(), likelihood, confidence, support));
    }

    /** Export… (Ctrl+E): asks where through the dialogs, then writes Markdown or PDF by the chosen extension. */
    public void chooseAndExport() {
        if (claims.workspace() == null || claims.currentCase() == null) {
            message.set("Open a corpus first.");
            return;
        }
        Path folder = exportFolder != null ? exportFolder : Path.of(System.getProperty("user.home", "."));
        dialogs.chooseSaveFile("Export the briefing", folder, "briefing.pdf", EXPORT_TYPES)
                .map(BriefingViewModel::withExtension).ifPresent(this::export);
    }

    /** A name without .pdf or .md becomes a PDF. */
    static Path withExtension(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".pdf") || name.endsWith(".md") || name.endsWith(".markdown") ? p : p.resolveSibling(p.getFileName() + ".pdf");
    }

    /** Exports to {@code file}: Markdown for .md, otherwise PDF on the chosen paper. */
    public void export(Path file) {
        Workspace ws = claims.workspace();
        CaseFile kase = claims.currentCase();
        if (ws == null || kase == null) {
            message.set("Open a corpus first.");
            return;
        }
        exportFolder = file.toAbsolutePath().getParent();
        BriefingExporter exporter = exporter();
        message.set("Exporting the briefing to " + file.getFileName() + "…");
        tasks.run("Exporting the briefing", p -> exporter.export(ws, kase, BriefingExporter.formatOf(file), file, p), r -> {
            message.set("Briefing written to " + r.file() + " (" + r.citations() + " citations, " + r.warnings().size()
                    + (r.warnings().size() == 1 ? " warning)" : " warnings)"));
            exported.accept(r.file());
        }, e -> {
            message.set("Could not export the briefing: " + e.getMessage());
            dialogs.showError("Could not export the briefing", String.valueOf(e.getMessage()));
        });
    }

    private static String shortened(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "…" : text;
    }

    public StringProperty blufProperty() {
        return bluf;
    }

    public StringProperty previewProperty() {
        return preview;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ReadOnlyStringProperty analystProperty() {
        return analyst;
    }

    public ReadOnlyObjectProperty<PaperSize> paperProperty() {
        return paper;
    }

    public ObservableList<String> warnings() {
        return warnings;
    }

    public ObservableList<KeyJudgment> judgments() {
        return judgments;
    }

    public ObservableList<Section> sections() {
        return sections;
    }
}
