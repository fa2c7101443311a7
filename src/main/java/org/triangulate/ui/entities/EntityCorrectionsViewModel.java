package org.triangulate.ui.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.triangulate.corpus.Article;
import org.triangulate.corpus.TextSpan;
import org.triangulate.nlp.Correction;
import org.triangulate.nlp.Entity;
import org.triangulate.nlp.EntityType;
import org.triangulate.nlp.Mention;
import org.triangulate.ui.claims.ClaimPrompts;
import org.triangulate.ui.claims.ClaimsViewModel;
import org.triangulate.workspace.Workspace;

/**
 * The analyst's corrections to extracted entities: rename, merge, split a wrong alias off, delete a false mention,
 * add a missed one. Each is an undoable edit of the case (so it is saved with the rest of the analyst's work) and
 * the workspace replays the case's corrections on every extraction, so they survive re-extraction.
 */
public final class EntityCorrectionsViewModel {

    /** What the corrections need from the window: the selected entity, the reader's caret and selection. */
    public interface Context {
        Workspace workspace();

        /** The selected entity's key ("PERSON:Oliver Dowden"), or null. */
        String selectedEntityKey();

        /** The mention at the focused column's caret, with its article, or empty. */
        Optional<MentionAt> mentionAtCaret();

        /** The focused column's selected text, with its article, or empty. */
        Optional<SpanIn> selection();

        /** Called after a correction so the entity panel and highlights show it. */
        void corrected();
    }

    public record MentionAt(Article article, Mention mention) {
    }

    public record SpanIn(Article article, TextSpan span) {
    }

    private final ClaimsViewModel kase;
    private final ClaimPrompts prompts;
    private final Context context;
    private final StringProperty message = new SimpleStringProperty("");

    public EntityCorrectionsViewModel(ClaimsViewModel kase, ClaimPrompts prompts, Context context) {
        this.kase = kase;
        this.prompts = prompts;
        this.context = context;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** Gives the selected entity a better name everywhere. */
    public void rename() {
        selected().ifPresent(e -> prompts.askText("Rename entity", "New name for " + e.name(), e.name())
                .map(String::strip).filter(n -> !n.isEmpty() && !n.equals(e.name()))
                .ifPresent(n -> apply("Rename entity", new Correction.RenameEntity(e.type(), e.name(), n))));
    }

    /** Merges the selected entity into another of the same type, chosen by typing. */
    public void mergeInto() {
        selected().ifPresent(e -> {
            List<ClaimPrompts.Choice> choices = context.workspace().entities().stream()
                    .filter(o -> o.type() == e.type() && !o.name().equals(e.name()))
                    .map(o -> new ClaimPrompts.Choice(o.name(), o.name() + " (" + o.mentions() + " mentions)")).toList();
            prompts.choose("Merge " + e.name() + " into…", choices).ifPresent(target ->
                    apply("Merge entities", new Correction.MergeEntities(e.type(), e.name(), e.type(), target)));
        });
    }

    /** Splits a wrongly linked way of writing the selected entity off into an entity of its own. */
    public void splitAlias() {
        selected().ifPresent(e -> {
            List<ClaimPrompts.Choice> aliases = new ArrayList<>();
            e.aliases().stream().filter(a -> !a.equals(e.name())).forEach(a -> aliases.add(new ClaimPrompts.Choice(a, a)));
            if (aliases.isEmpty()) {
                message.set(e.name() + " is only ever written one way.");
                return;
            }
            prompts.choose("Which way of writing " + e.name() + " is wrong?", aliases).ifPresent(alias ->
                    prompts.askText("Split alias", "Entity that \"" + alias + "\" really is", alias).map(String::strip)
                            .filter(n -> !n.isEmpty())
                            .ifPresent(n -> apply("Split alias", new Correction.SplitAlias(e.type(), e.name(), alias, e.type(), n))));
        });
    }

    /** Deletes the mention at the caret: nothing should have been extracted there. */
    public void deleteMentionAtCaret() {
        Optional<MentionAt> at = context.mentionAtCaret();
        if (at.isEmpty()) {
            message.set("Put the caret on a highlighted mention first.");
            return;
        }
        Mention m = at.get().mention();
        apply("Delete mention", new Correction.DeleteMention(at.get().article().id(), m.start(), m.end(), m.text()));
    }

    /** Adds the selected text as a mention the extractor missed: asks for the type and the entity. */
    public void addSelection() {
        Optional<SpanIn> sel = context.selection();
        if (sel.isEmpty()) {
            message.set("Select the missed name in the reader first.");
            return;
        }
        Article a = sel.get().article();
        TextSpan span = sel.get().span();
        String text = a.text(span);
        List<ClaimPrompts.Choice> types = new ArrayList<>();
        for (EntityType t : EntityType.values()) {
            types.add(new ClaimPrompts.Choice(t.name(), t.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
        }
        prompts.choose("What is \"" + text + "\"?", types).ifPresent(type ->
                prompts.askText("Add mention", "Entity it refers to", text).map(String::strip).filter(n -> !n.isEmpty())
                        .ifPresent(n -> apply("Add mention", new Correction.AddMention(a.id(), span.start(), span.end(), text,
                                EntityType.valueOf(type), n))));
    }

    private Optional<Entity> selected() {
        Workspace ws = context.workspace();
        String key = context.selectedEntityKey();
        if (ws == null || key == null) {
            message.set("Select an entity first (in the entity panel, or E on a mention).");
            return Optional.empty();
        }
        return ws.entities().stream().filter(e -> e.key().equals(key)).findFirst();
    }

    private void apply(String description, Correction correction) {
        kase.edit(description, k -> k.withEntityCorrection(correction));
        Workspace ws = context.workspace();
        if (ws != null && kase.currentCase() != null) {
            ws.setEntityCorrections(kase.currentCase().entityCorrections());
        }
        context.corrected();
        message.set(description + " — saved in the case; Ctrl+Z undoes it.");
    }
}
