package org.blocktune.core.tune.strategy;

import java.util.Arrays;

/**
 * The decision of Optuna's {@code MedianPruner} at one step: prune when the best value the fit
 * has reached so far is worse than the median of the other fits' values at this step. NaN
 * reference values are ignored; with no reference value there is no decision (keep going); a fit
 * whose values so far are all NaN is pruned.
 */
public final class MedianRule {
    private MedianRule() {
    }

    /**
     * @param ownSoFar   the fit's values at steps 1..k
     * @param reference  the earlier fits' values at step k
     * @param maximize   true when larger values are better
     * @return true to prune
     */
    public static boolean prune(double[] ownSoFar, double[] reference, boolean maximize) {
        double median = median(reference);
        if (Double.isNaN(median)) {
            return false;
        }
        double best = best(ownSoFar, maximize);
        if (Double.isNaN(best)) {
            return true;
        }
        return maximize ? best < median : best > median;
    }

    /** The best finite value (NaN when there is none). */
    public static double best(double[] values, boolean maximize) {
        double best = Double.NaN;
        for (double v : values) {
            if (!Double.isNaN(v) && (Double.isNaN(best) || (maximize ? v > best : v < best))) {
                best = v;
            }
        }
        return best;
    }

    /** The median of the non-NaN values (the mean of the middle two for an even count); NaN when there are none. */
    public static double median(double[] values) {
        double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }
}
