package org.triangulate.briefing;

import static org.triangulate.briefing.MarkdownText.escape;

import java.util.List;
import org.triangulate.casefile.BriefingDraft;
import java.util.stream.Collectors;

/**
 * Writes a briefing as CommonMark with GFM tables that reads well as plain text. Citations are footnote markers
 * ({@code [^3]}) defined in a Notes section at the end, each naming outlet, title, date, file and the exact quote.
 * Every piece of text from the corpus or the case goes through {@link MarkdownText#escape}.
 */
public final class MarkdownBriefingWriter {

    public String write(Briefing b) {
        StringBuilder md = new StringBuilder(16_384);
        Briefing.Header h = b.header();
        md.append("**").append(escape(h.classification())).append("**\n\n");
        md.append("# ").append(escape(h.title())).append("\n\n");
        md.append("- **Prepared:** ").append(escape(BriefingFormat.prepared(h.prepared()))).append('\n');
        md.append("- **Information cut-off:** ").append(escape(BriefingFormat.day(h.cutOff()))).append('\n');
        md.append("- **Analyst:** ").append(escape(h.analyst())).append('\n');
        md.append("- **Classification:** ").append(escape(h.classification())).append("\n\n");

        for (BriefingDraft.Section section : b.sections()) {
            switch (section) {
                case BLUF -> bluf(md, b.bluf());
                case JUDGMENTS -> judgments(md, b.judgments());
                case AGREEMENT -> agreement(md, b.agreement());
                case DISAGREEMENT -> {
                    section(md, BriefingFormat.DISAGREEMENT);
                    disagreements(md, b.disagreements());
                }
                case COVERAGE -> {
                    section(md, BriefingFormat.COVERAGE);
                    coverage(md, b.coverage());
                }
                case ENTITIES -> {
                    section(md, BriefingFormat.ENTITIES);
                    entities(md, b.entities());
                }
                case SOURCES -> {
                    section(md, BriefingFormat.SOURCES);
                    sources(md, b.sources());
                }
            }
        }

        section(md, BriefingFormat.NOTES);
        for (Citation c : b.citations()) {
            md.append("[^").append(c.number()).append("]: ").append(escape(c.outlet())).append(", \u201c")
                    .append(escape(c.title())).append("\u201d, ").append(escape(BriefingFormat.isoDay(c.published())))
                    .append(": \u201c").append(escape(c.quote())).append("\u201d (").append(escape(c.file()))
                    .append(", characters ").append(c.start()).append("\u2013").append(c.end()).append(")\n\n");
        }
        md.append("**").append(escape(h.classification())).append("**\n");
        return md.toString();
    }

    private static void bluf(StringBuilder md, Briefing.Bluf bluf) {
        section(md, BriefingFormat.BLUF);
        if (bluf.draft()) {
            md.append("> **").append(escape(BriefingFormat.DRAFT_NOTE)).append("**\n\n");
        }
        if (bluf.sentences().isEmpty()) {
            md.append("Nothing to report yet.\n\n");
        } else {
            md.append(bluf.sentences().stream().map(MarkdownBriefingWriter::cited).collect(Collectors.joining(" "))).append("\n\n");
        }
    }

    private static void judgments(StringBuilder md, List<Briefing.Judgment> judgments) {
        section(md, BriefingFormat.JUDGMENTS);
        if (judgments.isEmpty()) {
            md.append("No key judgments recorded.\n\n");
        }
        int n = 1;
        for (Briefing.Judgment j : judgments) {
            md.append(n++).append(". ").append(cited(j.statement())).append("\\\n");
            md.append("   *").append(escape(BriefingFormat.estimate(j.likelihood(), j.confidence()))).append(".*\\\n");
            md.append("   Supported by: ").append(j.support().isEmpty() ? "no claim group"
                    : j.support().stream().map(s -> "\u201c" + escape(s.text()) + "\u201d").collect(Collectors.joining("; ")))
                    .append("\n");
        }
        md.append('\n');
    }

    private static void agreement(StringBuilder md, Briefing.Agreement agreement) {
        section(md, BriefingFormat.AGREEMENT);
        if (!agreement.reviewed()) {
            md.append("> **").append(escape(BriefingFormat.UNREVIEWED_NOTE)).append("**\n\n");
        }
        if (agreement.points().isEmpty()) {
            md.append("No claim is reported by more than one independent source.\n\n");
        }
        for (Briefing.AgreedPoint p : agreement.points()) {
            md.append("- ").append(cited(p.statement())).append(" \u2014 ").append(escape(BriefingFormat.sources(p.independentSources())));
            if (!p.credibility().isEmpty()) {
                md.append("; credibility ").append(escape(p.credibility()));
            }
            md.append(".\n");
        }
        md.append('\n');
    }

    private static void section(StringBuilder md, String title) {
        md.append("## ").append(title).append("\n\n");
    }

    private static String cited(Statement s) {
        return escape(s.text()) + refs(s.refs());
    }

    private static String refs(List<Integer> refs) {
        return refs.stream().map(r -> "[^" + r + "]").collect(Collectors.joining());
    }

    private static void disagreements(StringBuilder md, List<Briefing.Disagreement> all) {
        if (all.isEmpty()) {
            md.append(BriefingFormat.NO_CONFLICTS).append("\n\n");
            return;
        }
        int n = 1;
        for (Briefing.Disagreement d : all) {
            md.append("### ").append(n++).append(". ").append(escape(BriefingFormat.kind(d.kind()))).append(" \u2014 ")
                    .append(BriefingFormat.severity(d.severity())).append("\n\n");
            md.append(escape(d.summary())).append("\n\n");
            md.append("| Outlet | Says | Value |\n|---|---|---|\n");
            for (Briefing.VariantLine v : d.variants()) {
                md.append("| ").append(escape(v.outlet())).append(" | \u201c").append(escape(v.quote().text())).append("\u201d")
                        .append(refs(v.quote().refs())).append(" | ").append(escape(v.value())).append(" |\n");
            }
            md.append('\n');
            if (d.resolved()) {
                md.append("**Resolution:** ").append(escape(d.decision())).append(".");
                if (!d.rationale().isEmpty()) {
                    md.append(" *Rationale:* ").append(escape(d.rationale()));
                }
                md.append("\n\n");
            } else {
                md.append("**").append(BriefingFormat.UNRESOLVED).append("**\n\n");
            }
        }
    }

    private static void coverage(StringBuilder md, Briefing.Coverage c) {
        if (c.rows().isEmpty()) {
            md.append("No claim groups to show.\n\n");
            return;
        }
        md.append("| Claim |");
        c.outlets().forEach(o -> md.append(' ').append(escape(o)).append(" |"));
        md.append("\n|---|");
        c.outlets().forEach(o -> md.append(":-:|"));
        md.append('\n');
        for (Briefing.CoverageRow r : c.rows()) {
            md.append("| ").append(escape(r.summary())).append(" |");
            r.reported().forEach(yes -> md.append(yes ? " \u2713 |" : " \u00b7 |"));
            md.append('\n');
        }
        md.append("\n\u2713 reported, \u00b7 not reported.\n\n");
    }

    private static void entities(StringBuilder md, List<Briefing.EntityTable> tables) {
        if (tables.isEmpty()) {
            md.append("No entities extracted.\n\n");
            return;
        }
        for (Briefing.EntityTable t : tables) {
            boolean actors = t.kind() == Briefing.EntityKind.THREAT_ACTORS;
            md.append("### ").append(t.kind().heading()).append("\n\n| Name | Also written as |")
                    .append(actors ? " " + BriefingFormat.KNOWN_ALIASES + " |" : "")
                    .append(" Mentions | Articles |\n|---|---|").append(actors ? "---|" : "").append("--:|--:|\n");
            for (Briefing.EntityRow r : t.rows()) {
                md.append("| ").append(escape(r.name())).append(" | ").append(list(r.aliases())).append(" |");
                if (actors) {
                    md.append(' ').append(list(r.knownAliases())).append(" |");
                }
                md.append(' ').append(r.mentions()).append(" | ").append(r.articles()).append(" |\n");
            }
            md.append('\n');
            if (t.notListed() > 0) {
                md.append(escape(BriefingFormat.notListed(t.kind(), t.notListed()))).append("\n\n");
            }
        }
    }

    private static String list(List<String> names) {
        return names.stream().map(MarkdownText::escape).collect(Collectors.joining(", "));
    }

    private static void sources(StringBuilder md, List<Briefing.SourceRow> rows) {
        md.append("| # | Outlet | Title | Published | Location | Reliability | Origin |\n|--:|---|---|---|---|---|---|\n");
        int n = 1;
        for (Briefing.SourceRow s : rows) {
            md.append("| ").append(n++).append(" | ").append(escape(s.outlet())).append(" | ").append(escape(s.title()))
                    .append(" | ").append(escape(BriefingFormat.isoDay(s.published()))).append(" | ").append(escape(s.location()))
                    .append(" | ").append(escape(BriefingFormat.reliability(s.reliability()))).append(" | ").append(escape(s.origin()));
            if (!s.wireCopyOf().isEmpty()) {
                md.append(", wire copy shared with ").append(s.wireCopyOf().stream().map(MarkdownText::escape).collect(Collectors.joining(", ")));
            }
            md.append(" |\n");
        }
        md.append("\nReliability is the analyst's Admiralty grade of the outlet (A\u2013F). Articles with the same origin ")
                .append("carry one wire story and count as one independent source.\n\n");
    }
}
