package org.triangulate.briefing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.triangulate.casefile.Confidence;
import org.triangulate.casefile.Likelihood;

/** Wording shared by the Markdown and PDF renderers, so the two never say things differently. */
final class BriefingFormat {

    static final String BLUF = "Bottom line up front";
    static final String JUDGMENTS = "Key judgments";
    static final String AGREEMENT = "What the sources agree on";
    static final String DISAGREEMENT = "Where they disagree";
    static final String COVERAGE = "Coverage";
    static final String ENTITIES = "Entities";
    static final String SOURCES = "Sources";
    static final String NOTES = "Notes";
    static final String DRAFT_NOTE = "DRAFT \u2014 drawn by Triangulate from the best-supported claim groups; "
            + "the analyst has not yet written the bottom line.";
    static final String UNREVIEWED_NOTE = "UNREVIEWED \u2014 the analyst has not accepted any claim group; these are "
            + "Triangulate's suggestions, grouped across at least two independent sources.";
    static final String NO_CONFLICTS = "No conflicts between sources are recorded.";
    static final String UNRESOLVED = "Unresolved.";
    static final String KNOWN_ALIASES = "Also known as";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private BriefingFormat() {
    }

    static String prepared(Instant t) {
        return STAMP.format(t.atZone(ZoneOffset.UTC));
    }

    static String day(LocalDate d) {
        return d == null ? "undated" : DAY.format(d);
    }

    static String isoDay(LocalDate d) {
        return d == null ? "undated" : d.toString();
    }

    /** "Likelihood: very likely (ICD 203)" or "Confidence: moderate"; both when the analyst gave both. */
    static String estimate(Likelihood likelihood, Confidence confidence) {
        StringBuilder s = new StringBuilder();
        if (likelihood != null) {
            s.append("Likelihood: ").append(likelihood.phrase()).append(" (ICD 203)");
        }
        if (confidence != null) {
            s.append(s.length() > 0 ? "; " : "").append("Confidence: ").append(confidence.name().toLowerCase(Locale.ROOT));
        }
        return s.length() == 0 ? "No likelihood or confidence stated" : s.toString();
    }

    /** "…and 7 more places, mentioned less often." under a table cut at {@link EntityList#PER_KIND}. */
    static String notListed(Briefing.EntityKind kind, int n) {
        return "\u2026and " + n + " more " + kind.heading().toLowerCase(Locale.ROOT) + ", mentioned less often (not listed).";
    }

    static String sources(int n) {
        return n + " independent source" + (n == 1 ? "" : "s");
    }

    static String reliability(org.triangulate.casefile.Reliability r) {
        return r.name() + " \u2014 " + r.label();
    }

    static String kind(String kind) {
        return kind.isEmpty() ? "Conflict" : kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1).toLowerCase(Locale.ROOT);
    }

    static String severity(BriefingConflict.Severity s) {
        return s.name().charAt(0) + s.name().substring(1).toLowerCase(Locale.ROOT) + " severity";
    }
}
