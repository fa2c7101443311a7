package org.triangulate.ui.briefing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.triangulate.briefing.Briefing;
import org.triangulate.briefing.BriefingExporter;
import org.triangulate.briefing.BriefingLinter;
import org.triangulate.briefing.MarkdownBriefingWriter;
import org.triangulate.briefing.PaperSize;
import org.triangulate.casefile.BriefingDraft;
import org.triangulate.casefile.CaseFile;
import org.triangulate.casefile.Confidence;
import org.triangulate.casefile.KeyJudgment;
import org.triangulate.casefile.Likelihood;
import org.triangulate.ui.claims.ClaimPrompts;
import org.triangulate.ui.claims.ClaimsViewModel;
import org.triangulate.ui.common.BackgroundTasks;
import org.triangulate.workspace.Workspace;

/**
 * The briefing as the analyst writes it: the bottom line and key judgments (kept in the case, undoable), the
 * linter's warnings, a Markdown preview of the whole briefing, and export to Markdown or PDF in the background.
 */
public final class BriefingViewModel {

    private final BackgroundTasks tasks;
    private final ClaimsViewModel claims;
    private final ClaimPrompts prompts;
    private final StringProperty bluf = new SimpleStringProperty("");
    private final StringProperty preview = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ObservableList<KeyJudgment> judgments = FXCollections.observableArrayList();
    private Consumer<Path> exported = p -> { };
    private long generation;

    public BriefingViewModel(BackgroundTasks tasks, ClaimsViewModel claims, ClaimPrompts prompts) {
        this.tasks = tasks;
        this.claims = claims;
        this.prompts = prompts;
        claims.caseProperty().addListener((o, was, now) -> caseChanged(now));
        claims.overviewProperty().addListener((o, was, now) -> refreshPreview());
    }

    /** Called with the written file after a successful export (the app opens it). */
    public void setOnExported(Consumer<Path> exported) {
        this.exported = exported;
    }

    private void caseChanged(CaseFile kase) {
        BriefingDraft draft = kase == null ? BriefingDraft.empty() : kase.briefing();
        bluf.set(draft.blufEdited() ? draft.bluf() : "");
        judgments.setAll(draft.judgments());
        refreshPreview();
    }

    /** Rebuilds the preview and the warnings in the background. */
    public void refreshPreview() {
        Workspace ws = claims.workspace();
        CaseFile kase = claims.currentCase();
        if (ws == null || kase == null) {
            return;
        }
        long mine = ++generation;
        tasks.run("Drafting the briefing", p -> {
            Briefing b = new BriefingExporter(BriefingExporter.defaultAnalyst(), PaperSize.A4).assemble(ws, kase);
            return new Draft(new MarkdownBriefingWriter().write(b), new BriefingLinter().lint(b).stream().map(w -> w.message()).toList());
        }, d -> {
            if (mine == generation) {
                preview.set(d.markdown());
                warnings.setAll(d.warnings());
            }
        }, e -> message.set("Could not draft the briefing: " + e.getMessage()));
    }

    private record Draft(String markdown, List<String> warnings) {
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
                claims.edit("Edit bottom line", k -> k.withBriefing(new BriefingDraft(d.title(), d.classification(), text.strip(),
                        !text.isBlank(), d.judgments()))));
    }

    /** Sets the classification or handling line. */
    public void editClassification() {
        CaseFile kase = claims.currentCase();
        if (kase == null) {
            return;
        }
        BriefingDraft d = kase.briefing();
        prompts.askText("Classification", "Classification or handling line", d.classification()).ifPresent(text ->
                claims.edit("Edit classification", k -> k.withBriefing(new BriefingDraft(d.title(), text.strip(), d.bluf(),
                        d.blufEdited(), d.judgments()))));
    }

    /** Adds a key judgment with a likelihood term or a confidence level (never both) and its supporting group. */
    public void addJudgment() {
        CaseFile kase = claims.currentCase();
        if (kase == null) {
            message.set("Open a corpus first.");
            return;
        }
        prompts.askText("Key judgment", "The judgment", "").map(String::strip).filter(t -> !t.isEmpty()).ifPresent(text -> {
            List<ClaimPrompts.Choice> scale = new ArrayList<>();
            for (Likelihood l : Likelihood.values()) {
                scale.add(new ClaimPrompts.Choice("L:" + l.name(), "likelihood: " + l.phrase()));
            }
            for (Confidence c : Confidence.values()) {
                scale.add(new ClaimPrompts.Choice("C:" + c.name(), "confidence: " + c.name().toLowerCase(java.util.Locale.ROOT)));
            }
            prompts.choose("How sure?", scale).ifPresent(level -> {
                List<ClaimPrompts.Choice> groups = new ArrayList<>();
                claims.overviewProperty().get().groups().stream().filter(g -> !g.suggested())
                        .forEach(g -> groups.add(new ClaimPrompts.Choice(g.id(), g.id() + " · " + g.summary())));
                List<String> support = groups.isEmpty() ? List.of()
                        : prompts.choose("Supporting claim group", groups).map(List::of).orElse(List.of());
                Likelihood likelihood = level.startsWith("L:") ? Likelihood.valueOf(level.substring(2)) : null;
                Confidence confidence = level.startsWith("C:") ? Confidence.valueOf(level.substring(2)) : null;
                claims.edit("Add key judgment", k -> k.withNewJudgment(new KeyJudgment(null, text, likelihood, confidence, support)));
            });
        });
    }

    /** Exports to {@code file}: Markdown for .md, otherwise PDF. */
    public void export(Path file) {
        Workspace ws = claims.workspace();
        CaseFile kase = claims.currentCase();
        if (ws == null || kase == null) {
            message.set("Open a corpus first.");
            return;
        }
        tasks.run("Exporting the briefing", p -> new BriefingExporter(BriefingExporter.defaultAnalyst(), PaperSize.A4)
                .export(ws, kase, BriefingExporter.formatOf(file), file), r -> {
            message.set("Briefing written to " + r.file() + " (" + r.citations() + " citations, " + r.warnings().size()
                    + (r.warnings().size() == 1 ? " warning)" : " warnings)"));
            exported.accept(r.file());
        }, e -> message.set("Could not export the briefing: " + e.getMessage()));
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

    public ObservableList<String> warnings() {
        return warnings;
    }

    public ObservableList<KeyJudgment> judgments() {
        return judgments;
    }
}
