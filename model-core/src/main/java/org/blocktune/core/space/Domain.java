package org.blocktune.core.space;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The set of values a tuned argument may take. Range bounds are in natural units
 * (a learning rate range is {@code 1e-4 .. 1e-1}); the transform only decides how the
 * range is spaced when sampled.
 *
 * <p>Besides membership ({@link #contains}), every domain maps between values and the unit
 * interval in two ways: {@link #valueAt} turns a uniform draw into a value (integers and value
 * sets get equal-width cells, so a uniform draw gives every integer or value its fair share),
 * and {@link #position}/{@link #atPosition} place a value on its (transformed) axis, with the
 * bounds at 0 and 1. Integer ranges always give {@link Integer}, real ranges {@link Double},
 * value sets their own objects.
 */
public sealed interface Domain permits Domain.IntRange, Domain.RealRange, Domain.ValueSet {

    /** True if {@code value} lies in this domain (integers for integer ranges, numbers for real ranges). */
    boolean contains(Object value);

    /**
     * The value for a uniform draw {@code u} in {@code [0, 1)}: evenly in transformed units for
     * ranges, one equal cell per integer or per value otherwise.
     */
    Object valueAt(double u);

    /** Where {@code value} sits on this domain's transformed axis: 0 at the lower bound, 1 at the upper. */
    double position(Object value);

    /** The value at {@code position} (clamped to 0..1) on the transformed axis; the inverse of {@link #position}. */
    Object atPosition(double position);

    /**
     * Up to {@code n} evenly spaced values (dials {@code value_seq}): both bounds for ranges
     * (an upper-open range stops one step short of its upper bound), the lower bound when
     * {@code n == 1}, the first {@code n} values of a value set. Integer levels that round to the
     * same integer appear once.
     */
    List<Object> levels(int n);

    /** Number of distinct values; {@link Long#MAX_VALUE} for a real range of positive width. */
    long cardinality();

    /** Integer range, both ends included. */
    record IntRange(int lower, int upper, Transform transform) implements Domain {
        public IntRange {
            Objects.requireNonNull(transform, "transform");
            if (lower > upper) {
                throw new IllegalArgumentException("integer range lower " + lower + " > upper " + upper);
            }
            if (transform != Transform.IDENTITY && lower <= 0) {
                throw new IllegalArgumentException("a " + transform + " range needs positive bounds, got " + lower);
            }
        }

        public IntRange(int lower, int upper) {
            this(lower, upper, Transform.IDENTITY);
        }

        @Override
        public boolean contains(Object value) {
            if (!(value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte)) {
                return false;
            }
            long v = ((Number) value).longValue();
            return v >= lower && v <= upper;
        }

        @Override
        public Object valueAt(double u) {
            // cells of equal transformed width around each integer: [k - 0.5, k + 0.5]
            double from = transform.forward(lower - 0.5);
            double to = transform.forward(upper + 0.5);
            double natural = transform.inverse(from + clampUnit(u) * (to - from));
            return clamp((long) Math.floor(natural + 0.5));
        }

        @Override
        public double position(Object value) {
            double v = requireNumber(value, this).doubleValue();
            return lower == upper ? 0.0 : unitOf(v, lower, upper, transform);
        }

        @Override
        public Object atPosition(double position) {
            double p = clampUnit(position);
            if (p == 0.0) {
                return lower;
            }
            if (p == 1.0) {
                return upper;
            }
            double from = transform.forward(lower);
            double natural = transform.inverse(from + p * (transform.forward(upper) - from));
            return clamp(Math.round(natural));
        }

        @Override
        public List<Object> levels(int n) {
            requireLevels(n);
            LinkedHashSet<Object> out = new LinkedHashSet<>();
            for (int i = 0; i < n; i++) {
                out.add(atPosition(n == 1 ? 0.0 : (double) i / (n - 1)));
            }
            return List.copyOf(out);
        }

        @Override
        public long cardinality() {
            return (long) upper - lower + 1;
        }

        private Integer clamp(long v) {
            return (int) Math.max(lower, Math.min(upper, v));
        }
    }

    /** Real range; the lower end is included, the upper end included unless {@code upperOpen}. */
    record RealRange(double lower, double upper, Transform transform, boolean upperOpen) implements Domain {
        public RealRange {
            Objects.requireNonNull(transform, "transform");
            if (!(lower <= upper)) {
                throw new IllegalArgumentException("real range lower " + lower + " > upper " + upper);
            }
            if (transform != Transform.IDENTITY && lower <= 0) {
                throw new IllegalArgumentException("a " + transform + " range needs positive bounds, got " + lower);
            }
        }

        public RealRange(double lower, double upper, Transform transform) {
            this(lower, upper, transform, false);
        }

        public RealRange(double lower, double upper) {
            this(lower, upper, Transform.IDENTITY, false);
        }

        @Override
        public boolean contains(Object value) {
            if (!(value instanceof Number number)) {
                return false;
            }
            double v = number.doubleValue();
            if (!Double.isFinite(v) || v < lower || v > upper) {
                return false;
            }
            return !(upperOpen && v == upper && lower < upper);
        }

        @Override
        public Object valueAt(double u) {
            return atPosition(u);
        }

        @Override
        public double position(Object value) {
            double v = requireNumber(value, this).doubleValue();
            return lower == upper ? 0.0 : unitOf(v, lower, upper, transform);
        }

        @Override
        public Object atPosition(double position) {
            double p = clampUnit(position);
            double v;
            if (p == 0.0 || lower == upper) {
                v = lower;
            } else if (p == 1.0) {
                v = upper;
            } else {
                double from = transform.forward(lower);
                v = transform.inverse(from + p * (transform.forward(upper) - from));
                v = Math.max(lower, Math.min(upper, v));
            }
            if (upperOpen && v >= upper && lower < upper) {
                v = Math.max(lower, Math.nextDown(upper));
            }
            return v;
        }

        @Override
        public List<Object> levels(int n) {
            requireLevels(n);
            LinkedHashSet<Object> out = new LinkedHashSet<>();
            for (int i = 0; i < n; i++) {
                double p = n == 1 ? 0.0 : upperOpen ? (double) i / n : (double) i / (n - 1);
                out.add(atPosition(p));
            }
            return List.copyOf(out);
        }

        @Override
        public long cardinality() {
            return lower == upper ? 1 : Long.MAX_VALUE;
        }
    }

    /** An explicit list of values (strings, numbers or booleans), in the order given. */
    record ValueSet(List<Object> values) implements Domain {
        public ValueSet {
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("a value set needs at least one value");
            }
        }

        public static ValueSet of(Object... values) {
            return new ValueSet(List.of(values));
        }

        @Override
        public boolean contains(Object value) {
            return values.contains(value);
        }

        @Override
        public Object valueAt(double u) {
            int i = (int) Math.floor(clampUnit(u) * values.size());
            return values.get(Math.min(values.size() - 1, i));
        }

        /** The ordinal position of the value (first 0, last 1); searches treat value sets as unordered. */
        @Override
        public double position(Object value) {
            int i = values.indexOf(value);
            if (i < 0) {
                throw new IllegalArgumentException("value " + value + " is not one of " + values);
            }
            return values.size() == 1 ? 0.0 : (double) i / (values.size() - 1);
        }

        @Override
        public Object atPosition(double position) {
            return values.get((int) Math.round(clampUnit(position) * (values.size() - 1)));
        }

        @Override
        public List<Object> levels(int n) {
            requireLevels(n);
            return List.copyOf(values.subList(0, Math.min(n, values.size())));
        }

        @Override
        public long cardinality() {
            return new LinkedHashSet<>(values).size();
        }
    }

    private static double clampUnit(double u) {
        if (Double.isNaN(u)) {
            throw new IllegalArgumentException("unit value is NaN");
        }
        return Math.max(0.0, Math.min(1.0, u));
    }

    private static double unitOf(double v, double lower, double upper, Transform transform) {
        double from = transform.forward(lower);
        return clampUnit((transform.forward(Math.max(v, lower)) - from) / (transform.forward(upper) - from));
    }

    private static Number requireNumber(Object value, Domain domain) {
        if (!(value instanceof Number number) || !Double.isFinite(number.doubleValue())) {
            throw new IllegalArgumentException("value " + value + " is not a finite number, as " + domain + " needs");
        }
        return number;
    }

    private static void requireLevels(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("levels must be at least 1, got " + n);
        }
    }
}
