package org.triangulate.briefing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.triangulate.nlp.Entity;

/** The entities a reader needs to follow the briefing: the most-mentioned of each kind, with other spellings. */
final class EntityList {

    /** Enough to name the actors; the workspace keeps the long tail. */
    private static final int PER_KIND = 15;

    private EntityList() {
    }

    static List<Briefing.EntityRow> of(List<Entity> entities) {
        List<Briefing.EntityRow> rows = new ArrayList<>();
        for (Briefing.EntityKind kind : Briefing.EntityKind.values()) {
            entities.stream().filter(e -> kindOf(e) == kind)
                    .sorted(Comparator.comparingInt(Entity::mentions).reversed().thenComparing(Entity::name))
                    .limit(PER_KIND)
                    .forEach(e -> rows.add(new Briefing.EntityRow(kind, BriefingAssembler.oneLine(e.name()),
                            e.aliases().stream().map(BriefingAssembler::oneLine).filter(a -> !a.equalsIgnoreCase(e.name()))
                                    .distinct().toList(), e.mentions(), e.articles())));
        }
        return rows;
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
