package org.blocktune.bench;

import java.util.Arrays;
import java.util.List;

/** Small helpers for benchmark figures: medians, elapsed seconds, megabytes. */
public final class Stats {
    private Stats() {
    }

    /** Median of {@code values} (mean of the two middle ones for an even count); NaN when empty. */
    public static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }

    /** Seconds since {@code startNanos} ({@link System#nanoTime}). */
    public static double secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Bytes as megabytes (10^6). */
    public static double mb(long bytes) {
        return bytes / 1e6;
    }
}
