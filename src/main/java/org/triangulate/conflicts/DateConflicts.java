package org.triangulate.conflicts;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Flags members of one claim group that put the event on different days or in different years. Only sentences that
 * give a single date of the same precision are compared: with two dates in a sentence there is no telling which
 * one is the event's, and a day is not compared with a year.
 */
final class DateConflicts {

    private final DateReader reader = new DateReader();

    private record Dated(Statement statement, DateReader.Stated date) {
    }

    List<Conflict> detect(List<Statement> statements) {
        Map<String, List<Dated>> byGroup = new LinkedHashMap<>();
        for (Statement s : statements) {
            if (s.groupId() == null) {
                continue;
            }
            List<DateReader.Stated> dates = reader.read(s.text(), s.published());
            List<DateReader.Stated> days = dates.stream().filter(DateReader.Stated::dayPrecise).toList();
            List<DateReader.Stated> years = dates.stream().filter(d -> !d.dayPrecise()).toList();
            if (days.size() == 1) {
                byGroup.computeIfAbsent(s.groupId() + "/day", k -> new ArrayList<>()).add(new Dated(s, days.get(0)));
            }
            if (years.size() == 1) {
                byGroup.computeIfAbsent(s.groupId() + "/year", k -> new ArrayList<>()).add(new Dated(s, years.get(0)));
            }
        }
        List<Conflict> out = new ArrayList<>();
        for (List<Dated> dated : byGroup.values()) {
            Clusters clusters = new Clusters(dated.size());
            for (int i = 0; i < dated.size(); i++) {
                for (int j = i + 1; j < dated.size(); j++) {
                    Dated a = dated.get(i);
                    Dated b = dated.get(j);
                    if (a.statement().independentOf(b.statement())) {
                        Disagreement d = disagreement(a.date(), b.date());
                        if (d != null) {
                            clusters.join(i, j, d);
                        }
                    }
                }
            }
            for (Clusters.Cluster c : clusters.clusters()) {
                List<Variant> variants = c.members().stream().map(dated::get)
                        .sorted(Comparator.comparing((Dated d) -> d.statement().file()).thenComparingInt(d -> d.statement().start()))
                        .map(d -> d.statement().variant(describe(d.date()))).toList();
                out.add(Conflict.of(ConflictKind.DATE, c.worst().severity(), dated.get(c.members().get(0)).statement().groupId(),
                        "When it happened: " + Variants.valuesByOutlet(variants), c.worst().reason(), variants));
            }
        }
        return out;
    }

    static Disagreement disagreement(DateReader.Stated a, DateReader.Stated b) {
        if (a.dayPrecise() && (a.from().equals(java.time.LocalDate.MIN) || b.from().equals(java.time.LocalDate.MIN))) {
            // an unresolved weekday: all we can compare is the day of the week
            return Objects.equals(a.weekday(), b.weekday()) ? null
                    : new Disagreement(Severity.MEDIUM, "different days: " + a.said() + " vs " + b.said()
                    + " (publication dates unknown; time zones or overnight events can explain one day)");
        }
        if (a.overlaps(b)) {
            return null;
        }
        if (a.dayPrecise()) {
            long apart = Math.abs(ChronoUnit.DAYS.between(a.from(), b.from()));
            return apart <= 1
                    ? new Disagreement(Severity.MEDIUM, "one day apart: " + describe(a) + " vs " + describe(b)
                    + " (time zones or an overnight event can explain it)")
                    : new Disagreement(Severity.HIGH, "different dates: " + describe(a) + " vs " + describe(b));
        }
        return new Disagreement(Severity.HIGH, "different years: " + describe(a) + " vs " + describe(b));
    }

    static String describe(DateReader.Stated d) {
        if (d.from().equals(java.time.LocalDate.MIN)) {
            return d.said();
        }
        if (d.dayPrecise()) {
            return d.from().toString() + (d.said().equals(d.from().toString()) ? "" : " (" + d.said() + ")");
        }
        return d.from().getYear() == d.to().getYear() ? String.valueOf(d.from().getYear())
                : d.from().getYear() + "-" + d.to().getYear();
    }
}
