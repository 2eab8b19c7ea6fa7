package org.blocktune.core.metrics;

/** Regression metrics as yardstick; rows where truth or estimate is {@code NaN} are left out. */
public enum NumericMetric implements Metric {
    /** Root mean squared error. */
    RMSE("rmse", Direction.MINIMIZE),
    /** Mean absolute error. */
    MAE("mae", Direction.MINIMIZE),
    /** Squared Pearson correlation of truth and estimate (yardstick {@code rsq}; not 1 − SSE/SST). */
    RSQ("rsq", Direction.MAXIMIZE),
    /** Mean absolute percentage error, in percent; infinite if a truth is 0. */
    MAPE("mape", Direction.MINIMIZE);

    private final String name;
    private final Direction direction;

    NumericMetric(String name, Direction direction) {
        this.name = name;
        this.direction = direction;
    }

    @Override public String metricName() { return name; }
    @Override public Direction direction() { return direction; }

    /** The metric's value ({@code NaN} if undefined, e.g. R² with a constant truth or estimate). */
    public double compute(double[] truth, double[] estimate) {
        if (truth.length != estimate.length) {
            throw new IllegalArgumentException(truth.length + " truths but " + estimate.length + " estimates");
        }
        int n = 0;
        double sum = 0;
        double st = 0;
        double se = 0;
        for (int i = 0; i < truth.length; i++) {
            double t = truth[i];
            double e = estimate[i];
            if (Double.isNaN(t) || Double.isNaN(e)) continue;
            n++;
            st += t;
            se += e;
            switch (this) {
                case RMSE -> sum += (t - e) * (t - e);
                case MAE -> sum += Math.abs(t - e);
                case MAPE -> sum += Math.abs((t - e) / t);
                default -> { }
            }
        }
        if (n == 0) return Double.NaN;
        return switch (this) {
            case RMSE -> Math.sqrt(sum / n);
            case MAE -> sum / n;
            case MAPE -> 100 * sum / n;
            case RSQ -> {
                double mt = st / n;
                double me = se / n;
                double sxy = 0;
                double sxx = 0;
                double syy = 0;
                for (int i = 0; i < truth.length; i++) {
                    if (Double.isNaN(truth[i]) || Double.isNaN(estimate[i])) continue;
                    double a = truth[i] - mt;
                    double b = estimate[i] - me;
                    sxy += a * b;
                    sxx += a * a;
                    syy += b * b;
                }
                yield (sxx == 0 || syy == 0) ? Double.NaN : (sxy * sxy) / (sxx * syy);
            }
        };
    }
}
