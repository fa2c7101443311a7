package org.triangulate.conflicts;

/**
 * An amount found in a sentence and what it measures.
 *
 * @param start   offset in the sentence
 * @param end     offset after it
 * @param said    the words ("more than 10,000 emails")
 * @param amount  the interval
 * @param measure what it counts
 */
public record StatedAmount(int start, int end, String said, Amount amount, Measure measure) {

    String describe() {
        return amount.describe() + " " + measure.describe();
    }
}
