package org.triangulate.nlp;

import java.util.List;

/**
 * A canonical entity with what the corpus says about it: how it was written and how often it appears.
 *
 * @param name     canonical name
 * @param type     entity type
 * @param aliases  distinct surface forms seen, sorted
 * @param articles number of articles mentioning it
 * @param mentions total number of mentions
 */
public record Entity(String name, EntityType type, List<String> aliases, int articles, int mentions) {

    public Entity {
        aliases = List.copyOf(aliases);
    }

    public String key() {
        return type.name() + ':' + name;
    }
}
