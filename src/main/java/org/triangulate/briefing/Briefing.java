package org.triangulate.briefing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.triangulate.casefile.BriefingDraft;
import org.triangulate.casefile.BriefingDraft.Section;
import org.triangulate.casefile.Confidence;
import org.triangulate.casefile.Likelihood;
import org.triangulate.casefile.Reliability;

/**
 * Everything a briefing says, in order, with every factual sentence tied to numbered quotes. The Markdown and PDF
 * renderers only lay this out; they decide nothing about content. All strings are untrusted text.
 *
 * @param header        title, time, cut-off, analyst, classification
 * @param bluf          bottom line up front
 * @param judgments     key judgments
 * @param agreement     what the sources agree on
 * @param disagreements where they disagree
 * @param coverage      claim groups by outlets
 * @param entities      people, organisations, threat actors and places: one table per kind that has any
 * @param sources       the articles
 * @param citations     every quote cited, by number
 * @param sections      the order the sections are laid out in, after the title block and before the notes
 */
public record Briefing(Header header, Bluf bluf, List<Judgment> judgments, Agreement agreement,
                       List<Disagreement> disagreements, Coverage coverage, List<EntityTable> entities,
                       List<SourceRow> sources, List<Citation> citations, List<Section> sections) {

    public Briefing {
        judgments = List.copyOf(judgments);
        disagreements = List.copyOf(disagreements);
        entities = List.copyOf(entities);
        sources = List.copyOf(sources);
        citations = List.copyOf(citations);
        sections = BriefingDraft.completeOrder(sections);
    }

    /** A briefing with its sections in the default order. */
    public Briefing(Header header, Bluf bluf, List<Judgment> judgments, Agreement agreement, List<Disagreement> disagreements,
                    Coverage coverage, List<EntityTable> entities, List<SourceRow> sources, List<Citation> citations) {
        this(header, bluf, judgments, agreement, disagreements, coverage, entities, sources, citations, Section.DEFAULT_ORDER);
    }

    /**
     * @param title          briefing title
     * @param prepared       when the briefing was made
     * @param cutOff         the latest article date, or null when no article is dated
     * @param analyst        who prepared it
     * @param classification handling line
     */
    public record Header(String title, Instant prepared, LocalDate cutOff, String analyst, String classification) {
    }

    /**
     * @param sentences 1-3 sentences
     * @param draft     true while it is the machine's draft, not yet edited by the analyst
     */
    public record Bluf(List<Statement> sentences, boolean draft) {
        public Bluf {
            sentences = List.copyOf(sentences);
        }
    }

    /**
     * @param id         the judgment's id
     * @param statement  the judgment (an assessment), cited through its supporting groups
     * @param likelihood ICD 203 term, or null
     * @param confidence confidence level, or null
     * @param groupIds   the supporting groups the analyst named
     * @param support    the supporting groups that were found, with their citations
     */
    public record Judgment(String id, Statement statement, Likelihood likelihood, Confidence confidence,
                           List<String> groupIds, List<Statement> support) {
        public Judgment {
            groupIds = List.copyOf(groupIds);
            support = List.copyOf(support);
        }
    }

    /**
     * @param reviewed true when these are the analyst's accepted groups; false for the machine's unreviewed suggestions
     * @param points   one cited statement per claim group
     */
    public record Agreement(boolean reviewed, List<AgreedPoint> points) {
        public Agreement {
            points = List.copyOf(points);
        }
    }

    /**
     * @param groupId            claim group id
     * @param statement          the group's summary, cited by every member quote
     * @param independentSources independent origins reporting it
     * @param credibility        Admiralty credibility in words ("2 — Probably true"), or empty when ungraded
     */
    public record AgreedPoint(String groupId, Statement statement, int independentSources, String credibility) {
    }

    /**
     * @param kind       what disagrees
     * @param severity   how much it matters
     * @param summary    what is disputed
     * @param variants   each source's version, cited
     * @param decision   the analyst's decision, or empty when unresolved
     * @param rationale  why, or empty
     */
    public record Disagreement(String kind, BriefingConflict.Severity severity, String summary, List<VariantLine> variants,
                               String decision, String rationale) {
        public Disagreement {
            variants = List.copyOf(variants);
        }

        public boolean resolved() {
            return !decision.isEmpty();
        }
    }

    /** One source's version in a disagreement. */
    public record VariantLine(String outlet, Statement quote, String value) {
    }

    /**
     * @param outlets column heads
     * @param rows    one per claim group
     */
    public record Coverage(List<String> outlets, List<CoverageRow> rows) {
        public Coverage {
            outlets = List.copyOf(outlets);
            rows = List.copyOf(rows);
        }
    }

    /**
     * @param summary  the group's summary
     * @param reported per outlet (in column order): true when that outlet carries a claim of the group
     */
    public record CoverageRow(String summary, List<Boolean> reported) {
        public CoverageRow {
            reported = List.copyOf(reported);
        }
    }

    /** Entity kinds the briefing lists, in the order it lists them. */
    public enum EntityKind {
        PEOPLE("People"), ORGANISATIONS("Organisations"), THREAT_ACTORS("Threat actors"), PLACES("Places");

        private final String heading;

        EntityKind(String heading) {
            this.heading = heading;
        }

        public String heading() {
            return heading;
        }
    }

    /**
     * The most-mentioned entities of one kind.
     *
     * @param kind      which kind
     * @param rows      the entities listed, most mentioned first
     * @param notListed how many more of this kind the workspace has (shown as "and N more")
     */
    public record EntityTable(EntityKind kind, List<EntityRow> rows, int notListed) {
        public EntityTable {
            rows = List.copyOf(rows);
        }
    }

    /**
     * @param kind         which list it belongs to
     * @param name         canonical name
     * @param aliases      other spellings seen in the articles
     * @param knownAliases for threat actors, the other names the gazetteer knows the group by (vendors' names,
     *                     MITRE ids) that the articles do not use; empty for other kinds
     * @param mentions     total mentions
     * @param articles     articles mentioning it
     */
    public record EntityRow(EntityKind kind, String name, List<String> aliases, List<String> knownAliases, int mentions,
                            int articles) {
        public EntityRow {
            aliases = List.copyOf(aliases);
            knownAliases = List.copyOf(knownAliases);
        }
    }

    /**
     * @param outlet      outlet, or "unknown outlet"
     * @param title       article title
     * @param published   date, or null
     * @param location    URL, or the file when there is none
     * @param reliability the analyst's Admiralty grade of the outlet
     * @param origin      independent-origin label ("O1")
     * @param wireCopyOf  for a copy of a wire story carried elsewhere too: the other files of that origin; else empty
     */
    public record SourceRow(String outlet, String title, LocalDate published, String location, Reliability reliability,
                            String origin, List<String> wireCopyOf) {
        public SourceRow {
            wireCopyOf = List.copyOf(wireCopyOf);
        }
    }
}
