package org.triangulate.ui.reader;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.triangulate.corpus.Article;
import org.triangulate.corpus.TextSpan;
import org.triangulate.nlp.EntityType;
import org.triangulate.nlp.Mention;

/**
 * One open article in the side-by-side reader: its text, what is lit in it, where its caret is. The highlight runs
 * are recomputed whenever any input changes; the column view only applies them.
 */
public final class ColumnViewModel {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final Article article;
    private final ObjectProperty<List<Mention>> mentions = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<TextSpan> chosenSentence = new SimpleObjectProperty<>();
    private final ObjectProperty<TextSpan> similarPassage = new SimpleObjectProperty<>();
    private final ObjectProperty<List<TextSpan>> searchHits = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<TextSpan> currentSearchHit = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Reveal> reveal = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<List<HighlightLayers.ClaimMark>> claims = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<List<HighlightLayers.ConflictMark>> conflicts = new SimpleObjectProperty<>(List.of());
    /** The chosen sentence extended by whole sentences (Shift+J / Shift+K), or null. */
    private final ReadOnlyObjectWrapper<TextSpan> extendedSelection = new ReadOnlyObjectWrapper<>();
    /** The first and last sentence (indices) the extension covers; meaningful while it is not null. */
    private int rangeFirst;
    private int rangeLast;
    private final ObjectBinding<List<StyleRun>> styleRuns;
    private int caret;
    /** The caret offset a programmatic reveal will produce, so the echo from the view is not taken as a choice. */
    private int pendingRevealCaret = -1;

    ColumnViewModel(Article article, ObservableValue<Set<EntityType>> hiddenTypes, ObservableValue<String> selectedEntityKey) {
        this.article = article;
        this.styleRuns = Bindings.createObjectBinding(() -> HighlightLayers.compute(new HighlightLayers.Inputs(
                        article.body().length(), mentions.get(), hiddenTypes.getValue(), selectedEntityKey.getValue(),
                        chosenSentence.get(), extendedSelection.get(), similarPassage.get(), searchHits.get(),
                        currentSearchHit.get(), claims.get(), conflicts.get())),
                mentions, hiddenTypes, selectedEntityKey, chosenSentence, extendedSelection, similarPassage, searchHits,
                currentSearchHit, claims, conflicts);
        // Choosing another sentence (j/k, a click, Enter moving on) starts afresh from it.
        chosenSentence.addListener((o, was, now) -> extendedSelection.set(null));
    }

    public Article article() {
        return article;
    }

    private final ObjectProperty<TextSpan> selection = new SimpleObjectProperty<>();

    /** The text the analyst selected in this column, or null. */
    public ObjectProperty<TextSpan> selectionProperty() {
        return selection;
    }

    /** The claims outlined in this column (suggested and saved). */
    public ObjectProperty<List<HighlightLayers.ClaimMark>> claimsProperty() {
        return claims;
    }

    /** The quotes of this article that are variants of a conflict, open or resolved. */
    public ObjectProperty<List<HighlightLayers.ConflictMark>> conflictsProperty() {
        return conflicts;
    }

    /** The current sentence extended by whole sentences (Shift+J / Shift+K), or null when not extended. */
    public ReadOnlyObjectProperty<TextSpan> extendedSelectionProperty() {
        return extendedSelection.getReadOnlyProperty();
    }

    /**
     * Shift+J (1) / Shift+K (-1): moves the free end of the selection by one sentence, as Shift+arrow does in an
     * editor. The current sentence is the fixed end: extending down and then up shrinks back to it. The view shows
     * the range from its start (the reader puts a revealed paragraph at the top, so revealing the free end would
     * scroll the start of a range extended downwards out of sight).
     */
    public void extendBySentence(int direction) {
        List<TextSpan> sentences = article.sentences();
        if (sentences.isEmpty()) {
            return;
        }
        TextSpan anchor = anchorSentence();
        int anchorFirst = sentenceIndexAt(anchor.start());
        int anchorLast = sentenceIndexAt(Math.max(anchor.start(), anchor.end() - 1));
        if (extendedSelection.get() == null) {
            rangeFirst = anchorFirst;
            rangeLast = anchorLast;
        }
        if (direction > 0) {
            if (rangeFirst < anchorFirst) {
                rangeFirst++;
            } else {
                rangeLast = Math.min(sentences.size() - 1, rangeLast + 1);
            }
        } else {
            if (rangeLast > anchorLast) {
                rangeLast--;
            } else {
                rangeFirst = Math.max(0, rangeFirst - 1);
            }
        }
        if (rangeFirst == anchorFirst && rangeLast == anchorLast) {
            extendedSelection.set(null);
        } else {
            int start = rangeFirst == anchorFirst ? anchor.start() : sentences.get(rangeFirst).start();
            int end = rangeLast == anchorLast ? anchor.end() : sentences.get(rangeLast).end();
            extendedSelection.set(new TextSpan(start, end));
        }
        reveal(extendedSelection.get() != null ? extendedSelection.get().start() : anchor.start());
    }

    /** The fixed end of an extension: the chosen sentence, else the sentence at the caret, else the first. */
    private TextSpan anchorSentence() {
        if (chosenSentence.get() != null) {
            return chosenSentence.get();
        }
        TextSpan at = article.sentenceAt(caret);
        return at != null ? at : article.sentences().get(0);
    }

    private int sentenceIndexAt(int offset) {
        List<TextSpan> sentences = article.sentences();
        for (int i = sentences.size() - 1; i >= 0; i--) {
            if (sentences.get(i).start() <= offset) {
                return i;
            }
        }
        return 0;
    }

    public String title() {
        return article.title();
    }

    /** "Reuters · 26 March 2024 · 003.txt": the parts that are known. */
    public String byline() {
        StringBuilder b = new StringBuilder();
        if (article.outlet() != null && !article.outlet().isBlank()) {
            b.append(article.outlet()).append(" · ");
        }
        if (article.published() != null) {
            b.append(DATE.format(article.published())).append(" · ");
        }
        return b.append(article.file()).toString();
    }

    public ObservableValue<List<StyleRun>> styleRunsProperty() {
        return styleRuns;
    }

    public List<StyleRun> styleRuns() {
        return styleRuns.get();
    }

    public ObjectProperty<List<Mention>> mentionsProperty() {
        return mentions;
    }

    public List<Mention> mentions() {
        return mentions.get();
    }

    public ObjectProperty<TextSpan> chosenSentenceProperty() {
        return chosenSentence;
    }

    public ObjectProperty<TextSpan> similarPassageProperty() {
        return similarPassage;
    }

    public ObjectProperty<List<TextSpan>> searchHitsProperty() {
        return searchHits;
    }

    public ObjectProperty<TextSpan> currentSearchHitProperty() {
        return currentSearchHit;
    }

    public ReadOnlyObjectProperty<Reveal> revealProperty() {
        return reveal.getReadOnlyProperty();
    }

    public int caret() {
        return caret;
    }

    /** Asks the view to show {@code offset} and move the caret there. */
    public void reveal(int offset) {
        int clamped = Math.max(0, Math.min(offset, article.body().length()));
        pendingRevealCaret = clamped;
        caret = clamped;
        reveal.set(new Reveal(clamped, SEQUENCE.incrementAndGet()));
    }

    /**
     * The view reports where the caret went. Returns true if the analyst moved it (a click, arrow keys), false
     * when it is the echo of a {@link #reveal}.
     */
    boolean caretMoved(int offset) {
        caret = offset;
        if (offset == pendingRevealCaret) {
            pendingRevealCaret = -1;
            return false;
        }
        pendingRevealCaret = -1;
        return true;
    }

    /** The mention covering {@code offset}, or null. */
    public Mention mentionAt(int offset) {
        for (Mention m : mentions.get()) {
            if (m.start() <= offset && offset < m.end()) {
                return m;
            }
            if (m.start() > offset) {
                break;
            }
        }
        return null;
    }

    /** The sentence after (direction 1) or before (-1) the one holding the caret. */
    TextSpan sentenceNextTo(int direction) {
        List<TextSpan> sentences = article.sentences();
        if (sentences.isEmpty()) {
            return null;
        }
        TextSpan here = chosenSentence.get() != null && chosenSentence.get().contains(caret) ? chosenSentence.get()
                : article.sentenceAt(caret);
        if (here == null) {
            return sentences.get(0);
        }
        if (chosenSentence.get() == null && direction > 0 && caret <= here.start()) {
            return here; // nothing chosen yet: the first j chooses the sentence at the caret
        }
        int i = sentences.indexOf(here);
        int next = Math.max(0, Math.min(sentences.size() - 1, i + direction));
        return sentences.get(next);
    }
}
