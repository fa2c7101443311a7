package org.triangulate.casefile;

import java.util.List;

/**
 * What the analyst writes for the briefing; everything else in it is drawn from the case.
 *
 * @param title          briefing title (empty: derived from the corpus)
 * @param classification handling line, "UNCLASSIFIED" by default
 * @param bluf           bottom line up front, 1-3 sentences
 * @param blufEdited     false while the BLUF is still the machine's draft
 * @param judgments      key judgments
 */
public record BriefingDraft(String title, String classification, String bluf, boolean blufEdited, List<KeyJudgment> judgments) {

    public static final String DEFAULT_CLASSIFICATION = "UNCLASSIFIED";

    public BriefingDraft {
        title = title == null ? "" : title;
        classification = classification == null || classification.isBlank() ? DEFAULT_CLASSIFICATION : classification;
        bluf = bluf == null ? "" : bluf;
        judgments = judgments == null ? List.of() : List.copyOf(judgments);
    }

    public static BriefingDraft empty() {
        return new BriefingDraft("", DEFAULT_CLASSIFICATION, "", false, List.of());
    }
}
