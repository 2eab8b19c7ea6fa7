package org.blocktune.core.metrics;

/**
 * Metrics of predicted classes, computed from a {@link ConfusionMatrix} as yardstick does. With
 * two levels the first level is the event (yardstick's default) and an undefined precision or
 * recall is {@code NaN}; with more levels precision, recall, F1 and balanced accuracy are macro
 * averages in which a per-class value that is undefined (class never predicted, or absent from
 * the truth) counts as 0, and a class F1 with precision = recall = 0 is 0.
 */
public enum ClassMetric implements Metric {
    /** Share of correct predictions. */
    ACCURACY("accuracy", Direction.MAXIMIZE),
    /** Mean of sensitivity and specificity (macro averaged for more than two levels). */
    BAL_ACCURACY("bal_accuracy", Direction.MAXIMIZE),
    /** Cohen's (unweighted) kappa. */
    KAP("kap", Direction.MAXIMIZE),
    /** Precision (macro for more than two levels). */
    PRECISION("precision", Direction.MAXIMIZE),
    /** Recall / sensitivity (macro for more than two levels). */
    RECALL("recall", Direction.MAXIMIZE),
    /** F1 score (macro for more than two levels). */
    F_MEAS("f_meas", Direction.MAXIMIZE);

    private final String name;
    private final Direction direction;

    ClassMetric(String name, Direction direction) {
        this.name = name;
        this.direction = direction;
    }

    @Override public String metricName() { return name; }
    @Override public Direction direction() { return direction; }

    /** The metric's value for the counts in {@code cm} ({@code NaN} if undefined). */
    public double compute(ConfusionMatrix cm) {
        int k = cm.levels().size();
        double n = cm.total();
        if (n == 0) return Double.NaN;
        switch (this) {
            case ACCURACY:
                return trace(cm) / n;
            case KAP: {
                double pe = 0;
                for (int c = 0; c < k; c++) pe += (double) cm.truthTotal(c) * cm.predictedTotal(c);
                pe /= n * n;
                return (trace(cm) / n - pe) / (1 - pe);
            }
            default:
                break;
        }
        boolean binary = k == 2;
        if (binary) {
            double p = precision(cm, 0, true);
            double r = recall(cm, 0, true);
            return switch (this) {
                case PRECISION -> p;
                case RECALL -> r;
                case F_MEAS -> f1(p, r);
                case BAL_ACCURACY -> (r + recall(cm, 1, true)) / 2; // sensitivity + specificity of the event
                default -> throw new IllegalStateException();
            };
        }
        double sum = 0;
        for (int c = 0; c < k; c++) {
            double p = precision(cm, c, false);
            double r = recall(cm, c, false);
            sum += switch (this) {
                case PRECISION -> p;
                case RECALL -> r;
                case F_MEAS -> (p == 0 && r == 0) ? 0 : f1(p, r);
                case BAL_ACCURACY -> (r + specificity(cm, c)) / 2;
                default -> throw new IllegalStateException();
            };
        }
        return sum / k;
    }

    private static double trace(ConfusionMatrix cm) {
        double t = 0;
        for (int c = 0; c < cm.levels().size(); c++) t += cm.count(c, c);
        return t;
    }

    private static double precision(ConfusionMatrix cm, int c, boolean nanIfUndefined) {
        int predicted = cm.predictedTotal(c);
        if (predicted == 0) return nanIfUndefined ? Double.NaN : 0;
        return (double) cm.count(c, c) / predicted;
    }

    private static double recall(ConfusionMatrix cm, int c, boolean nanIfUndefined) {
        int actual = cm.truthTotal(c);
        if (actual == 0) return nanIfUndefined ? Double.NaN : 0;
        return (double) cm.count(c, c) / actual;
    }

    private static double specificity(ConfusionMatrix cm, int c) {
        double negatives = cm.total() - cm.truthTotal(c);
        if (negatives == 0) return 0;
        double falsePositives = cm.predictedTotal(c) - cm.count(c, c);
        return (negatives - falsePositives) / negatives;
    }

    private static double f1(double p, double r) {
        if (p == 0 && r == 0) return 0;
        return 2 * p * r / (p + r);
    }
}
