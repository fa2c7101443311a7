package org.triangulate.conflicts;

/**
 * What an amount counts: the thing ("email", "people", "years") and, when the words around say so, the event it
 * belongs to ("killed", "missing", "charged"). Amounts of different measures are never compared.
 *
 * @param kind  count, duration, money or share
 * @param thing the counted noun, singular and normalised; "years" for durations; the currency for money
 * @param event the event the count belongs to, or null
 * @param head  for durations, the noun the duration describes ("campaign" in "a 14-year campaign"), or null
 */
public record Measure(Kind kind, String thing, String event, String head) {

    /** What sort of amount it is. */
    public enum Kind { COUNT, DURATION, MONEY, SHARE }

    /** Key that equal measures share. */
    String key() {
        return kind + ":" + thing + (event == null ? "" : "/" + event);
    }

    /** A measure is specific when an event pins it down ("people killed"), so it can be compared across claims. */
    boolean specific() {
        return event != null;
    }

    String describe() {
        return switch (kind) {
            case DURATION -> "years" + (head == null ? "" : " (" + head + ")");
            case SHARE -> "percent" + (thing.isEmpty() ? "" : " of " + thing);
            default -> thing + (event == null ? "" : " " + event);
        };
    }
}
