package org.triangulate.nlp;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores extracted mentions against the hand-made gold standard, following its guidelines: optional gold mentions
 * are neither rewarded nor penalised, alt_types are accepted, GPE and LOC are LOCATION, ORG is ORGANIZATION.
 * Linking accuracy: over matched, required name mentions, the share whose system entity is the one aligned
 * one-to-one (greedily, by shared mentions, across the corpus) with the gold canonical entity, so a split
 * ("Dowden" apart from "Oliver Dowden") or a merge (London-the-city into the United Kingdom) both count as errors.
 */
final class GoldScorer {

    record Gold(int start, int end, String text, EntityType type, Set<EntityType> accepted, String canonical, boolean optional) {
    }

    record Counts(int tp, int systemCount, int goldCount) {
        double precision() {
            return systemCount == 0 ? 1 : (double) tp / systemCount;
        }

        double recall() {
            return goldCount == 0 ? 1 : (double) tp / goldCount;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final Map<EntityType, int[]> exact = new EnumMap<>(EntityType.class);
    private final Map<EntityType, int[]> overlap = new EnumMap<>(EntityType.class);
    private final Map<String, Map<String, Integer>> linkTable = new HashMap<>();
    private final List<String[]> linkPairs = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private int normalisedRight;
    private int normalisedTotal;

    static List<Gold> gold(JsonNode doc) {
        List<Gold> out = new ArrayList<>();
        for (JsonNode m : doc.get("mentions")) {
            Set<EntityType> accepted = new HashSet<>();
            EntityType type = map(m.get("type").asText());
            accepted.add(type);
            for (JsonNode alt : m.path("alt_types")) {
                accepted.add(map(alt.asText()));
            }
            out.add(new Gold(m.get("start").asInt(), m.get("end").asInt(), m.get("text").asText(), type, accepted,
                    m.get("canonical").asText(), m.path("optional").asBoolean(false)));
        }
        return out;
    }

    static EntityType map(String goldType) {
        return switch (goldType) {
            case "GPE", "LOC" -> EntityType.LOCATION;
            case "ORG" -> EntityType.ORGANIZATION;
            default -> EntityType.valueOf(goldType);
        };
    }

    void add(String file, List<Gold> gold, List<Mention> system) {
        score(file, gold, system, true, exact);
        score(file, gold, system, false, overlap);
    }

    private void score(String file, List<Gold> gold, List<Mention> system, boolean exactMatch, Map<EntityType, int[]> table) {
        Set<Gold> usedGold = new HashSet<>();
        for (Mention m : system) {
            Gold match = null;
            for (Gold g : gold) {
                if (!usedGold.contains(g) && g.accepted().contains(m.type())
                        && (exactMatch ? g.start() == m.start() && g.end() == m.end() : g.start() < m.end() && m.start() < g.end())) {
                    match = g;
                    break;
                }
            }
            if (match == null) {
                // a system mention over an optional gold mention (any type) is ignored
                boolean onOptional = gold.stream().anyMatch(g -> g.optional() && g.start() < m.end() && m.start() < g.end());
                if (!onOptional) {
                    table.computeIfAbsent(m.type(), t -> new int[3])[1]++;
                    if (!exactMatch) {
                        errors.add(file + " FP " + m.type() + " '" + m.text() + "' @" + m.start());
                    }
                }
                continue;
            }
            usedGold.add(match);
            if (match.optional()) {
                continue;
            }
            table.computeIfAbsent(m.type(), t -> new int[3])[1]++;
            table.computeIfAbsent(match.type(), t -> new int[3])[0]++;
            if (!exactMatch) {
                if (isName(match.type())) {
                    linkTable.computeIfAbsent(match.canonical(), k -> new HashMap<>()).merge(m.entityKey(), 1, Integer::sum);
                    linkPairs.add(new String[]{match.canonical(), m.entityKey(), file + " '" + m.text() + "' @" + m.start()});
                } else {
                    normalisedTotal++;
                    if (m.entity().equals(match.canonical())) {
                        normalisedRight++;
                    }
                }
            }
        }
        for (Gold g : gold) {
            if (!g.optional()) {
                table.computeIfAbsent(g.type(), t -> new int[3])[2]++;
                if (!exactMatch && !usedGold.contains(g)) {
                    errors.add(file + " FN " + g.type() + " '" + g.text() + "' @" + g.start());
                }
            }
        }
    }

    private static boolean isName(EntityType t) {
        return t != EntityType.DATE && t != EntityType.QUANTITY;
    }

    Counts counts(boolean exactMatch, EntityType type) {
        Map<EntityType, int[]> table = exactMatch ? exact : overlap;
        if (type == null) {
            int tp = 0, sys = 0, gold = 0;
            for (int[] c : table.values()) {
                tp += c[0];
                sys += c[1];
                gold += c[2];
            }
            return new Counts(tp, sys, gold);
        }
        int[] c = table.getOrDefault(type, new int[3]);
        return new Counts(c[0], c[1], c[2]);
    }

    /** Greedy one-to-one alignment of gold canonical entities to system entities by shared mentions. */
    Map<String, String> alignment() {
        List<Object[]> cells = new ArrayList<>();
        linkTable.forEach((g, row) -> row.forEach((s, n) -> cells.add(new Object[]{g, s, n})));
        cells.sort(Comparator.comparingInt((Object[] c) -> -(Integer) c[2]).thenComparing(c -> (String) c[0]).thenComparing(c -> (String) c[1]));
        Map<String, String> goldToSystem = new HashMap<>();
        Set<String> systemUsed = new HashSet<>();
        for (Object[] c : cells) {
            if (!goldToSystem.containsKey((String) c[0]) && !systemUsed.contains((String) c[1])) {
                goldToSystem.put((String) c[0], (String) c[1]);
                systemUsed.add((String) c[1]);
            }
        }
        return goldToSystem;
    }

    double linkingAccuracy() {
        Map<String, String> align = alignment();
        long right = linkPairs.stream().filter(p -> p[1].equals(align.get(p[0]))).count();
        return linkPairs.isEmpty() ? 0 : (double) right / linkPairs.size();
    }

    List<String> linkingErrors() {
        Map<String, String> align = alignment();
        return linkPairs.stream().filter(p -> !p[1].equals(align.get(p[0])))
                .map(p -> p[2] + " gold=" + p[0] + " system=" + p[1] + " (aligned " + align.get(p[0]) + ")").toList();
    }

    int linkedMentions() {
        return linkPairs.size();
    }

    double normalisationAccuracy() {
        return normalisedTotal == 0 ? 0 : (double) normalisedRight / normalisedTotal;
    }

    List<String> errors() {
        return errors;
    }

    String report() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-13s %-22s %-22s%n", "type", "exact P/R/F1", "overlap P/R/F1"));
        List<EntityType> types = new ArrayList<>(List.of(EntityType.values()));
        types.add(null);
        for (EntityType t : types) {
            Counts e = counts(true, t);
            Counts o = counts(false, t);
            b.append(String.format(Locale.ROOT, "%-13s %.2f/%.2f/%.2f         %.2f/%.2f/%.2f   (gold %d, system %d)%n",
                    t == null ? "ALL" : t.name(), e.precision(), e.recall(), e.f1(), o.precision(), o.recall(), o.f1(), o.goldCount(), o.systemCount()));
        }
        b.append(String.format(Locale.ROOT, "linking accuracy %.3f over %d name mentions; date/quantity value accuracy %.3f over %d%n",
                linkingAccuracy(), linkedMentions(), normalisationAccuracy(), normalisedTotal));
        return b.toString();
    }
}
