package org.triangulate.nlp;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One canonical name in a gazetteer with the ways it is written.
 *
 * @param type       entity type
 * @param canonical  canonical name
 * @param aliases    surface forms, matched case-sensitively (the canonical name is always one of them)
 * @param cueAliases aliases that are also ordinary words ("Sandworm", "Leviathan"): they count only near a cyber cue
 * @param attributes data such as {@code capital-of=United Kingdom}, {@code country=CN}, {@code kind=agency}
 */
public record GazetteerEntry(EntityType type, String canonical, List<String> aliases, Set<String> cueAliases,
                             Map<String, String> attributes) {

    public GazetteerEntry {
        aliases = List.copyOf(aliases);
        cueAliases = Set.copyOf(cueAliases);
        attributes = Map.copyOf(attributes);
    }

    /** An entry without cue-only aliases or attributes, e.g. from an analyst's own list. */
    public static GazetteerEntry of(EntityType type, String canonical, String... aliases) {
        Set<String> all = new LinkedHashSet<>();
        all.add(canonical);
        all.addAll(List.of(aliases));
        return new GazetteerEntry(type, canonical, List.copyOf(all), Set.of(), Map.of());
    }

    /** The country whose capital this place is, or null. */
    public String capitalOf() {
        return attributes.get("capital-of");
    }

    GazetteerEntry mergedWith(GazetteerEntry other) {
        Set<String> all = new LinkedHashSet<>(aliases);
        all.addAll(other.aliases);
        Set<String> cues = new LinkedHashSet<>(cueAliases);
        cues.addAll(other.cueAliases);
        cues.removeIf(a -> aliases.contains(a) && !cueAliases.contains(a));
        Map<String, String> attrs = new java.util.HashMap<>(other.attributes);
        attrs.putAll(attributes);
        return new GazetteerEntry(type, canonical, List.copyOf(all), cues, attrs);
    }
}
