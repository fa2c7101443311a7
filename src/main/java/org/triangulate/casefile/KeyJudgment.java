package org.triangulate.casefile;

import java.util.List;

/**
 * An analyst-written judgment for the briefing, with either a likelihood term or a confidence level (ICD 203 keeps
 * them apart) and the claim groups that support it.
 *
 * @param id         stable id ("j1")
 * @param text       the judgment
 * @param likelihood ICD 203 likelihood, or null
 * @param confidence confidence level, or null
 * @param groupIds   supporting claim groups
 */
public record KeyJudgment(String id, String text, Likelihood likelihood, Confidence confidence, List<String> groupIds) {

    public KeyJudgment {
        text = text == null ? "" : text;
        groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
    }
}
