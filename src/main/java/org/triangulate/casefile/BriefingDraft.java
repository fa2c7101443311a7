package org.triangulate.casefile;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What the analyst writes for the briefing; everything else in it is drawn from the case.
 *
 * @param title          briefing title (empty: derived from the corpus)
 * @param classification handling line, "UNCLASSIFIED" by default
 * @param bluf           bottom line up front, 1-3 sentences
 * @param blufEdited     false while the BLUF is still the machine's draft
 * @param judgments      key judgments, in the order the briefing lists them
 * @param sections       the order of the briefing's sections (the title block comes first and the notes last
 *                       whatever the order); a case saved before sections could be moved has none and gets
 *                       {@link Section#DEFAULT_ORDER}
 */
public record BriefingDraft(String title, String classification, String bluf, boolean blufEdited, List<KeyJudgment> judgments,
                            List<Section> sections) {

    public static final String DEFAULT_CLASSIFICATION = "UNCLASSIFIED";

    /** The sections the analyst can move, in the order intelligence briefings use (BLUF first). */
    public enum Section {
        BLUF, JUDGMENTS, AGREEMENT, DISAGREEMENT, COVERAGE, ENTITIES, SOURCES;

        public static final List<Section> DEFAULT_ORDER = List.of(values());

        /** A name from a case file; null for a section this version does not know (a newer file), which is dropped. */
        @JsonCreator
        public static Section fromName(String name) {
            if (name == null) {
                return null;
            }
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    public BriefingDraft {
        title = title == null ? "" : title;
        classification = classification == null || classification.isBlank() ? DEFAULT_CLASSIFICATION : classification;
        bluf = bluf == null ? "" : bluf;
        judgments = judgments == null ? List.of() : List.copyOf(judgments);
        sections = completeOrder(sections);
    }

    /** A draft with the sections in the default order. */
    public BriefingDraft(String title, String classification, String bluf, boolean blufEdited, List<KeyJudgment> judgments) {
        this(title, classification, bluf, blufEdited, judgments, Section.DEFAULT_ORDER);
    }

    public static BriefingDraft empty() {
        return new BriefingDraft("", DEFAULT_CLASSIFICATION, "", false, List.of());
    }

    public BriefingDraft withBluf(String text, boolean edited) {
        return new BriefingDraft(title, classification, text, edited, judgments, sections);
    }

    public BriefingDraft withClassification(String text) {
        return new BriefingDraft(title, text, bluf, blufEdited, judgments, sections);
    }

    public BriefingDraft withJudgments(List<KeyJudgment> list) {
        return new BriefingDraft(title, classification, bluf, blufEdited, list, sections);
    }

    public BriefingDraft withSections(List<Section> order) {
        return new BriefingDraft(title, classification, bluf, blufEdited, judgments, order);
    }

    /** The judgment with this id replaced by {@code replacement} (same place in the list). */
    public BriefingDraft withJudgmentReplaced(String id, KeyJudgment replacement) {
        return withJudgments(judgments.stream().map(j -> Objects.equals(j.id(), id) ? replacement : j).toList());
    }

    /** Without the judgment with this id. */
    public BriefingDraft withoutJudgment(String id) {
        return withJudgments(judgments.stream().filter(j -> !Objects.equals(j.id(), id)).toList());
    }

    /** The judgment with this id moved {@code by} places (negative: up), kept within the list. */
    public BriefingDraft withJudgmentMoved(String id, int by) {
        List<KeyJudgment> list = new ArrayList<>(judgments);
        int from = -1;
        for (int i = 0; i < list.size(); i++) {
            if (Objects.equals(list.get(i).id(), id)) {
                from = i;
            }
        }
        if (from < 0) {
            return this;
        }
        int to = Math.max(0, Math.min(list.size() - 1, from + by));
        list.add(to, list.remove(from));
        return withJudgments(list);
    }

    /** {@code section} moved {@code by} places (negative: earlier), kept within the order. */
    public BriefingDraft withSectionMoved(Section section, int by) {
        List<Section> order = new ArrayList<>(sections);
        int from = order.indexOf(section);
        int to = Math.max(0, Math.min(order.size() - 1, from + by));
        order.add(to, order.remove(from));
        return withSections(order);
    }

    /** Every section once: the given order without unknown or repeated entries, then any missing ones in default order. */
    public static List<Section> completeOrder(List<Section> order) {
        Set<Section> out = new LinkedHashSet<>();
        if (order != null) {
            order.stream().filter(Objects::nonNull).forEach(out::add);
        }
        out.addAll(Section.DEFAULT_ORDER);
        return List.copyOf(out);
    }
}
