package org.blocktune.core.metrics;

/**
 * Metrics of class probabilities. Inputs: true class codes (−1 = missing, left out) and a
 * probability matrix {@code [row][level]}.
 */
public enum ProbMetric implements Metric {
    /**
     * Area under the ROC curve. Two levels: the first level is the event, scored by its
     * probability; ties count one half (Mann–Whitney). More levels: Hand &amp; Till (2001), the mean
     * over level pairs of (A(i|j) + A(j|i)) / 2; levels absent from the truth are left out (as yardstick).
     */
    ROC_AUC("roc_auc", Direction.MAXIMIZE),
    /** Multinomial log loss: mean of −log p(true class), p clipped to [ε, 1 − ε] with ε = 2^−52 (as yardstick). */
    MN_LOG_LOSS("mn_log_loss", Direction.MINIMIZE);

    private static final double EPS = Math.ulp(1.0);

    private final String name;
    private final Direction direction;

    ProbMetric(String name, Direction direction) {
        this.name = name;
        this.direction = direction;
    }

    @Override public String metricName() { return name; }
    @Override public Direction direction() { return direction; }

    /**
     * The metric's value ({@code NaN} if undefined, e.g. AUC with one class present). A non-finite
     * probability (a network whose weights diverged) makes the value {@code NaN}: such a model has
     * no meaningful ranking, and the metric must still return promptly.
     */
    public double compute(int[] truth, double[][] probabilities) {
        if (truth.length != probabilities.length) {
            throw new IllegalArgumentException(truth.length + " truths but " + probabilities.length + " probability rows");
        }
        for (int i = 0; i < truth.length; i++) {
            if (truth[i] < 0) continue;
            for (double p : probabilities[i]) {
                if (!Double.isFinite(p)) return Double.NaN;
            }
        }
        if (this == MN_LOG_LOSS) {
            double sum = 0;
            int n = 0;
            for (int i = 0; i < truth.length; i++) {
                if (truth[i] < 0) continue;
                double p = Math.max(Math.min(probabilities[i][truth[i]], 1 - EPS), EPS);
                sum -= Math.log(p);
                n++;
            }
            return n == 0 ? Double.NaN : sum / n;
        }
        int k = probabilities.length == 0 ? 0 : probabilities[0].length;
        if (k == 2) return auc(truth, probabilities, 0, 1);
        boolean[] present = new boolean[k];
        for (int t : truth) if (t >= 0) present[t] = true;
        double sum = 0;
        int pairs = 0;
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                if (!present[i] || !present[j]) continue;
                sum += (auc(truth, probabilities, i, j) + auc(truth, probabilities, j, i)) / 2;
                pairs++;
            }
        }
        return pairs == 0 ? Double.NaN : sum / pairs;
    }

    /**
     * A(pos|neg): among rows of class pos or neg, the probability that a random pos row has a
     * higher probability of class pos than a random neg row (ties ½), via mid-ranks.
     */
    static double auc(int[] truth, double[][] prob, int pos, int neg) {
        int m = 0;
        for (int t : truth) if (t == pos || t == neg) m++;
        double[] score = new double[m];
        boolean[] isPos = new boolean[m];
        int at = 0;
        for (int i = 0; i < truth.length; i++) {
            if (truth[i] == pos || truth[i] == neg) {
                score[at] = prob[i][pos];
                isPos[at++] = truth[i] == pos;
            }
        }
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) order[i] = i;
        java.util.Arrays.sort(order, (a, b) -> Double.compare(score[a], score[b]));
        double rankSum = 0;
        long nPos = 0;
        for (int i = 0; i < m; ) {
            int j = i;
            // Double.compare, not ==: a NaN never equals itself and would stop this loop from advancing
            while (j < m && Double.compare(score[order[j]], score[order[i]]) == 0) j++;
            double midRank = (i + 1 + j) / 2.0; // ranks i+1..j
            for (int r = i; r < j; r++) {
                if (isPos[order[r]]) {
                    rankSum += midRank;
                    nPos++;
                }
            }
            i = j;
        }
        long nNeg = m - nPos;
        if (nPos == 0 || nNeg == 0) return Double.NaN;
        return (rankSum - nPos * (nPos + 1) / 2.0) / ((double) nPos * nNeg);
    }
}
