package org.triangulate.briefing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.triangulate.nlp.Entity;
import org.triangulate.nlp.EntityType;
import org.triangulate.nlp.Gazetteer;
import org.triangulate.nlp.GazetteerEntry;

/**
 * The entities a reader needs to follow the briefing: the most-mentioned of each kind, with other spellings and, for
 * threat actors, the names other vendors give the group, so a reader who knows "Violet Typhoon" finds APT31.
 */
final class EntityList {

    /** Enough to name the actors; the workspace keeps the long tail, and the table says how many it leaves out. */
    static final int PER_KIND = 15;

    private EntityList() {
    }

    static List<Briefing.EntityTable> of(List<Entity> entities, Gazetteer gazetteer) {
        return of(entities, name -> knownAliases(gazetteer, name));
    }

    /** @param knownAliases a threat actor's canonical name to the aliases the gazetteer gives it */
    static List<Briefing.EntityTable> of(List<Entity> entities, Function<String, List<String>> knownAliases) {
        List<Briefing.EntityTable> tables = new ArrayList<>();
        for (Briefing.EntityKind kind : Briefing.EntityKind.values()) {
            List<Entity> all = entities.stream().filter(e -> kindOf(e) == kind)
                    .sorted(Comparator.comparingInt(Entity::mentions).reversed().thenComparing(Entity::name)).toList();
            if (all.isEmpty()) {
                continue;
            }
            List<Briefing.EntityRow> rows = new ArrayList<>();
            for (Entity e : all.subList(0, Math.min(PER_KIND, all.size()))) {
                String name = BriefingAssembler.oneLine(e.name());
                List<String> seen = distinct(e.aliases().stream().map(BriefingAssembler::oneLine)
                        .filter(a -> !a.equalsIgnoreCase(name)).toList());
                List<String> known = kind != Briefing.EntityKind.THREAT_ACTORS ? List.of()
                        : distinct(knownAliases.apply(e.name()).stream().map(BriefingAssembler::oneLine)
                                .filter(a -> !a.equalsIgnoreCase(name) && seen.stream().noneMatch(a::equalsIgnoreCase)).toList());
                rows.add(new Briefing.EntityRow(kind, name, seen, known, e.mentions(), e.articles()));
            }
            tables.add(new Briefing.EntityTable(kind, rows, all.size() - rows.size()));
        }
        return tables;
    }

    /** The gazetteer's aliases of a threat actor, or none when it is not in the gazetteer. */
    private static List<String> knownAliases(Gazetteer gazetteer, String name) {
        return gazetteer.canonical(EntityType.THREAT_ACTOR, name)
                .or(() -> gazetteer.find(name).filter(g -> g.type() == EntityType.THREAT_ACTOR))
                .map(GazetteerEntry::aliases).orElse(List.of());
    }

    /**
     * One spelling per name, case aside, in first-seen order; of "JUDGMENT PANDA" and "Judgment Panda" the one that
     * is not all capitals, as a reader would write it.
     */
    static List<String> distinct(List<String> names) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String n : names) {
            if (n.isBlank()) {
                continue;
            }
            byKey.merge(n.toLowerCase(Locale.ROOT), n, (kept, other) -> shouting(kept) && !shouting(other) ? other : kept);
        }
        return List.copyOf(byKey.values());
    }

    private static boolean shouting(String s) {
        return s.chars().anyMatch(Character::isLetter) && s.equals(s.toUpperCase(Locale.ROOT)) && !s.equals(s.toLowerCase(Locale.ROOT));
    }

    private static Briefing.EntityKind kindOf(Entity e) {
        return switch (e.type()) {
            case PERSON -> Briefing.EntityKind.PEOPLE;
            case ORGANIZATION -> Briefing.EntityKind.ORGANISATIONS;
            case THREAT_ACTOR -> Briefing.EntityKind.THREAT_ACTORS;
            case LOCATION -> Briefing.EntityKind.PLACES;
            default -> null; // dates and quantities are facts in claims, not actors
        };
    }
}
