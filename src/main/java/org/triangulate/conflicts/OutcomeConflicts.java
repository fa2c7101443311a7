package org.triangulate.conflicts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flags sources that tell a different ending for the same target: succeeded against thwarted (OUTCOME), and the
 * same success stated as fact by one source but hedged or denied by another (CERTAINTY, weaker). Statements are
 * compared by target, whatever claim group they are in, since a target named in both is the same event.
 */
final class OutcomeConflicts {

    private final OutcomeReader reader = new OutcomeReader();

    List<Conflict> detect(List<Statement> statements) {
        Map<String, List<OutcomeStatement>> byTarget = new LinkedHashMap<>();
        for (Statement s : statements) {
            reader.read(s).ifPresent(o -> byTarget.computeIfAbsent(o.target(), k -> new ArrayList<>()).add(o));
        }
        List<Conflict> out = new ArrayList<>();
        for (List<OutcomeStatement> about : byTarget.values()) {
            outcomeConflict(about).ifPresent(out::add);
            certaintyConflict(about).ifPresent(out::add);
        }
        return out;
    }

    private static java.util.Optional<Conflict> outcomeConflict(List<OutcomeStatement> about) {
        List<OutcomeStatement> succeeded = about.stream().filter(o -> o.outcome() == Outcome.SUCCEEDED).toList();
        List<OutcomeStatement> thwarted = about.stream().filter(o -> o.outcome() == Outcome.THWARTED).toList();
        boolean across = succeeded.stream().anyMatch(a -> thwarted.stream().anyMatch(b -> a.statement().independentOf(b.statement())));
        if (!across) {
            return java.util.Optional.empty();
        }
        List<OutcomeStatement> members = new ArrayList<>(succeeded);
        members.addAll(thwarted);
        String target = succeeded.get(0).targetName();
        boolean hedged = succeeded.stream().allMatch(o -> o.certainty() != Certainty.ASSERTED);
        String reason = "one account says the action against " + target + " succeeded" + (hedged ? " (hedged)" : "")
                + ", another that it was thwarted";
        return java.util.Optional.of(conflict(ConflictKind.OUTCOME, Severity.HIGH, "What happened to " + target + ": ", reason, members));
    }

    private static java.util.Optional<Conflict> certaintyConflict(List<OutcomeStatement> about) {
        List<OutcomeStatement> succeeded = about.stream().filter(o -> o.outcome() == Outcome.SUCCEEDED).toList();
        List<OutcomeStatement> firm = succeeded.stream().filter(o -> o.certainty() == Certainty.ASSERTED).toList();
        List<OutcomeStatement> weak = succeeded.stream().filter(o -> o.certainty() != Certainty.ASSERTED).toList();
        boolean across = firm.stream().anyMatch(a -> weak.stream().anyMatch(b -> a.statement().independentOf(b.statement())));
        if (!across) {
            return java.util.Optional.empty();
        }
        boolean denied = weak.stream().anyMatch(o -> o.certainty() == Certainty.DENIED);
        List<OutcomeStatement> members = new ArrayList<>(firm);
        members.addAll(weak);
        String target = succeeded.get(0).targetName();
        String reason = "one account states it as fact, another " + (denied ? "denies it" : "hedges it (likely, suspected, reportedly)");
        return java.util.Optional.of(conflict(ConflictKind.CERTAINTY, denied ? Severity.MEDIUM : Severity.LOW,
                "How sure the sources are about " + target + ": ", reason, members));
    }

    private static Conflict conflict(ConflictKind kind, Severity severity, String summaryStart, String reason,
                                     List<OutcomeStatement> members) {
        List<OutcomeStatement> sorted = members.stream().sorted(Comparator.comparing((OutcomeStatement o) -> o.statement().file())
                .thenComparingInt(o -> o.statement().start())).toList();
        List<Variant> variants = new ArrayList<>();
        for (OutcomeStatement o : sorted) {
            if (variants.stream().noneMatch(v -> v.place().equals(o.statement().variant("").place()))) {
                variants.add(o.statement().variant(o.describe()));
            }
        }
        return Conflict.of(kind, severity, Variants.commonGroup(sorted.stream().map(OutcomeStatement::statement).toList()),
                summaryStart + Variants.valuesByOutlet(variants), reason, variants);
    }
}
