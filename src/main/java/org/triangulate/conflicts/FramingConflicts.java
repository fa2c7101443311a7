package org.triangulate.conflicts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Flags reports that put the same party's act in a different sequence: "in response to the accusations, the UK
 * revealed" against "in a coordinated effort, London announced", or "in a parallel announcement, New Zealand said"
 * against "separately, New Zealand disclosed". The acting party is the source the sentence quotes. A low flag: the
 * order and coordination of events are often reported loosely.
 */
final class FramingConflicts {

    private final Map<String, List<String>> framings = new LinkedHashMap<>();
    private final AttributionReader reader;

    FramingConflicts(Affiliations affiliations) {
        for (String[] row : Vocabulary.rows("framing.tsv")) {
            framings.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        }
        reader = new AttributionReader(affiliations);
    }

    private record Framed(Statement statement, String actor, String framing, String said) {
    }

    List<Conflict> detect(List<Statement> statements) {
        List<Framed> framed = new ArrayList<>();
        for (Statement s : statements) {
            Optional<String[]> f = framing(s.text());
            if (f.isPresent()) {
                reader.speakerCountry(s).ifPresent(actor -> framed.add(new Framed(s, actor, f.get()[0], f.get()[1])));
            }
        }
        Clusters clusters = new Clusters(framed.size());
        for (int i = 0; i < framed.size(); i++) {
            for (int j = i + 1; j < framed.size(); j++) {
                Framed a = framed.get(i);
                Framed b = framed.get(j);
                if (a.statement().independentOf(b.statement()) && a.actor().equals(b.actor()) && clash(a.framing(), b.framing())) {
                    clusters.join(i, j, new Disagreement(Severity.LOW, a.actor() + "'s act is framed differently: \""
                            + a.said() + "\" vs \"" + b.said() + "\""));
                }
            }
        }
        List<Conflict> out = new ArrayList<>();
        for (Clusters.Cluster c : clusters.clusters()) {
            List<Framed> members = c.members().stream().map(framed::get)
                    .sorted(java.util.Comparator.comparing((Framed f) -> f.statement().file()).thenComparingInt(f -> f.statement().start()))
                    .toList();
            List<Variant> variants = members.stream().map(f -> f.statement().variant(f.framing() + ": " + f.said())).toList();
            out.add(Conflict.of(ConflictKind.DATE, Severity.LOW, Variants.commonGroup(members.stream().map(Framed::statement).toList()),
                    "Sequence of " + members.get(0).actor() + "'s act: " + Variants.valuesByOutlet(variants), c.worst().reason(), variants));
        }
        return out;
    }

    /** A response is not concerted; a concerted act is not independent. A response can be independent. */
    private static boolean clash(String a, String b) {
        return !a.equals(b) && (a.equals("concerted") || b.equals("concerted"));
    }

    /** The framing of the sentence's opening clause, where news puts it ("In response to ...,", "Separately,"). */
    private Optional<String[]> framing(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int comma = lower.indexOf(',');
        String opening = comma > 0 && comma < 80 ? lower.substring(0, comma) : lower.substring(0, Math.min(lower.length(), 60));
        for (var e : framings.entrySet()) {
            for (String phrase : e.getValue()) {
                if ((" " + opening.replaceAll("[^\\p{L}\\s]", " ") + " ").contains(" " + phrase + " ")) {
                    return Optional.of(new String[]{e.getKey(), phrase});
                }
            }
        }
        return Optional.empty();
    }
}
