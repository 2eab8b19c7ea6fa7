package org.blocktune.core.spec;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The shape of one example flowing along an edge, without the batch dimension:
 * {@code [features]} (flat), {@code [steps, features]} (sequence) or
 * {@code [height, width, channels]} (image, channels last as in Keras).
 *
 * @param dims sizes, each at least 1
 */
public record Shape(List<Integer> dims) {

    public Shape {
        dims = List.copyOf(dims);
        if (dims.isEmpty() || dims.size() > 3) {
            throw new IllegalArgumentException("a shape has 1 to 3 dimensions, got " + dims);
        }
        for (int d : dims) {
            if (d < 1) {
                throw new IllegalArgumentException("shape sizes must be at least 1, got " + dims);
            }
        }
    }

    /** A flat vector of {@code n} features. */
    public static Shape flat(int n) {
        return new Shape(List.of(n));
    }

    /** A sequence of {@code steps} time steps with {@code features} values each. */
    public static Shape sequence(int steps, int features) {
        return new Shape(List.of(steps, features));
    }

    /** An image, channels last. */
    public static Shape image(int height, int width, int channels) {
        return new Shape(List.of(height, width, channels));
    }

    public boolean isFlat() {
        return dims.size() == 1;
    }

    public boolean isSequence() {
        return dims.size() == 2;
    }

    public boolean isImage() {
        return dims.size() == 3;
    }

    /** Size of dimension {@code i}. */
    public int dim(int i) {
        return dims.get(i);
    }

    /** The last dimension: features or channels. */
    public int last() {
        return dims.get(dims.size() - 1);
    }

    /** Number of values in one example. */
    public long size() {
        long n = 1;
        for (int d : dims) {
            n *= d;
        }
        return n;
    }

    /** "flat", "sequence" or "image". */
    public String kindName() {
        return isFlat() ? "flat" : isSequence() ? "sequence" : "image";
    }

    /** Keras-style text with the batch dimension, e.g. {@code (None, 24, 24, 32)}. */
    public String keras() {
        return "(None, " + dims.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
    }

    @Override
    public String toString() {
        return dims.toString();
    }
}
