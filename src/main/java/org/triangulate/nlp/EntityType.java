package org.triangulate.nlp;

/** The entity types Triangulate extracts. The names are part of the CLI JSON and the UI legend. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    /** Countries, cities, regions. */
    LOCATION,
    /** Named cyber threat-actor groups: APT31, Violet Typhoon, Storm-0558... */
    THREAT_ACTOR,
    /** Dates, ranges, weekdays and durations. */
    DATE,
    /** Counts and amounts: "more than 10,000", "thousands", "seven". */
    QUANTITY
}
