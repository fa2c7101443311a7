package org.triangulate.conflicts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Small shared wording for conflict summaries. */
final class Variants {

    private Variants() {
    }

    /** "> 10000 email (a.com, b.com) vs 2000-9999 (thousands) email (c.com)". */
    static String valuesByOutlet(List<Variant> variants) {
        Map<String, List<String>> byValue = new LinkedHashMap<>();
        for (Variant v : variants) {
            List<String> outlets = byValue.computeIfAbsent(v.value(), k -> new java.util.ArrayList<>());
            if (!outlets.contains(v.outlet())) {
                outlets.add(v.outlet());
            }
        }
        return byValue.entrySet().stream().map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")")
                .collect(Collectors.joining(" vs "));
    }

    /** The claim group most of the statements belong to, or null when none is in a group. */
    static String commonGroup(List<Statement> statements) {
        return statements.stream().map(Statement::groupId).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
