package org.triangulate.ui.reader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.triangulate.corpus.Article;
import org.triangulate.corpus.TextSpan;
import org.triangulate.index.SimilarPassage;
import org.triangulate.nlp.EntityType;
import org.triangulate.nlp.Mention;
import org.triangulate.ui.common.BackgroundTasks;
import org.triangulate.workspace.Workspace;

/**
 * The side-by-side reader: up to four open articles, which one has the focus, and what is lit across all of them
 * (the selected entity, similar passages for the chosen sentence, search hits).
 */
public final class ReaderViewModel {

    public static final int MAX_COLUMNS = 4;
    private static final int SIMILAR_LIMIT = 25;

    private final BackgroundTasks tasks;
    private final ReadOnlyObjectProperty<Workspace> workspace;
    private final ObservableList<ColumnViewModel> columns = FXCollections.observableArrayList();
    private final IntegerProperty focusedIndex = new SimpleIntegerProperty(-1);
    private final ObjectProperty<Set<EntityType>> hiddenTypes = new SimpleObjectProperty<>(Set.of());
    private final StringProperty selectedEntityKey = new SimpleStringProperty();
    private final ObjectProperty<List<SimilarPassage>> similarPassages = new SimpleObjectProperty<>(List.of());
    private final ReadOnlyObjectWrapper<ColumnViewModel> preview = new ReadOnlyObjectWrapper<>();
    private Map<String, List<TextSpan>> searchHitsByArticle = Map.of();
    private SearchHit currentSearchHit;
    private Consumer<String> onMessage = m -> { };
    private Consumer<Throwable> onError = e -> { };

    /** One matched range of a search, in an article. */
    public record SearchHit(String articleId, TextSpan span) {
    }

    public ReaderViewModel(BackgroundTasks tasks, ReadOnlyObjectProperty<Workspace> workspace) {
        this.tasks = tasks;
        this.workspace = workspace;
        columns.addListener((javafx.beans.InvalidationListener) o -> {
            if (preview.get() != null && !columns.contains(preview.get())) {
                preview.set(null);
            }
        });
    }

    /** Where the reader reports things worth a line in the status bar, and errors. */
    public void setListeners(Consumer<String> messages, Consumer<Throwable> errors) {
        this.onMessage = messages;
        this.onError = errors;
    }

    public ObservableList<ColumnViewModel> columns() {
        return columns;
    }

    public IntegerProperty focusedIndexProperty() {
        return focusedIndex;
    }

    public ColumnViewModel focusedColumn() {
        int i = focusedIndex.get();
        return i >= 0 && i < columns.size() ? columns.get(i) : null;
    }

    public ObjectProperty<Set<EntityType>> hiddenTypesProperty() {
        return hiddenTypes;
    }

    public StringProperty selectedEntityKeyProperty() {
        return selectedEntityKey;
    }

    /** Passages like the chosen sentence in every other article (not only open ones), best first. */
    public ObjectProperty<List<SimilarPassage>> similarPassagesProperty() {
        return similarPassages;
    }

    // ---- columns

    public ColumnViewModel columnOf(String articleId) {
        return columns.stream().filter(c -> c.article().id().equals(articleId)).findFirst().orElse(null);
    }

    /** Where claim outlines come from: the claims of an article by id. Applied to open columns at once. */
    public void setClaimMarks(java.util.function.Function<String, List<HighlightLayers.ClaimMark>> marks) {
        this.claimMarks = marks;
        columns.forEach(c -> c.claimsProperty().set(marks.apply(c.article().id())));
    }

    private java.util.function.Function<String, List<HighlightLayers.ClaimMark>> claimMarks = id -> List.of();

    /**
     * The analyst opens an article: focuses its column if open (keeping it, if it was the search preview), else
     * opens it in a new column. With all four in use it replaces the search preview column if there is one, else
     * the focused column.
     */
    public ColumnViewModel open(Article article) {
        ColumnViewModel existing = columnOf(article.id());
        if (existing != null) {
            if (existing == preview.get()) {
                preview.set(null);
            }
            focusedIndex.set(columns.indexOf(existing));
            return existing;
        }
        int replace = preview.get() != null ? columns.indexOf(preview.get()) : Math.max(0, focusedIndex.get());
        return place(article, columns.size() >= MAX_COLUMNS ? replace : -1);
    }

    /**
     * Opens an article for a search hit without taking the place of one the analyst opened: in the search preview
     * column if there is one (replacing what it showed), else in a new column, which becomes the preview. Returns
     * the article's column, or null when four articles the analyst opened fill the reader.
     */
    public ColumnViewModel openPreview(Article article) {
        ColumnViewModel existing = columnOf(article.id());
        if (existing != null) {
            return existing;
        }
        ColumnViewModel old = preview.get();
        if (old == null && columns.size() >= MAX_COLUMNS) {
            return null;
        }
        ColumnViewModel column = place(article, old == null ? -1 : columns.indexOf(old));
        preview.set(column);
        return column;
    }

    /**
     * The column search hits opened in articles the analyst had not (at most one): the next such hit reuses it,
     * and it is the first to go when the reader is full. Null when there is none.
     */
    public ReadOnlyObjectProperty<ColumnViewModel> previewColumnProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Keeps the search preview column's article open: the next hit in another article opens a column of its own. */
    public void keepPreview() {
        preview.set(null);
    }

    /** Opens the article in a new column, or at {@code at} in place of the column there; focuses it. */
    private ColumnViewModel place(Article article, int at) {
        ColumnViewModel column = new ColumnViewModel(article, hiddenTypes, selectedEntityKey);
        Workspace ws = workspace.get();
        if (ws != null) {
            column.mentionsProperty().set(ws.mentions(article.id()));
        }
        column.searchHitsProperty().set(searchHitsByArticle.getOrDefault(article.id(), List.of()));
        column.claimsProperty().set(claimMarks.apply(article.id()));
        if (currentSearchHit != null && currentSearchHit.articleId().equals(article.id())) {
            column.currentSearchHitProperty().set(currentSearchHit.span());
        }
        if (at >= 0) {
            if (columns.get(at) == preview.get()) {
                preview.set(null);
            }
            columns.set(at, column);
            focusedIndex.set(-1);
            focusedIndex.set(at);
        } else {
            columns.add(column);
            focusedIndex.set(columns.size() - 1);
        }
        revealFirstSelectedMention(column);
        return column;
    }

    public void closeFocused() {
        int i = focusedIndex.get();
        if (i < 0 || i >= columns.size()) {
            return;
        }
        columns.remove(i);
        focusedIndex.set(columns.isEmpty() ? -1 : Math.min(i, columns.size() - 1));
    }

    public void closeAll() {
        columns.clear();
        focusedIndex.set(-1);
        similarPassages.set(List.of());
    }

    public void focusColumn(int index) {
        if (index >= 0 && index < columns.size()) {
            focusedIndex.set(index);
        }
    }

    public void focusNextColumn(int direction) {
        if (columns.isEmpty()) {
            return;
        }
        int i = Math.floorMod(Math.max(0, focusedIndex.get()) + direction, columns.size());
        focusedIndex.set(i);
    }

    /** Re-reads mentions after entity extraction finished, and drops articles that left the corpus. */
    public void refresh(Workspace ws) {
        for (int i = columns.size() - 1; i >= 0; i--) {
            ColumnViewModel c = columns.get(i);
            if (ws.article(c.article().id()).isEmpty()) {
                columns.remove(i);
            } else {
                c.mentionsProperty().set(ws.mentions(c.article().id()));
            }
        }
        if (focusedIndex.get() >= columns.size()) {
            focusedIndex.set(columns.size() - 1);
        }
    }

    // ---- entities

    /** Lights every mention of the entity in every column and scrolls each column to its first one. */
    public void selectEntity(String entityKey) {
        selectEntity(entityKey, null);
    }

    /**
     * Lights every mention of the entity in every column and scrolls each column but {@code stay} to its first one:
     * the analyst picked the entity in {@code stay}, at the text they are reading.
     */
    private void selectEntity(String entityKey, ColumnViewModel stay) {
        selectedEntityKey.set(entityKey);
        columns.stream().filter(c -> c != stay).forEach(this::revealFirstSelectedMention);
    }

    /**
     * A click on a mention: the caret goes there, that column takes the focus and the mention's entity is selected.
     * The sentence is not chosen, so no similar passages pull the other columns elsewhere.
     */
    public void mentionClicked(ColumnViewModel column, int caret, Mention mention) {
        int index = columns.indexOf(column);
        if (index < 0) {
            return;
        }
        column.caretMoved(caret);
        focusedIndex.set(index);
        selectEntity(mention.entityKey(), column);
    }

    public void clearEntity() {
        selectedEntityKey.set(null);
    }

    private void revealFirstSelectedMention(ColumnViewModel column) {
        String key = selectedEntityKey.get();
        if (key == null) {
            return;
        }
        column.mentions().stream().filter(m -> m.entityKey().equals(key)).findFirst()
                .ifPresent(m -> column.reveal(m.start()));
    }

    /** Selects the entity mentioned at the focused column's caret; false when there is none. */
    public boolean selectEntityAtCaret() {
        ColumnViewModel c = focusedColumn();
        if (c == null) {
            return false;
        }
        Mention m = c.mentionAt(c.caret());
        if (m == null) {
            // the caret sits at a sentence start after j/k: take the first mention of that sentence
            TextSpan s = c.article().sentenceAt(c.caret());
            m = s == null ? null : c.mentions().stream().filter(x -> x.start() >= s.start() && x.start() < s.end())
                    .findFirst().orElse(null);
        }
        if (m == null) {
            return false;
        }
        selectEntity(m.entityKey(), c);
        return true;
    }

    /**
     * Moves to the next (1) or previous (-1) mention of the selected entity, across columns left to right, wrapping
     * round; with no entity selected, to the next mention of any entity in the focused column.
     */
    public void moveToMention(int direction) {
        ColumnViewModel focused = focusedColumn();
        if (focused == null) {
            return;
        }
        String key = selectedEntityKey.get();
        List<int[]> stops = new ArrayList<>(); // {column, offset}
        for (int ci = 0; ci < columns.size(); ci++) {
            if (key == null && ci != focusedIndex.get()) {
                continue;
            }
            for (Mention m : columns.get(ci).mentions()) {
                if (key == null ? !hiddenTypes.get().contains(m.type()) : m.entityKey().equals(key)) {
                    stops.add(new int[] {ci, m.start()});
                }
            }
        }
        if (stops.isEmpty()) {
            onMessage.accept(key == null ? "No entity mentions in this article" : "No mentions of this entity in the open articles");
            return;
        }
        int fc = focusedIndex.get();
        int caret = focused.caret();
        Comparator<int[]> order = Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> s[1]);
        int[] here = {fc, caret};
        int[] target = null;
        if (direction > 0) {
            for (int[] s : stops) {
                if (order.compare(s, here) > 0) {
                    target = s;
                    break;
                }
            }
            if (target == null) {
                target = stops.get(0);
            }
        } else {
            for (int i = stops.size() - 1; i >= 0; i--) {
                if (order.compare(stops.get(i), here) < 0) {
                    target = stops.get(i);
                    break;
                }
            }
            if (target == null) {
                target = stops.get(stops.size() - 1);
            }
        }
        focusedIndex.set(target[0]);
        columns.get(target[0]).reveal(target[1]);
    }

    // ---- sentences and similar passages

    /** j / k: choose the next or previous sentence in the focused column. */
    public void moveSentence(int direction) {
        ColumnViewModel c = focusedColumn();
        if (c == null) {
            return;
        }
        TextSpan next = c.sentenceNextTo(direction);
        if (next != null) {
            c.reveal(next.start());
            chooseSentence(c, next);
        }
    }

    /** The view reports a caret move; a move by the analyst chooses the sentence there. */
    public void caretMoved(ColumnViewModel column, int offset) {
        int index = columns.indexOf(column);
        if (index < 0 || !column.caretMoved(offset)) {
            return;
        }
        focusedIndex.set(index);
        TextSpan sentence = column.article().sentenceAt(offset);
        if (sentence != null && !sentence.equals(column.chosenSentenceProperty().get())) {
            chooseSentence(column, sentence);
        }
    }

    /** Lights the sentence and, in every other column, the passage most like it, scrolling each there. */
    public void chooseSentence(ColumnViewModel column, TextSpan sentence) {
        columns.forEach(c -> {
            c.chosenSentenceProperty().set(c == column ? sentence : null);
            c.similarPassageProperty().set(null);
        });
        Workspace ws = workspace.get();
        if (ws == null) {
            return;
        }
        String articleId = column.article().id();
        tasks.run("Finding similar passages", p -> ws.similar(articleId, sentence.start(), SIMILAR_LIMIT, 1),
                found -> showSimilar(column, sentence, found), onError);
    }

    private void showSimilar(ColumnViewModel column, TextSpan sentence, List<SimilarPassage> found) {
        if (!sentence.equals(column.chosenSentenceProperty().get())) {
            return; // the analyst has moved on
        }
        similarPassages.set(List.copyOf(found));
        int lit = 0;
        for (ColumnViewModel other : columns) {
            if (other == column) {
                continue;
            }
            SimilarPassage best = found.stream().filter(s -> s.articleId().equals(other.article().id()))
                    .max(Comparator.comparingDouble(SimilarPassage::score)).orElse(null);
            if (best != null) {
                other.similarPassageProperty().set(new TextSpan(best.start(), best.end()));
                other.reveal(best.start());
                lit++;
            }
        }
        if (columns.size() > 1) {
            onMessage.accept(lit == 0 ? "No similar passage in the other open articles"
                    : "Similar passage found in " + lit + " of " + (columns.size() - 1) + " other articles");
        }
    }

    // ---- search hits

    public void setSearchHits(Map<String, List<TextSpan>> hitsByArticle) {
        this.searchHitsByArticle = Map.copyOf(hitsByArticle);
        for (ColumnViewModel c : columns) {
            c.searchHitsProperty().set(searchHitsByArticle.getOrDefault(c.article().id(), List.of()));
        }
    }

    /** Marks one hit as the current one and shows it (its article must already be open). */
    public void showSearchHit(SearchHit hit) {
        currentSearchHit = hit;
        for (ColumnViewModel c : columns) {
            boolean here = hit != null && c.article().id().equals(hit.articleId());
            c.currentSearchHitProperty().set(here ? hit.span() : null);
            if (here) {
                focusedIndex.set(columns.indexOf(c));
                c.reveal(hit.span().start());
            }
        }
    }

    public static Set<EntityType> noneHidden() {
        return EnumSet.noneOf(EntityType.class);
    }
}
