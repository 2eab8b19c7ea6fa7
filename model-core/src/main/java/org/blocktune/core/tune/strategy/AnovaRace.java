package org.blocktune.core.tune.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The elimination test of finetune's {@code tune_race_anova}: the optimised metric is modelled as
 * {@code metric ~ candidate + (1 | resample)} (a repeated-measures ANOVA with the resample as a
 * random block), the candidate with the best mean is the reference, and a candidate whose Wald
 * interval of the difference to the best (level 1 − alpha) lies entirely on the worse side of 0 is
 * eliminated: when maximising, its upper end must be above 0 to stay; when minimising, its lower end
 * below 0.
 *
 * <p>Every analysed candidate has a value on every analysed resample (candidates with a missing
 * value are left out before, as finetune does), so the design is balanced and the REML fit has a
 * closed form: the residual variance is the two-way ANOVA's mean square error, or, when the
 * resamples vary less than the residuals (the resample variance component would be negative and is
 * set to 0), the pooled within-candidate variance; the difference of two means has variance
 * 2σ²/B. A candidate exactly level with the best and without any spread (interval [0, 0]) stays.
 */
public final class AnovaRace {
    private AnovaRace() {
    }

    /**
     * Tests the candidates.
     *
     * @param ids      candidate ids, one per row of {@code values}
     * @param values   values[candidate][resample], all finite; at least 2 candidates and 2 resamples
     * @param maximize true when larger values are better
     * @param alpha    the significance level
     * @return one verdict per candidate, in the order given
     */
    public static List<RaceVerdict> test(List<String> ids, double[][] values, boolean maximize, double alpha) {
        int k = values.length;
        if (k < 2 || ids.size() != k) {
            throw new IllegalArgumentException("the test needs at least 2 candidates with one id each");
        }
        int b = values[0].length;
        if (b < 2) {
            throw new IllegalArgumentException("the test needs at least 2 resamples");
        }
        double[] candMean = new double[k];
        double[] rsMean = new double[b];
        double grand = 0;
        for (int i = 0; i < k; i++) {
            if (values[i].length != b) {
                throw new IllegalArgumentException("every candidate needs a value on each of the " + b + " resamples");
            }
            for (int j = 0; j < b; j++) {
                double v = values[i][j];
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("value of " + ids.get(i) + " on resample " + (j + 1) + " is not finite");
                }
                candMean[i] += v / b;
                rsMean[j] += v / k;
                grand += v / (k * (double) b);
            }
        }
        double ssResidual = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < b; j++) {
                double r = values[i][j] - candMean[i] - rsMean[j] + grand;
                ssResidual += r * r;
            }
        }
        double ssResample = 0;
        for (int j = 0; j < b; j++) {
            ssResample += k * (rsMean[j] - grand) * (rsMean[j] - grand);
        }
        int dfResidual = (k - 1) * (b - 1);
        int dfResample = b - 1;
        double mse = ssResidual / dfResidual;
        double msResample = ssResample / dfResample;
        double sigma2 = msResample >= mse ? mse : (ssResidual + ssResample) / (dfResidual + dfResample);
        double se = Math.sqrt(2 * sigma2 / b);
        double z = new NormalDistribution(0, 1).inverseCumulativeProbability(1 - alpha / 2);
        int best = 0;
        for (int i = 1; i < k; i++) {
            if (maximize ? candMean[i] > candMean[best] : candMean[i] < candMean[best]) {
                best = i;
            }
        }
        List<RaceVerdict> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            if (i == best) {
                out.add(new RaceVerdict(ids.get(i), candMean[i], 0, 0, 0, true, ""));
                continue;
            }
            double est = candMean[i] - candMean[best];
            double lower = est - z * se;
            double upper = est + z * se;
            boolean tiedFlat = est == 0 && se == 0;
            boolean pass = tiedFlat || (maximize ? upper > 0 : lower < 0);
            String reason = pass ? "" : String.format(Locale.ROOT,
                    "mean %s vs %s for the best, %s; difference %s, %.0f %% interval [%s, %s] excludes 0",
                    num(candMean[i]), num(candMean[best]), ids.get(best), num(est), 100 * (1 - alpha), num(lower), num(upper));
            out.add(new RaceVerdict(ids.get(i), candMean[i], est, lower, upper, pass, reason));
        }
        return out;
    }

    static String num(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
