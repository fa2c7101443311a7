package org.triangulate.casefile;

import java.util.List;
import java.util.Objects;

/**
 * A statement an article makes, as the analyst (or a suggestion) marked it.
 *
 * @param id          stable id within the case
 * @param anchor      where it is in its article
 * @param attribution who asserts it inside the article ("Justice Department", "Oliver Dowden"), or the outlet
 * @param stance      how it is held
 * @param entities    keys of the entities it involves ("THREAT_ACTOR:APT31")
 * @param tags        the analyst's tags
 * @param note        the analyst's note, may be empty
 * @param groupId     the claim group it belongs to, or null
 * @param status      suggested, accepted or rejected
 */
public record Claim(String id, QuoteAnchor anchor, String attribution, Stance stance, List<String> entities,
                    List<String> tags, String note, String groupId, ClaimStatus status) {

    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(status, "status");
        entities = entities == null ? List.of() : List.copyOf(entities);
        tags = tags == null ? List.of() : List.copyOf(tags);
        note = note == null ? "" : note;
    }

    public String text() {
        return anchor.quote();
    }

    public String file() {
        return anchor.file();
    }

    public Claim withStatus(ClaimStatus newStatus) {
        return new Claim(id, anchor, attribution, stance, entities, tags, note, groupId, newStatus);
    }

    public Claim withStance(Stance newStance) {
        return new Claim(id, anchor, attribution, newStance, entities, tags, note, groupId, status);
    }

    public Claim withGroup(String newGroupId) {
        return new Claim(id, anchor, attribution, stance, entities, tags, note, newGroupId, status);
    }

    public Claim withTags(List<String> newTags) {
        return new Claim(id, anchor, attribution, stance, entities, newTags, note, groupId, status);
    }

    public Claim withNote(String newNote) {
        return new Claim(id, anchor, attribution, stance, entities, tags, newNote, groupId, status);
    }

    public Claim withAttribution(String newAttribution) {
        return new Claim(id, anchor, newAttribution, stance, entities, tags, note, groupId, status);
    }

    public Claim withAnchor(QuoteAnchor newAnchor) {
        return new Claim(id, newAnchor, attribution, stance, entities, tags, note, groupId, status);
    }
}
