package org.triangulate.briefing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triangulate.casefile.CaseFile;
import org.triangulate.claims.WireCopies;
import org.triangulate.corpus.Article;

/** The articles with their grades and independent origins, so the reader can weigh "three sources" properly. */
final class SourceList {

    private SourceList() {
    }

    static List<Briefing.SourceRow> of(List<Article> articles, CaseFile kase) {
        WireCopies copies = WireCopies.of(articles);
        Map<String, String> originLabels = new LinkedHashMap<>();
        Map<String, List<String>> filesByOrigin = new LinkedHashMap<>();
        for (Article a : articles) {
            String origin = copies.originOf(a.id());
            originLabels.computeIfAbsent(origin, o -> "O" + (originLabels.size() + 1));
            filesByOrigin.computeIfAbsent(origin, o -> new ArrayList<>()).add(a.file());
        }
        List<Briefing.SourceRow> rows = new ArrayList<>();
        for (Article a : articles) {
            String origin = copies.originOf(a.id());
            List<String> others = filesByOrigin.get(origin).stream().filter(f -> !f.equals(a.file())).toList();
            String outlet = SourceLabels.outlet(a);
            String location = a.meta().url() != null && !a.meta().url().isBlank() ? a.meta().url().strip() : a.file();
            rows.add(new Briefing.SourceRow(outlet, BriefingAssembler.oneLine(a.title()), a.published(), location,
                    kase.reliability(SourceLabels.gradeKey(a)), originLabels.get(origin), others));
        }
        return rows;
    }
}
