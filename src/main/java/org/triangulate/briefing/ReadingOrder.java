package org.triangulate.briefing;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.triangulate.casefile.BriefingDraft.Section;

/**
 * Renumbers a briefing's notes in the order a reader meets them. Quotes are registered as the briefing is assembled,
 * which is not the order it is read in: the BLUF is drafted from agreed points numbered before it, and the analyst
 * can move sections. After this the first note called is 1, the next new one 2, and so on.
 */
final class ReadingOrder {

    private ReadingOrder() {
    }

    static Briefing renumber(Briefing b) {
        Map<Integer, Integer> renumbered = new LinkedHashMap<>();
        Consumer<Statement> read = s -> s.refs().forEach(r -> renumbered.computeIfAbsent(r, k -> renumbered.size() + 1));
        for (Section section : b.sections()) {
            switch (section) {
                case BLUF -> b.bluf().sentences().forEach(read);
                case JUDGMENTS -> b.judgments().forEach(j -> {
                    read.accept(j.statement());
                    j.support().forEach(read);
                });
                case AGREEMENT -> b.agreement().points().forEach(p -> read.accept(p.statement()));
                case DISAGREEMENT -> b.disagreements().forEach(d -> d.variants().forEach(v -> read.accept(v.quote())));
                default -> {
                    // coverage, entities and sources cite nothing
                }
            }
        }
        b.citations().forEach(c -> renumbered.computeIfAbsent(c.number(), k -> renumbered.size() + 1)); // never called: last

        Briefing.Bluf bluf = new Briefing.Bluf(map(b.bluf().sentences(), renumbered), b.bluf().draft());
        List<Briefing.Judgment> judgments = b.judgments().stream().map(j -> new Briefing.Judgment(j.id(),
                map(j.statement(), renumbered), j.likelihood(), j.confidence(), j.groupIds(), map(j.support(), renumbered))).toList();
        Briefing.Agreement agreement = new Briefing.Agreement(b.agreement().reviewed(), b.agreement().points().stream()
                .map(p -> new Briefing.AgreedPoint(p.groupId(), map(p.statement(), renumbered), p.independentSources(),
                        p.credibility())).toList());
        List<Briefing.Disagreement> disagreements = b.disagreements().stream().map(d -> new Briefing.Disagreement(d.kind(),
                d.severity(), d.summary(), d.variants().stream().map(v -> new Briefing.VariantLine(v.outlet(),
                map(v.quote(), renumbered), v.value())).toList(), d.decision(), d.rationale())).toList();
        List<Citation> citations = b.citations().stream()
                .map(c -> new Citation(renumbered.get(c.number()), c.outlet(), c.title(), c.published(), c.file(), c.start(),
                        c.end(), c.quote()))
                .sorted(Comparator.comparingInt(Citation::number)).toList();
        return new Briefing(b.header(), bluf, judgments, agreement, disagreements, b.coverage(), b.entities(), b.sources(),
                citations, b.sections());
    }

    private static List<Statement> map(List<Statement> statements, Map<Integer, Integer> renumbered) {
        return statements.stream().map(s -> map(s, renumbered)).toList();
    }

    private static Statement map(Statement s, Map<Integer, Integer> renumbered) {
        return s == null ? null : new Statement(s.text(), s.refs().stream().map(renumbered::get).sorted().toList(), s.factual());
    }
}
