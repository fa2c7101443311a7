package org.triangulate.conflicts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Flags members of one claim group that name different parties: different culprits of the same kind ("APT31" vs
 * "APT40", "Hamas" vs "Islamic Jihad"), or statements credited to different countries' sources ("the Justice
 * Department said" vs "the UK revealed"). Names of different kinds (a group and the state behind it) are not
 * compared, and a denial is not compared with the accusation it denies.
 */
final class AttributionConflicts {

    private final AttributionReader reader = new AttributionReader(new Affiliations());

    List<Conflict> detect(List<Statement> statements) {
        Map<String, List<Statement>> byGroup = new LinkedHashMap<>();
        for (Statement s : statements) {
            if (s.groupId() != null) {
                byGroup.computeIfAbsent(s.groupId(), k -> new ArrayList<>()).add(s);
            }
        }
        List<Conflict> out = new ArrayList<>();
        for (List<Statement> group : byGroup.values()) {
            culprits(group).ifPresent(out::add);
            speakers(group).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Conflict> culprits(List<Statement> group) {
        Map<Statement, AttributionReader.Party> parties = new LinkedHashMap<>();
        group.forEach(s -> reader.perpetrator(s).ifPresent(p -> parties.put(s, p)));
        List<Statement> involved = new ArrayList<>();
        String reason = null;
        for (var a : parties.entrySet()) {
            for (var b : parties.entrySet()) {
                AttributionReader.Party pa = a.getValue();
                AttributionReader.Party pb = b.getValue();
                if (a.getKey().independentOf(b.getKey()) && pa.type().equals(pb.type())
                        && Collections.disjoint(pa.keys(), pb.keys()) && !denies(a.getKey()) && !denies(b.getKey())) {
                    addOnce(involved, a.getKey());
                    addOnce(involved, b.getKey());
                    reason = "the sources name different culprits: " + pa.said() + " vs " + pb.said();
                }
            }
        }
        if (reason == null) {
            return Optional.empty();
        }
        List<Variant> variants = variants(involved, s -> "culprit: " + parties.get(s).said());
        return Optional.of(Conflict.of(ConflictKind.ATTRIBUTION, Severity.MEDIUM, involved.get(0).groupId(),
                "Who did it: " + Variants.valuesByOutlet(variants), reason, variants));
    }

    private Optional<Conflict> speakers(List<Statement> group) {
        Map<Statement, String> country = new LinkedHashMap<>();
        group.forEach(s -> reader.speakerCountry(s).ifPresent(c -> country.put(s, c)));
        List<Statement> involved = new ArrayList<>();
        String reason = null;
        for (var a : country.entrySet()) {
            for (var b : country.entrySet()) {
                if (a.getKey().independentOf(b.getKey()) && !a.getValue().equals(b.getValue())
                        && denies(a.getKey()) == denies(b.getKey())) {
                    addOnce(involved, a.getKey());
                    addOnce(involved, b.getKey());
                    reason = "the same claim is credited to different sources: " + a.getValue() + " vs " + b.getValue();
                }
            }
        }
        if (reason == null) {
            return Optional.empty();
        }
        List<Variant> variants = variants(involved, s -> "said by: " + country.get(s));
        return Optional.of(Conflict.of(ConflictKind.ATTRIBUTION, Severity.MEDIUM, involved.get(0).groupId(),
                "Who says it: " + Variants.valuesByOutlet(variants), reason, variants));
    }

    private static boolean denies(Statement s) {
        return s.text().toLowerCase().matches("(?s).*\\b(denied|denies|deny|denying|refuted|rejects|rejected|dismissed)\\b.*");
    }

    private static void addOnce(List<Statement> list, Statement s) {
        if (!list.contains(s)) {
            list.add(s);
        }
    }

    private static List<Variant> variants(List<Statement> involved, java.util.function.Function<Statement, String> value) {
        return involved.stream().sorted(Comparator.comparing(Statement::file).thenComparingInt(Statement::start))
                .map(s -> s.variant(value.apply(s))).toList();
    }
}
