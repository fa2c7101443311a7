package org.triangulate.nlp;

import java.util.Objects;

/**
 * One occurrence of an entity in an article body.
 *
 * @param start  offset of the first character in the body
 * @param end    offset after the last character
 * @param text   the body substring [start, end)
 * @param type   entity type
 * @param entity canonical name of the entity it refers to ("Oliver Dowden" for "Dowden", "United States" for "U.S.")
 */
public record Mention(int start, int end, String text, EntityType type, String entity) {

    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(entity, "entity");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad mention span [" + start + ", " + end + ")");
        }
    }

    /** Key of the canonical entity, unique across types: "THREAT_ACTOR:APT31". */
    public String entityKey() {
        return type.name() + ':' + entity;
    }
}
