package org.triangulate.conflicts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        List<Conflict> out = new ArrayList<>(culprits(statements));
        out.addAll(speakers(statements));
        return out;
    }

    /**
     * Different culprits for the same thing: in one claim group, or in statements blaming someone for the same
     * thing ("for the blast at the hospital"). A name and the country it belongs to (a group and its sponsor state)
     * are not competing culprits.
     */
    private List<Conflict> culprits(List<Statement> statements) {
        List<Statement> blaming = new ArrayList<>();
        Map<Statement, AttributionReader.Party> parties = new LinkedHashMap<>();
        for (Statement s : statements) {
            reader.perpetrator(s).ifPresent(p -> {
                parties.put(s, p);
                blaming.add(s);
            });
        }
        Clusters clusters = new Clusters(blaming.size());
        for (int i = 0; i < blaming.size(); i++) {
            for (int j = i + 1; j < blaming.size(); j++) {
                Statement a = blaming.get(i);
                Statement b = blaming.get(j);
                AttributionReader.Party pa = parties.get(a);
                AttributionReader.Party pb = parties.get(b);
                boolean sameGroup = a.groupId() != null && a.groupId().equals(b.groupId());
                // one shared word ("attack") is not enough in a story of many attacks: "the blast at the hospital"
                java.util.Set<String> shared = new java.util.HashSet<>(pa.blamedFor());
                shared.retainAll(pb.blamedFor());
                boolean sameThing = shared.size() >= 2;
                if (a.independentOf(b) && (sameGroup || sameThing) && Collections.disjoint(pa.keys(), pb.keys())
                        && !affiliated(pa, pb) && !counterAccusation(pa, pb) && !denies(a) && !denies(b)) {
                    clusters.join(i, j, new Disagreement(Severity.MEDIUM,
                            "the sources name different culprits: " + pa.said() + " vs " + pb.said()));
                }
            }
        }
        List<Conflict> out = new ArrayList<>();
        for (Clusters.Cluster c : clusters.clusters()) {
            List<Statement> involved = c.members().stream().map(blaming::get).toList();
            List<Variant> variants = variants(involved, s -> "culprit: " + parties.get(s).said());
            out.add(Conflict.of(ConflictKind.ATTRIBUTION, Severity.MEDIUM, Variants.commonGroup(involved),
                    "Who did it: " + Variants.valuesByOutlet(variants), c.worst().reason(), variants));
        }
        return out;
    }

    /**
     * One names a state and the other a party of that state: "China" and "APT40". Two groups of one state
     * ("APT31" and "APT40") are still different culprits.
     */
    private boolean affiliated(AttributionReader.Party a, AttributionReader.Party b) {
        return namesStateOf(a, b) || namesStateOf(b, a);
    }

    private boolean namesStateOf(AttributionReader.Party state, AttributionReader.Party party) {
        java.util.Set<String> states = new java.util.HashSet<>();
        state.keys().forEach(k -> affiliations.countryNamed(k).ifPresent(states::add));
        return !Collections.disjoint(states, countries(party));
    }

    /** "China accused the US" against "Washington blamed APT31": each blames the other side, a dispute of its own. */
    private boolean counterAccusation(AttributionReader.Party a, AttributionReader.Party b) {
        return accuses(b, countries(a)) || accuses(a, countries(b));
    }

    private boolean accuses(AttributionReader.Party p, java.util.Set<String> culpritCountries) {
        return p.accuser() != null && affiliations.affiliatedCountry(p.accuser()).map(culpritCountries::contains).orElse(false);
    }

    private java.util.Set<String> countries(AttributionReader.Party p) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String k : p.keys()) {
            affiliations.affiliatedCountry(k).ifPresent(out::add);
        }
        return out;
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
                if (countriesNamed(a).contains(cb) || countriesNamed(b).contains(ca)) {
                    continue; // a sentence that names the other source may be reporting both: no disagreement
                }
                boolean sameGroup = a.groupId() != null && a.groupId().equals(b.groupId());
                if (sameGroup) {
                    // two sources for one claim may as well corroborate it: worth a look, not a contradiction
                    clusters.join(i, j, new Disagreement(Severity.LOW,
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

    private java.util.Set<String> countriesNamed(Statement s) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Names.Name n : Names.in(s.text(), s.mentions())) {
            affiliations.countryOf(n.key()).ifPresent(out::add);
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
