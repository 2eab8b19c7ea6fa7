package org.blocktune.core.space;

/**
 * How a numeric range is spaced when a grid or search samples it. Uses {@link StrictMath}
 * so that seeded grids give the same values on every machine.
 */
public enum Transform {
    /** Values are spread evenly in their natural units. */
    IDENTITY,
    /** Values are spread evenly in log10 units (e.g. learning rates). */
    LOG10,
    /** Values are spread evenly in log2 units (e.g. batch sizes). */
    LOG2;

    /** Maps a natural value to the transformed scale. */
    public double forward(double value) {
        return switch (this) {
            case IDENTITY -> value;
            case LOG10 -> StrictMath.log10(value);
            case LOG2 -> StrictMath.log(value) / StrictMath.log(2);
        };
    }

    /** Maps a transformed value back to natural units. */
    public double inverse(double value) {
        return switch (this) {
            case IDENTITY -> value;
            case LOG10 -> StrictMath.pow(10, value);
            case LOG2 -> StrictMath.pow(2, value);
        };
    }
}
