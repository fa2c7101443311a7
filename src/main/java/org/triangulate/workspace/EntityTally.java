package org.triangulate.workspace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.triangulate.index.IndexedArticle;
import org.triangulate.nlp.Entity;
import org.triangulate.nlp.EntityType;
import org.triangulate.nlp.Mention;

/** Counts, per canonical entity, its mentions, the articles it appears in and the ways it is written. */
final class EntityTally {

    private EntityTally() {
    }

    static List<Entity> of(Collection<IndexedArticle> articles) {
        Map<String, Tally> tallies = new HashMap<>();
        for (IndexedArticle a : articles) {
            if (a.mentions() == null) {
                continue;
            }
            for (Mention m : a.mentions()) {
                Tally t = tallies.computeIfAbsent(m.entityKey(), k -> new Tally(m.entity(), m.type()));
                t.mentions++;
                t.articles.add(a.article().id());
                t.aliases.add(m.text());
            }
        }
        List<Entity> entities = new ArrayList<>(tallies.size());
        for (Tally t : tallies.values()) {
            entities.add(new Entity(t.name, t.type, List.copyOf(t.aliases), t.articles.size(), t.mentions));
        }
        entities.sort(Comparator.comparingInt(Entity::mentions).reversed().thenComparing(Entity::name));
        return List.copyOf(entities);
    }

    private static final class Tally {
        final String name;
        final EntityType type;
        final Set<String> articles = new HashSet<>();
        final Set<String> aliases = new TreeSet<>();
        int mentions;

        Tally(String name, EntityType type) {
            this.name = name;
            this.type = type;
        }
    }
}
