package org.triangulate.briefing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.triangulate.casefile.BriefingDraft;
import org.triangulate.casefile.CaseFile;
import org.triangulate.casefile.Credibility;
import org.triangulate.casefile.CredibilityOverride;
import org.triangulate.casefile.KeyJudgment;
import org.triangulate.claims.ClaimView;
import org.triangulate.claims.GroupView;
import org.triangulate.corpus.Article;
import org.triangulate.nlp.Gazetteer;

/**
 * Builds a {@link Briefing} from the workspace and the case: picks what the sources agree on (the analyst's accepted
 * groups, or the machine's suggestions marked unreviewed when there are none), drafts a BLUF while the analyst has
 * not written one, and numbers every quote it cites in reading order.
 */
public final class BriefingAssembler {

    /** Suggested groups need at least this many independent origins to count as agreement. */
    private static final int MIN_SOURCES_FOR_SUGGESTED = 2;
    private static final int MAX_SUGGESTED_POINTS = 12;
    private static final int DRAFT_BLUF_SENTENCES = 3;

    private final String analyst;
    private final Instant prepared;

    /**
     * @param analyst  who prepares the briefing
     * @param prepared when (the briefing's date/time line)
     */
    public BriefingAssembler(String analyst, Instant prepared) {
        this.analyst = analyst == null || analyst.isBlank() ? "Unnamed analyst" : analyst.strip();
        this.prepared = Objects.requireNonNull(prepared, "prepared");
    }

    public Briefing assemble(BriefingSources in) {
        Map<String, Article> byFile = new LinkedHashMap<>();
        in.articles().forEach(a -> byFile.put(a.file(), a));
        CitationRegistry registry = new CitationRegistry(byFile);
        Map<String, GroupView> groupsById = new HashMap<>();
        in.overview().groups().forEach(g -> groupsById.put(g.id(), g));
        CaseFile kase = in.kase();
        BriefingDraft draft = kase.briefing();

        // Quotes are numbered as they are registered here; ReadingOrder renumbers them as the reader meets them.
        Briefing.Agreement agreement = agreement(in, registry);
        Briefing.Bluf bluf = draft.blufEdited() && !draft.bluf().isBlank()
                ? new Briefing.Bluf(AnalystBluf.sentences(draft.bluf(), id -> support(groupsById.get(id), registry)), false)
                : draftBluf(agreement);
        List<Briefing.Judgment> judgments = draft.judgments().stream().map(j -> judgment(j, groupsById, registry)).toList();
        List<Briefing.Disagreement> disagreements = in.evidence().conflicts().stream()
                .sorted(Comparator.comparing(BriefingConflict::severity))
                .map(c -> disagreement(c, kase, byFile, registry)).toList();
        Briefing.Header header = new Briefing.Header(title(draft, agreement, groupsById, byFile), prepared,
                cutOff(in.articles()), analyst, draft.classification());
        return ReadingOrder.renumber(new Briefing(header, bluf, judgments, agreement, disagreements,
                CoverageTable.of(agreement, in.evidence(), groupsById, byFile),
                EntityList.of(in.entities(), Gazetteer.bundled()), SourceList.of(in.articles(), kase), registry.all(),
                draft.sections()));
    }

    private Briefing.Agreement agreement(BriefingSources in, CitationRegistry registry) {
        List<GroupView> accepted = in.overview().groups().stream().filter(g -> !g.suggested()).toList();
        boolean reviewed = !accepted.isEmpty();
        List<GroupView> chosen = reviewed ? accepted : in.overview().groups().stream()
                .filter(g -> g.independentSources() >= MIN_SOURCES_FOR_SUGGESTED)
                .limit(MAX_SUGGESTED_POINTS).toList();
        List<Briefing.AgreedPoint> points = new ArrayList<>();
        for (GroupView g : chosen) {
            points.add(new Briefing.AgreedPoint(g.id(), support(g, registry), g.independentSources(),
                    credibility(g.id(), in.kase(), in.evidence()).map(BriefingAssembler::describe).orElse("")));
        }
        return new Briefing.Agreement(reviewed, points);
    }

    /** The group's summary, cited by each member's quote; null for a group that is not there. */
    static Statement support(GroupView g, CitationRegistry registry) {
        if (g == null) {
            return null;
        }
        List<Integer> refs = new ArrayList<>();
        for (ClaimView c : g.claims()) {
            int n = registry.cite(c.file(), c.start(), c.end(), c.text());
            if (!refs.contains(n)) {
                refs.add(n);
            }
        }
        return new Statement(oneLine(g.summary()), refs, true);
    }

    private static Optional<Credibility> credibility(String groupId, CaseFile kase, EvidenceInput evidence) {
        return kase.credibilityOverride(groupId).map(CredibilityOverride::grade)
                .or(() -> Optional.ofNullable(evidence.proposedCredibility().get(groupId)));
    }

    private static String describe(Credibility c) {
        return c.grade() + " \u2014 " + c.label();
    }

    /**
     * The machine's BLUF: the best-supported agreed points, most credible first, then by independent sources. It is
     * marked as a draft until the analyst edits it.
     */
    private static Briefing.Bluf draftBluf(Briefing.Agreement agreement) {
        List<Statement> sentences = agreement.points().stream()
                .sorted(Comparator.comparingInt((Briefing.AgreedPoint p) -> gradeOf(p.credibility()))
                        .thenComparing(Comparator.comparingInt(Briefing.AgreedPoint::independentSources).reversed()))
                .limit(DRAFT_BLUF_SENTENCES)
                .map(Briefing.AgreedPoint::statement).toList();
        return new Briefing.Bluf(sentences, true);
    }

    /** Credibility grade from its description; ungraded sorts last. */
    private static int gradeOf(String credibility) {
        return credibility.isEmpty() ? 7 : Character.digit(credibility.charAt(0), 10);
    }

    private static Briefing.Judgment judgment(KeyJudgment j, Map<String, GroupView> groupsById, CitationRegistry registry) {
        List<Statement> support = new ArrayList<>();
        Set<Integer> refs = new LinkedHashSet<>();
        for (String id : j.groupIds()) {
            Statement s = support(groupsById.get(id), registry);
            if (s != null) {
                support.add(s);
                refs.addAll(s.refs());
            }
        }
        // A judgment is the analyst's assessment, not a fact; it is cited through the groups that support it.
        return new Briefing.Judgment(j.id(), new Statement(oneLine(j.text()), new ArrayList<>(refs), false),
                j.likelihood(), j.confidence(), j.groupIds(), support);
    }

    /**
     * One conflict with its variants cited. Its settlement is the one it came with, else the analyst's resolution
     * saved in the case under the conflict's id, so the detector's adapter need not read the case.
     */
    private static Briefing.Disagreement disagreement(BriefingConflict c, CaseFile kase, Map<String, Article> byFile,
                                                      CitationRegistry registry) {
        List<Briefing.VariantLine> lines = new ArrayList<>();
        for (BriefingConflict.Variant v : c.variants()) {
            int n = registry.cite(v.file(), v.start(), v.end(), v.quote());
            Article a = byFile.get(v.file());
            String outlet = v.outlet() != null && !v.outlet().isBlank() ? v.outlet() : a != null ? SourceLabels.outlet(a) : v.file();
            lines.add(new Briefing.VariantLine(outlet, new Statement(oneLine(v.quote()), List.of(n), true), v.value()));
        }
        BriefingConflict.Settlement s = c.resolution() != null ? c.resolution()
                : kase.resolution(c.id()).map(r -> BriefingConflict.Settlement.from(r, c.variants())).orElse(null);
        return new Briefing.Disagreement(c.kind(), c.severity(), oneLine(c.summary()), lines,
                s == null ? "" : oneLine(s.decision().isBlank() ? "resolved" : s.decision()),
                s == null ? "" : oneLine(s.rationale()));
    }

    /**
     * The analyst's title; else the title of the article carrying most of the agreed points, which names the event
     * in a reporter's words.
     */
    private static String title(BriefingDraft draft, Briefing.Agreement agreement, Map<String, GroupView> groupsById,
                                Map<String, Article> byFile) {
        if (!draft.title().isBlank()) {
            return oneLine(draft.title());
        }
        Map<String, Integer> carried = new HashMap<>();
        for (Briefing.AgreedPoint p : agreement.points()) {
            GroupView g = groupsById.get(p.groupId());
            if (g != null) {
                g.claims().stream().map(ClaimView::file).distinct().forEach(f -> carried.merge(f, 1, Integer::sum));
            }
        }
        return byFile.values().stream()
                .max(Comparator.comparing((Article a) -> !a.title().endsWith("\u2026")) // a lead cut short reads badly
                        .thenComparingInt(a -> carried.getOrDefault(a.file(), 0))
                        .thenComparing(Article::file, Comparator.reverseOrder()))
                .map(a -> "Briefing: " + oneLine(a.title()))
                .orElse("Briefing");
    }

    private static LocalDate cutOff(List<Article> articles) {
        return articles.stream().map(Article::published).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    /** Quotes and titles may span lines; a briefing line may not. */
    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
