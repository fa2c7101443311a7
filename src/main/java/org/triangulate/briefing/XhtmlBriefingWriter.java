package org.triangulate.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.triangulate.casefile.BriefingDraft;

/**
 * Lays a briefing out as one self-contained XHTML document for the PDF typesetter: the print stylesheet inline, no
 * external reference of any kind, citations as superscript links to a Notes section, a table of contents with page
 * numbers, and running header elements for the page margins.
 */
final class XhtmlBriefingWriter {

    private record Section(String id, String title) {
    }

    private static final Map<BriefingDraft.Section, Section> BODY = Map.of(
            BriefingDraft.Section.BLUF, new Section("bluf", BriefingFormat.BLUF),
            BriefingDraft.Section.JUDGMENTS, new Section("judgments", BriefingFormat.JUDGMENTS),
            BriefingDraft.Section.AGREEMENT, new Section("agreement", BriefingFormat.AGREEMENT),
            BriefingDraft.Section.DISAGREEMENT, new Section("disagreement", BriefingFormat.DISAGREEMENT),
            BriefingDraft.Section.COVERAGE, new Section("coverage", BriefingFormat.COVERAGE),
            BriefingDraft.Section.ENTITIES, new Section("entities", BriefingFormat.ENTITIES),
            BriefingDraft.Section.SOURCES, new Section("sources", BriefingFormat.SOURCES));
    private static final Section NOTES = new Section("notes", BriefingFormat.NOTES);

    /** Cells that may hold a word longer than their column (file names, URLs): the stylesheet lets it break. */
    private static final String BREAKABLE = "breakable";

    /** What fits the running header's left box beside the classification at 7.5pt; margin boxes do not clip. */
    private static final int RUNNING_TITLE_CHARS = 90;

    private final String stylesheet;

    /** @param stylesheet the complete print stylesheet, page size included (our own text, never the corpus's) */
    XhtmlBriefingWriter(String stylesheet) {
        this.stylesheet = stylesheet;
    }

    String write(Briefing b) {
        Briefing.Header h = b.header();
        Xhtml x = new Xhtml();
        x.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en").open("head");
        x.element("title", h.title());
        x.open("meta", "name", "author", "content", h.analyst()).close("meta");
        x.open("meta", "name", "subject", "content", "Intelligence briefing \u2014 " + h.classification()).close("meta");
        x.open("meta", "name", "keywords", "content", "briefing, BLUF, key judgments, sources").close("meta");
        x.open("meta", "name", "creator", "content", "Triangulate").close("meta");
        x.open("style").text(stylesheet).close("style");
        List<Section> sections = sections(b);
        x.open("bookmarks");
        sections.forEach(s -> x.open("bookmark", "name", s.title(), "href", "#" + s.id()).close("bookmark"));
        x.close("bookmarks");
        x.close("head").open("body");

        // running elements: taken out of the flow and repeated in every page's margin boxes
        x.element("div", shortened(h.title(), RUNNING_TITLE_CHARS), "class", "running-title");
        x.element("div", h.classification(), "class", "running-classification");
        x.element("div", h.classification(), "class", "running-footer");

        cover(x, b, sections);
        for (BriefingDraft.Section section : b.sections()) {
            switch (section) {
                case BLUF -> bluf(x, b.bluf());
                case JUDGMENTS -> judgments(x, b.judgments());
                case AGREEMENT -> agreement(x, b.agreement());
                case DISAGREEMENT -> disagreements(x, b.disagreements());
                case COVERAGE -> coverage(x, b.coverage());
                case ENTITIES -> entities(x, b.entities());
                case SOURCES -> sources(x, b.sources());
            }
        }
        notes(x, b.citations());
        x.close("body").close("html");
        return x.toString();
    }

    /** The text cut at a word boundary with an ellipsis when longer than {@code max}. */
    static String shortened(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1).stripTrailing() + "\u2026";
    }

    /** The body's sections in the briefing's order, then the notes. */
    private static List<Section> sections(Briefing b) {
        List<Section> out = new ArrayList<>(b.sections().stream().map(BODY::get).toList());
        out.add(NOTES);
        return out;
    }

    private static void cover(Xhtml x, Briefing b, List<Section> sections) {
        Briefing.Header h = b.header();
        x.open("div", "class", "cover");
        x.element("div", h.classification(), "class", "banner");
        x.element("div", "Intelligence briefing", "class", "kicker");
        x.element("h1", h.title());
        x.open("table", "class", "meta").open("tbody");
        row(x, "Prepared", BriefingFormat.prepared(h.prepared()));
        row(x, "Information cut-off", BriefingFormat.day(h.cutOff()));
        row(x, "Analyst", h.analyst());
        row(x, "Classification", h.classification());
        row(x, "Sources", b.sources().size() + " articles, " + b.citations().size() + " quotes cited");
        x.close("tbody").close("table");
        x.open("div", "class", "toc").element("h2", "Contents", "class", "toc-title").open("ul");
        for (Section s : sections) {
            x.open("li").element("a", s.title(), "href", "#" + s.id()).close("li");
        }
        x.close("ul").close("div").close("div");
    }

    private static void row(Xhtml x, String label, String value) {
        x.open("tr").element("th", label).element("td", value).close("tr");
    }

    private static void heading(Xhtml x, String id) {
        Section s = id.equals(NOTES.id()) ? NOTES : BODY.values().stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow();
        x.element("h2", s.title(), "id", s.id());
    }

    private static void cited(Xhtml x, Statement s) {
        x.text(s.text());
        refs(x, s.refs());
    }

    /** Superscript note numbers, runs shortened ("3–6") so a well-sourced sentence does not trail a long list. */
    private static void refs(Xhtml x, List<Integer> refs) {
        if (refs.isEmpty()) {
            return;
        }
        List<Integer> sorted = refs.stream().distinct().sorted().toList();
        x.open("sup", "class", "ref");
        for (int i = 0; i < sorted.size(); ) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
                j++;
            }
            if (i > 0) {
                x.text(",");
            }
            x.element("a", String.valueOf(sorted.get(i)), "href", "#note-" + sorted.get(i));
            if (j > i) {
                x.text(j == i + 1 ? "," : "\u2013");
                x.element("a", String.valueOf(sorted.get(j)), "href", "#note-" + sorted.get(j));
            }
            i = j + 1;
        }
        x.close("sup");
    }

    private static void bluf(Xhtml x, Briefing.Bluf bluf) {
        heading(x, "bluf");
        x.open("div", "class", "bluf");
        if (bluf.draft()) {
            x.element("p", BriefingFormat.DRAFT_NOTE, "class", "flag");
        }
        x.open("p");
        if (bluf.sentences().isEmpty()) {
            x.text("Nothing to report yet.");
        }
        for (int i = 0; i < bluf.sentences().size(); i++) {
            if (i > 0) {
                x.text(" ");
            }
            cited(x, bluf.sentences().get(i));
        }
        x.close("p").close("div");
    }

    private static void judgments(Xhtml x, List<Briefing.Judgment> judgments) {
        heading(x, "judgments");
        if (judgments.isEmpty()) {
            x.element("p", "No key judgments recorded.", "class", "empty");
            return;
        }
        x.open("ol", "class", "judgments");
        for (Briefing.Judgment j : judgments) {
            x.open("li").open("p", "class", "judgment");
            cited(x, j.statement());
            x.close("p");
            x.element("p", BriefingFormat.estimate(j.likelihood(), j.confidence()), "class", "estimate");
            x.open("p", "class", "support").element("span", "Supported by: ", "class", "label");
            if (j.support().isEmpty()) {
                x.text("no claim group");
            }
            for (int i = 0; i < j.support().size(); i++) {
                x.text((i > 0 ? "; " : "") + "\u201c" + j.support().get(i).text() + "\u201d");
            }
            x.close("p").close("li");
        }
        x.close("ol");
    }

    private static void agreement(Xhtml x, Briefing.Agreement a) {
        heading(x, "agreement");
        if (!a.reviewed()) {
            x.element("p", BriefingFormat.UNREVIEWED_NOTE, "class", "flag");
        }
        if (a.points().isEmpty()) {
            x.element("p", "No claim is reported by more than one independent source.", "class", "empty");
            return;
        }
        x.open("ul", "class", "agreed");
        for (Briefing.AgreedPoint p : a.points()) {
            x.open("li");
            cited(x, p.statement());
            x.element("span", BriefingFormat.sources(p.independentSources())
                    + (p.credibility().isEmpty() ? "" : " \u00b7 credibility " + p.credibility()), "class", "weight");
            x.close("li");
        }
        x.close("ul");
    }

    private static void disagreements(Xhtml x, List<Briefing.Disagreement> all) {
        heading(x, "disagreement");
        if (all.isEmpty()) {
            x.element("p", BriefingFormat.NO_CONFLICTS, "class", "empty");
            return;
        }
        int n = 1;
        for (Briefing.Disagreement d : all) {
            x.open("div", "class", "conflict");
            x.open("h3").text(n++ + ". " + BriefingFormat.kind(d.kind()) + " ")
                    .element("span", BriefingFormat.severity(d.severity()),
                            "class", "severity " + d.severity().name().toLowerCase(Locale.ROOT))
                    .close("h3");
            x.element("p", d.summary());
            x.open("table", "class", "grid variants").open("thead").open("tr")
                    .element("th", "Outlet", "class", "w-voutlet").element("th", "Says", "class", "w-says")
                    .element("th", "Value", "class", "w-value").close("tr").close("thead").open("tbody");
            for (Briefing.VariantLine v : d.variants()) {
                x.open("tr").element("td", v.outlet(), "class", BREAKABLE).open("td").text("\u201c" + v.quote().text() + "\u201d");
                refs(x, v.quote().refs());
                x.close("td").element("td", v.value(), "class", BREAKABLE).close("tr");
            }
            x.close("tbody").close("table");
            if (d.resolved()) {
                x.open("p", "class", "resolution").element("span", "Resolution: ", "class", "label").text(d.decision() + ".");
                if (!d.rationale().isEmpty()) {
                    x.text(" ").element("span", "Rationale: ", "class", "label").text(d.rationale());
                }
                x.close("p");
            } else {
                x.element("p", BriefingFormat.UNRESOLVED, "class", "unresolved");
            }
            x.close("div");
        }
    }

    private static void coverage(Xhtml x, Briefing.Coverage c) {
        heading(x, "coverage");
        if (c.rows().isEmpty()) {
            x.element("p", "No claim groups to show.", "class", "empty");
            return;
        }
        x.open("table", "class", "grid coverage").open("thead").open("tr").element("th", "Claim");
        c.outlets().forEach(o -> x.element("th", o, "class", "outlet"));
        x.close("tr").close("thead").open("tbody");
        for (Briefing.CoverageRow r : c.rows()) {
            x.open("tr").element("td", r.summary());
            r.reported().forEach(yes -> x.element("td", yes ? "\u25cf" : "\u00b7", "class", yes ? "mark yes" : "mark no"));
            x.close("tr");
        }
        x.close("tbody").close("table");
        x.element("p", "\u25cf reported \u00b7 not reported", "class", "legend");
    }

    private static void entities(Xhtml x, List<Briefing.EntityTable> tables) {
        heading(x, "entities");
        if (tables.isEmpty()) {
            x.element("p", "No entities extracted.", "class", "empty");
            return;
        }
        for (Briefing.EntityTable t : tables) {
            boolean actors = t.kind() == Briefing.EntityKind.THREAT_ACTORS;
            x.element("h3", t.kind().heading());
            x.open("table", "class", actors ? "grid entities actors" : "grid entities").open("thead").open("tr")
                    .element("th", "Name", "class", "w-name").element("th", "Also written as", "class", "w-aliases");
            if (actors) {
                x.element("th", BriefingFormat.KNOWN_ALIASES, "class", "w-known");
            }
            x.element("th", "Mentions", "class", "num w-count").element("th", "Articles", "class", "num w-count")
                    .close("tr").close("thead").open("tbody");
            for (Briefing.EntityRow r : t.rows()) {
                x.open("tr").element("td", r.name(), "class", BREAKABLE).element("td", String.join(", ", r.aliases()), "class", BREAKABLE);
                if (actors) {
                    x.element("td", String.join(", ", r.knownAliases()), "class", BREAKABLE);
                }
                x.element("td", String.valueOf(r.mentions()), "class", "num")
                        .element("td", String.valueOf(r.articles()), "class", "num").close("tr");
            }
            x.close("tbody").close("table");
            if (t.notListed() > 0) {
                x.element("p", BriefingFormat.notListed(t.kind(), t.notListed()), "class", "legend");
            }
        }
    }

    private static void sources(Xhtml x, List<Briefing.SourceRow> rows) {
        heading(x, "sources");
        x.open("table", "class", "grid sources").open("thead").open("tr").element("th", "#", "class", "num w-n")
                .element("th", "Outlet", "class", "w-outlet").element("th", "Title", "class", "w-title")
                .element("th", "Published", "class", "w-date").element("th", "Location", "class", "w-location")
                .element("th", "Reliability", "class", "w-grade").element("th", "Origin", "class", "w-origin").close("tr").close("thead").open("tbody");
        int n = 1;
        for (Briefing.SourceRow s : rows) {
            x.open("tr").element("td", String.valueOf(n++), "class", "num").element("td", s.outlet(), "class", BREAKABLE)
                    .element("td", s.title(), "class", BREAKABLE)
                    .element("td", BriefingFormat.isoDay(s.published()), "class", "date")
                    .element("td", s.location(), "class", "location " + BREAKABLE)
                    .element("td", BriefingFormat.reliability(s.reliability()))
                    .element("td", s.origin() + (s.wireCopyOf().isEmpty() ? "" : ", wire copy shared with "
                            + String.join(", ", s.wireCopyOf())), "class", BREAKABLE).close("tr");
        }
        x.close("tbody").close("table");
        x.element("p", "Reliability is the analyst's Admiralty grade of the outlet (A\u2013F). Articles with the same "
                + "origin carry one wire story and count as one independent source.", "class", "legend");
    }

    private static void notes(Xhtml x, List<Citation> citations) {
        heading(x, "notes");
        x.open("ol", "class", "notes");
        for (Citation c : citations) {
            // the number is text, not a list marker, so it is copied and extracted with the note
            x.open("li", "id", "note-" + c.number()).element("span", c.number() + ". ", "class", "n");
            x.element("span", c.outlet(), "class", "outlet").text(", \u201c" + c.title() + "\u201d, "
                    + BriefingFormat.isoDay(c.published()) + ": ");
            x.element("span", "\u201c" + c.quote() + "\u201d", "class", "quote");
            x.element("span", " (" + c.file() + ", characters " + c.start() + "\u2013" + c.end() + ")", "class", "where");
            x.close("li");
        }
        x.close("ol");
    }
}
