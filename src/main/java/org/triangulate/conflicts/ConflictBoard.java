package org.triangulate.conflicts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.triangulate.casefile.CaseFile;
import org.triangulate.casefile.Credibility;
import org.triangulate.casefile.CredibilityOverride;
import org.triangulate.claims.ClaimBoard;
import org.triangulate.claims.ClaimOverview;
import org.triangulate.claims.ClaimView;
import org.triangulate.claims.GroupView;
import org.triangulate.corpus.Article;
import org.triangulate.nlp.Mention;

/**
 * Puts detection and the analyst's case together: the claim overview, the conflicts in it with the resolutions
 * the case holds for them, coverage, proposed and overridden credibility, and outlet reliability.
 */
public final class ConflictBoard {

    private final ClaimBoard claims = new ClaimBoard();
    private final ConflictDetector detector = new ConflictDetector();

    public ConflictReport report(List<Article> articles, Function<String, List<Mention>> mentions, CaseFile kase) {
        ClaimOverview overview = claims.overview(articles, mentions, kase);
        return report(overview, articles, mentions, kase);
    }

    public ConflictReport report(ClaimOverview overview, List<Article> articles, Function<String, List<Mention>> mentions,
                                 CaseFile kase) {
        List<Statement> statements = ConflictDetector.statements(overview, articles, mentions);
        Resolutions.Attached attached = Resolutions.attach(detector.detect(statements), kase.resolutions());
        List<ResolvedConflict> conflicts = attached.conflicts();

        Map<String, String> outletOfFile = new LinkedHashMap<>();
        Set<String> outlets = new LinkedHashSet<>();
        articles.stream().sorted(java.util.Comparator.comparing(Article::file)).forEach(a -> {
            outletOfFile.put(a.file(), ConflictDetector.outletOf(a));
            outlets.add(ConflictDetector.outletOf(a));
        });
        List<Conflict> open = conflicts.stream().filter(ResolvedConflict::isOpen).map(ResolvedConflict::conflict).toList();
        Coverage coverage = Coverage.of(overview.groups(), new ArrayList<>(outlets), outletOfFile, open);

        List<GroupCredibility> credibility = new ArrayList<>();
        Map<String, CredibilityOverride> overrides = CredibilityOverrides.match(overview.groups(), kase.credibilityOverrides());
        for (GroupView g : overview.groups()) {
            Set<String> places = new HashSet<>();
            for (ClaimView c : g.claims()) {
                places.add(c.file() + ":" + c.start());
            }
            List<Conflict> touching = conflicts.stream().filter(ResolvedConflict::stillDisputed).map(ResolvedConflict::conflict)
                    .filter(c -> c.variants().stream().anyMatch(v -> places.contains(v.place()))).toList();
            CredibilityProposal.Proposal p = CredibilityProposal.propose(g.independentSources(), touching);
            CredibilityOverride override = overrides.get(g.id());
            Credibility effective = override != null ? override.grade() : p.grade();
            credibility.add(new GroupCredibility(g.id(), g.summary(), g.independentSources(), touching.size(), p.grade(),
                    override, effective, p.basis()));
        }

        List<OutletReliability> reliability = outlets.stream().map(o -> new OutletReliability(o, kase.reliability(o),
                kase.sourceGrades().stream().anyMatch(sg -> sg.outlet().equals(o)))).toList();
        return new ConflictReport(conflicts, coverage, credibility, reliability, attached.unattached());
    }
}
