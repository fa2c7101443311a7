package org.triangulate.conflicts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Flags amounts of the same measured thing that do not fit together: "more than 10,000 emails" against "thousands
 * of emails" (the intervals do not overlap), "at least 41 killed" against "more than 50 dead" (different minimum
 * figures), and, as a low flag, the same thing said with different precision ("14 years", "over a decade").
 * The same figure said differently ("seven", "7") is not flagged.
 */
final class QuantityConflicts {

    private final AmountReader reader = new AmountReader();

    /** One amount in one statement. */
    record Occurrence(Statement statement, StatedAmount amount) {
    }

    /** The events each statement gives a figure for ("COUNT:people/killed"), for dating the same event. */
    Map<Statement, java.util.Set<String>> events(List<Statement> statements) {
        Map<Statement, java.util.Set<String>> out = new java.util.HashMap<>();
        for (Statement s : statements) {
            if (aboutAnotherTime(s)) {
                continue;
            }
            for (StatedAmount a : reader.read(s.text())) {
                if (a.measure().specific()) {
                    out.computeIfAbsent(s, k -> new java.util.HashSet<>()).add(a.measure().key());
                }
            }
        }
        return out;
    }

    List<Conflict> detect(List<Statement> statements, Topic topic) {
        Map<String, List<Occurrence>> byMeasure = new LinkedHashMap<>();
        for (Statement s : statements) {
            for (StatedAmount a : reader.read(s.text())) {
                byMeasure.computeIfAbsent(a.measure().key(), k -> new ArrayList<>()).add(new Occurrence(s, a));
            }
        }
        List<Conflict> out = new ArrayList<>();
        for (List<Occurrence> same : byMeasure.values()) {
            out.addAll(conflictsAmong(same, topic));
        }
        return out;
    }

    private List<Conflict> conflictsAmong(List<Occurrence> occ, Topic topic) {
        int n = occ.size();
        Clusters clusters = new Clusters(n);
        Disagreement[] worst = new Disagreement[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Occurrence a = occ.get(i);
                Occurrence b = occ.get(j);
                if (!a.statement().independentOf(b.statement()) || !comparable(a, b, topic)) {
                    continue;
                }
                Disagreement d = disagreement(a.amount().amount(), b.amount().amount());
                if (d != null) {
                    clusters.join(i, j, d);
                }
            }
        }
        List<Conflict> out = new ArrayList<>();
        for (Clusters.Cluster c : clusters.clusters()) {
            List<Occurrence> members = c.members().stream().map(occ::get)
                    .sorted(Comparator.comparing((Occurrence o) -> o.statement().file()).thenComparingInt(o -> o.statement().start()))
                    .toList();
            List<Variant> variants = new ArrayList<>();
            for (Occurrence o : members) {
                Variant v = o.statement().variant(o.amount().describe());
                if (variants.stream().noneMatch(x -> x.place().equals(v.place()) && x.value().equals(v.value()))) {
                    variants.add(v);
                }
            }
            Measure m = members.get(0).amount().measure();
            String summary = "Figures for " + m.describe() + " differ: " + Variants.valuesByOutlet(variants);
            out.add(Conflict.of(ConflictKind.QUANTITY, c.worst().severity(), Variants.commonGroup(members.stream()
                    .map(Occurrence::statement).toList()), summary, c.worst().reason(), variants));
        }
        return out;
    }

    /**
     * Amounts in one claim group are about the same thing; across groups only when an event pins the measure down
     * ("people killed") or the sentences share an informative word, and durations of differently named things
     * ("a 14-year campaign", "a 3-day visit") are never compared.
     */
    private static boolean comparable(Occurrence a, Occurrence b, Topic topic) {
        Measure ma = a.amount().measure();
        Measure mb = b.amount().measure();
        if (ma.head() != null && mb.head() != null && !ma.head().equals(mb.head())) {
            return false;
        }
        Statement x = a.statement();
        Statement y = b.statement();
        if (x.groupId() != null && Objects.equals(x.groupId(), y.groupId())) {
            return true;
        }
        if (ma.kind() == Measure.Kind.MONEY || ma.kind() == Measure.Kind.SHARE) {
            return false; // a sum or a share means nothing without its claim
        }
        if (aboutAnotherTime(x) || aboutAnotherTime(y) || daysApart(x, y)) {
            return false; // "the 2015 quake killed 9,000", "a strike on Monday" vs "Thursday's strike": other events
        }
        if (ma.specific() || ma.kind() == Measure.Kind.DURATION) {
            return ma.specific() || topic.shared(x, y) >= 1;
        }
        return topic.shared(x, y) >= 2;
    }

    private static final java.util.regex.Pattern OTHER_TIME = java.util.regex.Pattern.compile(
            "(?i)\\b(?:last year|previous|earlier this year|years? ago|in (?:19|20)\\d\\d|since (?:19|20)\\d\\d|a separate|another (?:attack|incident|quake|earthquake|blast|crash))\\b");

    private static final DateReader DATES = new DateReader();

    /**
     * Two statements dated to days more than one day apart tell of different incidents (one day apart is often the
     * same night in two time zones).
     */
    private static boolean daysApart(Statement x, Statement y) {
        List<DateReader.Stated> a = DATES.read(x.text(), x.published()).stream().filter(DateReader.Stated::dayPrecise).toList();
        List<DateReader.Stated> b = DATES.read(y.text(), y.published()).stream().filter(DateReader.Stated::dayPrecise).toList();
        if (a.size() != 1 || b.size() != 1) {
            return false;
        }
        DateReader.Stated da = a.get(0);
        DateReader.Stated db = b.get(0);
        if (da.from().equals(java.time.LocalDate.MIN) || db.from().equals(java.time.LocalDate.MIN)) {
            int d = Math.abs(da.weekday().getValue() - db.weekday().getValue());
            return Math.min(d, 7 - d) > 1;
        }
        return Math.abs(java.time.temporal.ChronoUnit.DAYS.between(da.from(), db.from())) > 1;
    }

    /** Statements that place their figure in another time or another incident are not this event's figure. */
    private static boolean aboutAnotherTime(Statement s) {
        return OTHER_TIME.matcher(s.text()).find();
    }

    /** How two amounts of the same measure disagree, or null when they fit together as said. */
    static Disagreement disagreement(Amount a, Amount b) {
        if (a.sameAs(b)) {
            return null;
        }
        if (!a.overlaps(b)) {
            if (!a.looselyOverlaps(b)) {
                return new Disagreement(Severity.HIGH, "the figures exclude each other: " + a.describe() + " vs " + b.describe());
            }
            return new Disagreement(Severity.MEDIUM, "the figures exclude each other as written, though a loose reading of "
                    + "them could meet: " + a.describe() + " vs " + b.describe());
        }
        if (a.isLowerBound() && b.isLowerBound() && apart(a.anchor(), b.anchor())) {
            return new Disagreement(Severity.MEDIUM, "different minimum figures (perhaps counted at different times): "
                    + a.describe() + " vs " + b.describe());
        }
        if (countedMinimumAgainstOtherCount(a, b) || countedMinimumAgainstOtherCount(b, a)) {
            return new Disagreement(Severity.MEDIUM, "a counted minimum and a different count (perhaps counted at "
                    + "different times): " + a.describe() + " vs " + b.describe());
        }
        if (a.isUpperBound() && b.isUpperBound() && apart(a.anchor(), b.anchor())) {
            return new Disagreement(Severity.LOW, "different maximum figures: " + a.describe() + " vs " + b.describe());
        }
        // Compatible figures are worth a quiet flag only when one source gives an exact figure and another only a
        // rough one ("14-year" vs "over a decade"): two rough figures that fit ("more than 200" vs "hundreds") are
        // simply consistent.
        if ((a.shape() == Amount.Shape.EXACT) == (b.shape() == Amount.Shape.EXACT)) {
            return null;
        }
        return new Disagreement(Severity.LOW, "imprecise: compatible figures said with different precision: "
                + a.describe() + " vs " + b.describe());
    }

    /**
     * "At least 41" is a count so far (a figure nobody rounds), so an exact "90" is a different count; "over a
     * decade" or "more than 10,000" are round magnitudes that an exact figure above them only makes precise.
     */
    private static boolean countedMinimumAgainstOtherCount(Amount minimum, Amount other) {
        boolean round = minimum.anchor() >= 10 && minimum.anchor() % 10 == 0;
        return minimum.isLowerBound() && !round && other.shape() == Amount.Shape.EXACT && apart(minimum.anchor(), other.anchor());
    }

    private static boolean apart(double x, double y) {
        return Math.abs(x - y) > 0.1 * Math.max(x, y);
    }
}
