package org.triangulate.ui.common;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * What the window remembers between runs, as saved in {@code preferences.json}. A plain DTO: the live state is in
 * the view models, which are copied into one of these on save.
 *
 * @param formatVersion  version of this file's format
 * @param theme          "light" or "dark"
 * @param window         last window bounds, null for the default
 * @param dividers       split-pane divider positions by name ("sidebar", "details", "articles")
 * @param detailsVisible whether the details pane is shown
 * @param lastCorpus     the corpus folder open last time, null on first run
 * @param recentCorpora  recently opened corpus folders, most recent first
 * @param openArticles   files (relative to the corpus) open in the reader columns, left to right
 * @param hiddenTypes    entity types whose highlighting is switched off
 * @param keyBindings    action id to key combination, only where the analyst changed the default
 * @param analyst        the analyst's name for briefing headers, null for the operating system's user name
 * @param paperSize      paper for PDF briefings, "A4" or "LETTER" ({@code briefing.PaperSize}), null for A4
 * @param openArticlesByCorpus the files open in the reader when each recent corpus folder was last left, by
 *                       folder, so opening a folder again (open DIR, Open recent) brings its articles back
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UiPreferences(int formatVersion, String theme, WindowBounds window, Map<String, Double> dividers,
                            boolean detailsVisible, String lastCorpus, List<String> recentCorpora,
                            List<String> openArticles, List<String> hiddenTypes, Map<String, String> keyBindings,
                            String analyst, String paperSize, Map<String, List<String>> openArticlesByCorpus) {

    public static final int FORMAT_VERSION = 1;
    public static final String FILE_NAME = "preferences.json";

    public UiPreferences {
        theme = theme == null ? "light" : theme;
        dividers = dividers == null ? Map.of() : Map.copyOf(dividers);
        recentCorpora = recentCorpora == null ? List.of() : List.copyOf(recentCorpora);
        openArticles = openArticles == null ? List.of() : List.copyOf(openArticles);
        hiddenTypes = hiddenTypes == null ? List.of() : List.copyOf(hiddenTypes);
        keyBindings = keyBindings == null ? Map.of() : Map.copyOf(keyBindings);
        analyst = analyst == null || analyst.isBlank() ? null : analyst.strip();
        paperSize = paperSize == null || paperSize.isBlank() ? null : paperSize.strip();
        openArticlesByCorpus = openArticlesByCorpus == null ? Map.of() : Map.copyOf(openArticlesByCorpus);
    }

    /**
     * Preferences without the briefing's analyst and paper (see {@link #withBriefing}) or the articles open by folder
     * (see {@link #withOpenArticlesByCorpus}): the window's own parts.
     */
    public UiPreferences(int formatVersion, String theme, WindowBounds window, Map<String, Double> dividers,
                         boolean detailsVisible, String lastCorpus, List<String> recentCorpora, List<String> openArticles,
                         List<String> hiddenTypes, Map<String, String> keyBindings) {
        this(formatVersion, theme, window, dividers, detailsVisible, lastCorpus, recentCorpora, openArticles, hiddenTypes,
                keyBindings, null, null, Map.of());
    }

    public static UiPreferences defaults() {
        return new UiPreferences(FORMAT_VERSION, "light", null, Map.of(), true, null, List.of(), List.of(), List.of(), Map.of());
    }

    /** These preferences with the briefing pane's analyst name and paper size. */
    public UiPreferences withBriefing(String analystName, String paper) {
        return new UiPreferences(formatVersion, theme, window, dividers, detailsVisible, lastCorpus, recentCorpora,
                openArticles, hiddenTypes, keyBindings, analystName, paper, openArticlesByCorpus);
    }

    /** These preferences with the articles open in each recent corpus folder. */
    public UiPreferences withOpenArticlesByCorpus(Map<String, List<String>> byCorpus) {
        return new UiPreferences(formatVersion, theme, window, dividers, detailsVisible, lastCorpus, recentCorpora,
                openArticles, hiddenTypes, keyBindings, analyst, paperSize, byCorpus);
    }

    /** Window position and size. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }
}
