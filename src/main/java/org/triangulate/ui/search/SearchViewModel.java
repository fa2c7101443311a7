package org.triangulate.ui.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.triangulate.corpus.TextSpan;
import org.triangulate.index.ArticleHit;
import org.triangulate.index.InvalidQueryException;
import org.triangulate.index.PassageHit;
import org.triangulate.index.SearchResults;
import org.triangulate.ui.common.BackgroundTasks;
import org.triangulate.ui.reader.ReaderViewModel.SearchHit;
import org.triangulate.workspace.Workspace;

/**
 * The search box and its results: runs Lucene queries in the background, keeps the hits in reading order (best
 * article first, then by position) and steps through them. A query Lucene cannot parse gives the parser's
 * message, never a stack trace.
 */
public final class SearchViewModel {

    private static final int LIMIT = 100;

    private final BackgroundTasks tasks;
    private final ReadOnlyObjectProperty<Workspace> workspace;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<SearchResults> results = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty();
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObjectProperty<List<SearchHit>> hits = new SimpleObjectProperty<>(List.of());
    private final IntegerProperty currentIndex = new SimpleIntegerProperty(-1);
    private String lastRun;
    private Consumer<Map<String, List<TextSpan>>> onHits = h -> { };
    private Consumer<SearchHit> onShowHit = h -> { };
    private Consumer<Throwable> onError = e -> { };

    public SearchViewModel(BackgroundTasks tasks, ReadOnlyObjectProperty<Workspace> workspace) {
        this.tasks = tasks;
        this.workspace = workspace;
    }

    /**
     * @param hitsFound called with every hit range by article when results arrive (for the reader to light them)
     * @param showHit   called to open and show one hit
     * @param errors    unexpected failures (I/O)
     */
    public void setListeners(Consumer<Map<String, List<TextSpan>>> hitsFound, Consumer<SearchHit> showHit, Consumer<Throwable> errors) {
        this.onHits = hitsFound;
        this.onShowHit = showHit;
        this.onError = errors;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyObjectProperty<SearchResults> resultsProperty() {
        return results;
    }

    /** The parser's message for an invalid query, else null. */
    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyObjectProperty<List<SearchHit>> hitsProperty() {
        return hits;
    }

    public IntegerProperty currentIndexProperty() {
        return currentIndex;
    }

    public SearchHit currentHit() {
        int i = currentIndex.get();
        return i >= 0 && i < hits.get().size() ? hits.get().get(i) : null;
    }

    /** Enter in the search box: run the query, or if it already ran, go to the next hit. */
    public void submit() {
        String q = query.get() == null ? "" : query.get().strip();
        if (q.equals(lastRun) && results.get() != null && error.get() == null) {
            step(1);
        } else {
            run(q);
        }
    }

    public void run(String q) {
        Workspace ws = workspace.get();
        if (q.isEmpty()) {
            clear();
            return;
        }
        if (ws == null) {
            error.set("No corpus is open yet");
            return;
        }
        lastRun = q;
        tasks.run("Searching for " + q, p -> ws.search(q, LIMIT), r -> show(q, r), e -> {
            if (!q.equals(lastRun)) {
                return; // an older search failed after a newer one was started: its error is not the analyst's concern now
            }
            if (e instanceof InvalidQueryException) {
                results.set(null);
                hits.set(List.of());
                currentIndex.set(-1);
                onHits.accept(Map.of());
                summary.set("");
                error.set(e.getMessage());
            } else {
                onError.accept(e);
            }
        });
    }

    private void show(String q, SearchResults r) {
        if (!q.equals(lastRun)) {
            return;
        }
        error.set(null);
        results.set(r);
        List<SearchHit> flat = new ArrayList<>();
        Map<String, List<TextSpan>> byArticle = new LinkedHashMap<>();
        for (ArticleHit a : r.hits()) {
            for (PassageHit p : a.passages()) {
                for (TextSpan h : p.highlights()) {
                    flat.add(new SearchHit(a.articleId(), h));
                    byArticle.computeIfAbsent(a.articleId(), k -> new ArrayList<>()).add(h);
                }
            }
        }
        hits.set(List.copyOf(flat));
        summary.set(r.total() == 0 ? "No article matches" : r.total() + (r.total() == 1 ? " article, " : " articles, ")
                + flat.size() + (flat.size() == 1 ? " hit" : " hits"));
        onHits.accept(byArticle);
        currentIndex.set(-1);
        if (!flat.isEmpty()) {
            step(1);
        }
    }

    /** F3 / Shift+F3: the next or previous hit, wrapping round. */
    public void step(int direction) {
        List<SearchHit> all = hits.get();
        if (all.isEmpty()) {
            return;
        }
        int next = currentIndex.get() < 0 ? (direction > 0 ? 0 : all.size() - 1)
                : Math.floorMod(currentIndex.get() + direction, all.size());
        go(next);
    }

    /** Shows one hit by its position in the list. */
    public void go(int index) {
        if (index < 0 || index >= hits.get().size()) {
            return;
        }
        currentIndex.set(index);
        onShowHit.accept(hits.get().get(index));
    }

    public void clear() {
        lastRun = null;
        results.set(null);
        error.set(null);
        summary.set("");
        hits.set(List.of());
        currentIndex.set(-1);
        onHits.accept(Map.of());
        onShowHit.accept(null);
    }
}
