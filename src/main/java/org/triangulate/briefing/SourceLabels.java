package org.triangulate.briefing;

import org.triangulate.corpus.Article;

/** How the briefing names a source, including when the article does not say which outlet published it. */
final class SourceLabels {

    static final String UNKNOWN_OUTLET = "Unknown outlet";

    private SourceLabels() {
    }

    /** The outlet as the article names it, or "Unknown outlet". */
    static String outlet(Article a) {
        return hasOutlet(a) ? BriefingAssembler.oneLine(a.outlet()) : UNKNOWN_OUTLET;
    }

    /**
     * The key the analyst's reliability grades use: the outlet, or the file for an article that names none (so two
     * unnamed outlets are never graded as one).
     */
    static String gradeKey(Article a) {
        return hasOutlet(a) ? a.outlet().strip() : a.file();
    }

    /** A short column head: the outlet, or the file's leading part ("002" for "002_cd4c0251b1ad3c11.txt"). */
    static String column(Article a) {
        if (hasOutlet(a)) {
            return BriefingAssembler.oneLine(a.outlet());
        }
        String name = a.file().substring(a.file().lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        int cut = stem.indexOf('_');
        return cut > 0 ? stem.substring(0, cut) : stem.length() > 14 ? stem.substring(0, 14) : stem;
    }

    private static boolean hasOutlet(Article a) {
        return a.outlet() != null && !a.outlet().isBlank();
    }
}
