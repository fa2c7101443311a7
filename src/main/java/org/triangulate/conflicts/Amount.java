package org.triangulate.conflicts;

import java.util.Locale;

/**
 * An amount as an interval: what the words strictly commit to, and what a generous reader would still accept.
 * "more than 10,000" is (10000, inf) strictly and [9000, inf) loosely; "thousands" is [2000, 9999] strictly.
 *
 * @param low       strict lower end
 * @param high      strict upper end (infinity when open)
 * @param looseLow  loose lower end
 * @param looseHigh loose upper end
 * @param anchor    the figure the writer gave (10000 for "more than 10,000"), NaN for vague words
 * @param shape     how the figure was qualified
 * @param said      the vague word, when there is one ("thousands"), else empty
 */
public record Amount(double low, double high, double looseLow, double looseHigh, double anchor, Shape shape, String said) {

    /** How a figure was qualified. */
    public enum Shape { EXACT, APPROXIMATE, AT_LEAST, MORE_THAN, AT_MOST, FEWER_THAN, RANGE, VAGUE }

    static Amount exact(double n) {
        // counting the same thing twice rarely differs by more than a few percent, round figures a little more
        double slack = n >= 1000 && n % 100 == 0 ? 0.10 : n >= 20 ? 0.05 : 0.0;
        return new Amount(n, n, n * (1 - slack), n * (1 + slack), n, Shape.EXACT, "");
    }

    static Amount approximately(double n) {
        return new Amount(n * 0.9, n * 1.1, n * 0.75, n * 1.25, n, Shape.APPROXIMATE, "");
    }

    static Amount nearly(double n) {
        return new Amount(n * 0.9, n, n * 0.8, n * 1.05, n, Shape.APPROXIMATE, "");
    }

    static Amount atLeast(double n) {
        return new Amount(n, Double.POSITIVE_INFINITY, n * 0.9, Double.POSITIVE_INFINITY, n, Shape.AT_LEAST, "");
    }

    static Amount moreThan(double n) {
        return new Amount(Math.nextUp(n), Double.POSITIVE_INFINITY, n * 0.9, Double.POSITIVE_INFINITY, n, Shape.MORE_THAN, "");
    }

    static Amount atMost(double n) {
        return new Amount(0, n, 0, n * 1.1, n, Shape.AT_MOST, "");
    }

    static Amount fewerThan(double n) {
        return new Amount(0, Math.nextDown(n), 0, n * 1.1, n, Shape.FEWER_THAN, "");
    }

    static Amount between(double a, double b) {
        double lo = Math.min(a, b);
        double hi = Math.max(a, b);
        return new Amount(lo, hi, lo * 0.9, hi * 1.1, (lo + hi) / 2, Shape.RANGE, "");
    }

    static Amount vague(String word, double low, double high, double looseLow, double looseHigh) {
        return new Amount(low, high, looseLow, looseHigh, Double.NaN, Shape.VAGUE, word);
    }

    boolean overlaps(Amount other) {
        return low <= other.high && other.low <= high;
    }

    boolean looselyOverlaps(Amount other) {
        return looseLow <= other.looseHigh && other.looseLow <= looseHigh;
    }

    boolean isLowerBound() {
        return shape == Shape.AT_LEAST || shape == Shape.MORE_THAN;
    }

    boolean isUpperBound() {
        return shape == Shape.AT_MOST || shape == Shape.FEWER_THAN;
    }

    /** Says the same thing as the other, however worded: "seven" and "7", "over 10,000" and "more than 10,000". */
    boolean sameAs(Amount other) {
        if (shape == Shape.VAGUE || other.shape == Shape.VAGUE) {
            return shape == other.shape && said.equals(other.said);
        }
        boolean sameFigure = Math.abs(anchor - other.anchor) <= 0.01 * Math.max(Math.abs(anchor), 1e-9);
        return sameFigure && (shape == other.shape || isLowerBound() && other.isLowerBound()
                || isUpperBound() && other.isUpperBound() || shape == Shape.EXACT || other.shape == Shape.EXACT
                || shape == Shape.APPROXIMATE || other.shape == Shape.APPROXIMATE);
    }

    /** How the amount reads, for the variant's value: "> 10000", "2000-9999 (thousands)", "14". */
    String describe() {
        return switch (shape) {
            case EXACT -> number(anchor);
            case APPROXIMATE -> "~" + number(anchor);
            case AT_LEAST -> ">= " + number(anchor);
            case MORE_THAN -> "> " + number(anchor);
            case AT_MOST -> "<= " + number(anchor);
            case FEWER_THAN -> "< " + number(anchor);
            case RANGE -> number(low) + "-" + number(high);
            case VAGUE -> number(low) + (Double.isInfinite(high) ? "+" : "-" + number(high)) + " (" + said + ")";
        };
    }

    static String number(double n) {
        if (n == Math.rint(n) && Math.abs(n) < 1e15) {
            return Long.toString((long) n);
        }
        return String.format(Locale.ROOT, "%.2f", n).replaceAll("0+$", "");
    }
}
