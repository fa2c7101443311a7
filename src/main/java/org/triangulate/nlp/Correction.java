package org.triangulate.nlp;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One analyst correction to extracted entities. Pure data: the workspace stores a list of them as JSON and
 * {@link Corrections} replays them on every fresh extraction, so they survive re-extraction. Mention-level
 * corrections name the article by id and carry the mention text, so they are re-anchored if offsets shift.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Correction.RenameEntity.class, name = "rename"),
        @JsonSubTypes.Type(value = Correction.MergeEntities.class, name = "merge"),
        @JsonSubTypes.Type(value = Correction.SplitAlias.class, name = "split"),
        @JsonSubTypes.Type(value = Correction.DeleteMention.class, name = "delete"),
        @JsonSubTypes.Type(value = Correction.AddMention.class, name = "add")
})
public sealed interface Correction {

    /** Give an entity a better canonical name everywhere. */
    record RenameEntity(EntityType type, String name, String newName) implements Correction {
    }

    /** Two entities are one: every mention of {@code absorbed} becomes a mention of {@code into}. */
    record MergeEntities(EntityType absorbedType, String absorbed, EntityType intoType, String into) implements Correction {
    }

    /** Mentions written as {@code alias} were wrongly linked to {@code entity}; they belong to another entity. */
    record SplitAlias(EntityType type, String entity, String alias, EntityType newType, String newEntity) implements Correction {
    }

    /** A false mention: nothing to extract at this place of this article. */
    record DeleteMention(String article, int start, int end, String text) implements Correction {
    }

    /** A missed mention. */
    record AddMention(String article, int start, int end, String text, EntityType type, String entity) implements Correction {
    }
}
