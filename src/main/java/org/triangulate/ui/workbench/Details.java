package org.triangulate.ui.workbench;

import java.util.List;

/**
 * What the details pane shows about the current selection.
 *
 * @param heading  the entity name, or "Similar passages"
 * @param kind     a short line under it ("Threat actor · 14 mentions in 5 articles")
 * @param lines    further facts, one per line (aliases, passages)
 */
public record Details(String heading, String kind, List<String> lines) {

    public Details {
        lines = List.copyOf(lines);
    }

    public static Details nothing() {
        return new Details("Nothing selected", "Select an entity, a sentence or a search hit to see details here.", List.of());
    }
}
