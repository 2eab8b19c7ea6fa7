package org.blocktune.core.metrics;

/** Whether larger or smaller values of a metric are better. */
public enum Direction {
    MAXIMIZE, MINIMIZE;

    /** True if {@code a} is strictly better than {@code b} ({@code NaN} is never better). */
    public boolean better(double a, double b) {
        if (Double.isNaN(a)) return false;
        if (Double.isNaN(b)) return true;
        return this == MAXIMIZE ? a > b : a < b;
    }
}
