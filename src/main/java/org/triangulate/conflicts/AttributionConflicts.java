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

    private final Affiliations affiliations = new Affiliations();
    private final AttributionReader reader = new AttributionReader(affiliations);

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
        }
        out.addAll(speakers(statements));
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

    /**
     * Statements credited to different countries' sources: in one claim group, or in different groups when they
     * name the same two specific parties (organisations, groups, people), which makes them the same statement.
     */
    private List<Conflict> speakers(List<Statement> statements) {
        List<Statement> spoken = new ArrayList<>();
        Map<Statement, String> country = new LinkedHashMap<>();
        for (Statement s : statements) {
            reader.speakerCountry(s).ifPresent(c -> {
                country.put(s, c);
                spoken.add(s);
            });
        }
        Clusters clusters = new Clusters(spoken.size());
        for (int i = 0; i < spoken.size(); i++) {
            for (int j = i + 1; j < spoken.size(); j++) {
                Statement a = spoken.get(i);
                Statement b = spoken.get(j);
                String ca = country.get(a);
                String cb = country.get(b);
                if (!a.independentOf(b) || ca.equals(cb) || denies(a) != denies(b)) {
                    continue;
                }
                boolean sameGroup = a.groupId() != null && a.groupId().equals(b.groupId());
                if (sameGroup) {
                    clusters.join(i, j, new Disagreement(Severity.MEDIUM,
                            "the same claim is credited to different sources: " + ca + " vs " + cb));
                } else if (sharedParties(a, b) >= 2) {
                    clusters.join(i, j, new Disagreement(Severity.LOW,
                            "statements about the same parties are credited to different sources: " + ca + " vs " + cb));
                }
            }
        }
        List<Conflict> out = new ArrayList<>();
        for (Clusters.Cluster c : clusters.clusters()) {
            List<Statement> involved = c.members().stream().map(spoken::get).toList();
            List<Variant> variants = variants(involved, s -> "said by: " + country.get(s));
            out.add(Conflict.of(ConflictKind.ATTRIBUTION, c.worst().severity(), Variants.commonGroup(involved),
                    "Who says it: " + Variants.valuesByOutlet(variants), c.worst().reason(), variants));
        }
        return out;
    }

    /** Specific parties (organisations, groups, people; not countries or places) both statements name. */
    private int sharedParties(Statement a, Statement b) {
        java.util.Set<String> x = parties(a);
        x.retainAll(parties(b));
        return x.size();
    }

    private java.util.Set<String> parties(Statement s) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (Names.Name n : Names.in(s.text(), s.mentions())) {
            boolean specific = n.type() == org.triangulate.nlp.EntityType.ORGANIZATION
                    || n.type() == org.triangulate.nlp.EntityType.THREAT_ACTOR
                    || n.type() == org.triangulate.nlp.EntityType.PERSON
                    || n.type() == null && affiliations.countryIn(n.key()).isEmpty();
            if (specific) {
                keys.add(n.key());
            }
        }
        return keys;
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
