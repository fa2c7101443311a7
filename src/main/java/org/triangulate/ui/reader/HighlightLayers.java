package org.triangulate.ui.reader;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.triangulate.corpus.TextSpan;
import org.triangulate.nlp.EntityType;
import org.triangulate.nlp.Mention;

/**
 * Turns everything that can be lit in an article (entity mentions by type, the selected entity, the chosen
 * sentence and its extension, similar passages, search hits, claims, conflicting quotes) into one run of style
 * classes per stretch of text. Pure: the reader
 * column applies the runs to its text area, and tests check them without a window. Colours live in app.css.
 */
public final class HighlightLayers {

    public static final String ENTITY = "entity";
    public static final String ENTITY_SELECTED = "entity-selected";
    public static final String SENTENCE_CHOSEN = "sentence-chosen";
    public static final String SIMILAR = "similar-passage";
    public static final String SEARCH_HIT = "search-hit";
    public static final String SEARCH_HIT_CURRENT = "search-hit-current";
    public static final String CLAIM_SUGGESTED = "claim-suggested";
    public static final String CLAIM_SAVED = "claim-saved";
    /** The chosen sentence extended by Shift+J / Shift+K: what c will tag. */
    public static final String SENTENCE_RANGE = "sentence-range";
    public static final String CONFLICT_OPEN = "conflict-open";
    public static final String CONFLICT_RESOLVED = "conflict-resolved";

    /** A claim's place in the text: outlined dashed while only suggested, solid once the analyst saved it. */
    public record ClaimMark(int start, int end, boolean saved) {
    }

    /** A quote that is a variant of a conflict: marked while the conflict is open, more faintly once resolved. */
    public record ConflictMark(int start, int end, boolean resolved) {
    }

    private HighlightLayers() {
    }

    /** The CSS class of an entity type: "entity-threat-actor" for THREAT_ACTOR. */
    public static String classOf(EntityType type) {
        return "entity-" + type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The inputs, as one value so a column can recompute whenever any of them changes. */
    public record Inputs(int length, List<Mention> mentions, Set<EntityType> hiddenTypes, String selectedEntityKey,
                         TextSpan chosenSentence, TextSpan extendedSelection, TextSpan similarPassage, List<TextSpan> searchHits,
                         TextSpan currentSearchHit, List<ClaimMark> claims, List<ConflictMark> conflicts) {

        /** Without an extended selection or conflicts. */
        public Inputs(int length, List<Mention> mentions, Set<EntityType> hiddenTypes, String selectedEntityKey,
                      TextSpan chosenSentence, TextSpan similarPassage, List<TextSpan> searchHits,
                      TextSpan currentSearchHit, List<ClaimMark> claims) {
            this(length, mentions, hiddenTypes, selectedEntityKey, chosenSentence, null, similarPassage, searchHits,
                    currentSearchHit, claims, List.of());
        }
    }

    private record Layer(int start, int end, List<String> classes) {
    }

    public static List<StyleRun> compute(Inputs in) {
        List<Layer> layers = new ArrayList<>();
        // Order matters only for the order of classes in a run; CSS decides what wins.
        add(layers, in.chosenSentence(), SENTENCE_CHOSEN, in.length());
        add(layers, in.extendedSelection(), SENTENCE_RANGE, in.length());
        add(layers, in.similarPassage(), SIMILAR, in.length());
        for (Mention m : in.mentions()) {
            boolean selected = m.entityKey().equals(in.selectedEntityKey());
            if (selected) {
                layers.add(clip(m.start(), m.end(), List.of(ENTITY, classOf(m.type()), ENTITY_SELECTED), in.length()));
            } else if (!in.hiddenTypes().contains(m.type())) {
                layers.add(clip(m.start(), m.end(), List.of(ENTITY, classOf(m.type())), in.length()));
            }
        }
        for (TextSpan hit : in.searchHits()) {
            boolean current = hit.equals(in.currentSearchHit());
            layers.add(clip(hit.start(), hit.end(), current ? List.of(SEARCH_HIT, SEARCH_HIT_CURRENT) : List.of(SEARCH_HIT), in.length()));
        }
        for (ClaimMark c : in.claims()) {
            layers.add(clip(c.start(), c.end(), List.of(c.saved() ? CLAIM_SAVED : CLAIM_SUGGESTED), in.length()));
        }
        for (ConflictMark c : in.conflicts()) {
            layers.add(clip(c.start(), c.end(), List.of(c.resolved() ? CONFLICT_RESOLVED : CONFLICT_OPEN), in.length()));
        }
        layers.removeIf(l -> l == null || l.start() >= l.end());
        return sweep(layers, in.length());
    }

    private static void add(List<Layer> layers, TextSpan span, String styleClass, int length) {
        if (span != null) {
            layers.add(clip(span.start(), span.end(), List.of(styleClass), length));
        }
    }

    private static Layer clip(int start, int end, List<String> classes, int length) {
        int s = Math.max(0, Math.min(start, length));
        int e = Math.max(s, Math.min(end, length));
        return new Layer(s, e, classes);
    }

    /** Cuts the text at every layer boundary and gives each piece the classes of the layers covering it. */
    private static List<StyleRun> sweep(List<Layer> layers, int length) {
        List<StyleRun> runs = new ArrayList<>();
        if (length == 0) {
            return runs;
        }
        layers.sort(Comparator.comparingInt(Layer::start));
        Set<Integer> cuts = new java.util.TreeSet<>();
        cuts.add(0);
        cuts.add(length);
        for (Layer l : layers) {
            cuts.add(l.start());
            cuts.add(l.end());
        }
        List<Layer> active = new ArrayList<>();
        int next = 0;
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null) {
                int from = previous;
                active.removeIf(l -> l.end() <= from);
                while (next < layers.size() && layers.get(next).start() <= from) {
                    if (layers.get(next).end() > from) {
                        active.add(layers.get(next));
                    }
                    next++;
                }
                append(runs, cut - from, classesOf(active));
            }
            previous = cut;
        }
        return runs;
    }

    private static List<String> classesOf(Collection<Layer> active) {
        if (active.isEmpty()) {
            return List.of();
        }
        Set<String> classes = new LinkedHashSet<>();
        active.forEach(l -> classes.addAll(l.classes()));
        return List.copyOf(classes);
    }

    /** Merges neighbours with the same classes, keeping the number of runs (and text nodes) small. */
    private static void append(List<StyleRun> runs, int length, List<String> classes) {
        if (length <= 0) {
            return;
        }
        if (!runs.isEmpty() && runs.get(runs.size() - 1).styleClasses().equals(classes)) {
            StyleRun last = runs.remove(runs.size() - 1);
            runs.add(new StyleRun(last.length() + length, classes));
        } else {
            runs.add(new StyleRun(length, classes));
        }
    }
}
