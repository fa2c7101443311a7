package org.triangulate.casefile;

/**
 * A tag the analyst applies to claims, with the digit key (1-9) that applies it, INCEpTION style.
 *
 * @param name tag name ("attribution")
 * @param key  1-9, or 0 for no key
 */
public record TagDefinition(String name, int key) {
}
