package org.blocktune.core.space;

import java.util.List;
import java.util.Objects;

/**
 * The set of values a tuned argument may take. Range bounds are in natural units
 * (a learning rate range is {@code 1e-4 .. 1e-1}); the transform only decides how the
 * range is spaced when sampled.
 */
public sealed interface Domain permits Domain.IntRange, Domain.RealRange, Domain.ValueSet {

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
    }
}
