package org.blocktune.core.block;

/**
 * The legal interval of a numeric argument; a {@code null} bound is unbounded.
 *
 * @param min          lower bound or null
 * @param minInclusive whether {@code min} itself is allowed
 * @param max          upper bound or null
 * @param maxInclusive whether {@code max} itself is allowed
 */
public record ValueRange(Double min, boolean minInclusive, Double max, boolean maxInclusive) {

    /** Any number. */
    public static final ValueRange ANY = new ValueRange(null, true, null, true);
    /** Strictly positive (sizes, learning rates). */
    public static final ValueRange POSITIVE = new ValueRange(0.0, false, null, true);
    /** Zero or more. */
    public static final ValueRange NON_NEGATIVE = new ValueRange(0.0, true, null, true);
    /** Keras-style drop rates and fractions: {@code [0, 1)}. */
    public static final ValueRange UNIT_UPPER_OPEN = new ValueRange(0.0, true, 1.0, false);
    /** Probabilities and momenta: {@code (0, 1)}. */
    public static final ValueRange UNIT_OPEN = new ValueRange(0.0, false, 1.0, false);

    /** Closed interval {@code [min, max]}. */
    public static ValueRange closed(double min, double max) {
        return new ValueRange(min, true, max, true);
    }

    /** Whether {@code value} lies in the range. */
    public boolean contains(double value) {
        if (Double.isNaN(value)) {
            return false;
        }
        if (min != null && (minInclusive ? value < min : value <= min)) {
            return false;
        }
        return max == null || (maxInclusive ? value <= max : value < max);
    }

    /** Interval notation, e.g. {@code [0, 1)} or {@code > 0}. */
    public String describe() {
        if (min != null && max != null) {
            return (minInclusive ? "[" : "(") + fmt(min) + ", " + fmt(max) + (maxInclusive ? "]" : ")");
        }
        if (min != null) {
            return (minInclusive ? ">= " : "> ") + fmt(min);
        }
        if (max != null) {
            return (maxInclusive ? "<= " : "< ") + fmt(max);
        }
        return "any number";
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
