package org.triangulate.ui.common;

import org.triangulate.nlp.EntityType;

/** The names of entity types as the analyst reads them in the legend, the panel and tooltips. */
public final class EntityTypeLabels {

    private EntityTypeLabels() {
    }

    public static String singular(EntityType type) {
        return switch (type) {
            case PERSON -> "Person";
            case ORGANIZATION -> "Organization";
            case LOCATION -> "Location";
            case THREAT_ACTOR -> "Threat actor";
            case DATE -> "Date";
            case QUANTITY -> "Quantity";
        };
    }

    public static String plural(EntityType type) {
        return switch (type) {
            case PERSON -> "People";
            case ORGANIZATION -> "Organizations";
            case LOCATION -> "Locations";
            case THREAT_ACTOR -> "Threat actors";
            case DATE -> "Dates";
            case QUANTITY -> "Quantities";
        };
    }
}
