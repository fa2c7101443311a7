package org.triangulate.nlp;

/**
 * A possible mention from one layer, before merging and linking.
 *
 * @param entity canonical name if the layer knows it (gazetteer, normalised date), else null
 * @param entry  the gazetteer entry behind a dictionary hit, else null
 */
record Candidate(int start, int end, EntityType type, String entity, Source source, GazetteerEntry entry) {

    /** Where a candidate comes from, in merge priority order (first wins a conflict). */
    enum Source {
        /** A name in a statement of aliases ("X, also known as Y"); its entity is the statement's, not its own. */
        ALIAS_INTRODUCTION,
        THREAT_ACTOR_RULE,
        GAZETTEER,
        /** The place of a wire dateline ("TEL AVIV —"), named in title case. */
        DATELINE,
        DATE_RULE,
        STATISTICAL,
        TITLED_PERSON,
        ORGANIZATION_HEAD,
        QUANTITY_RULE
    }

    Candidate(int start, int end, EntityType type, String entity, Source source) {
        this(start, end, type, entity, source, null);
    }

    int length() {
        return end - start;
    }

    boolean overlaps(Candidate o) {
        return start < o.end && o.start < end;
    }

    boolean contains(Candidate o) {
        return start <= o.start && o.end <= end;
    }

    Candidate withEntity(EntityType newType, String newEntity) {
        return new Candidate(start, end, newType, newEntity, source, entry);
    }
}
