package org.blocktune.core.data.recipe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.data.NumericColumn;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;

/**
 * The Yeo–Johnson power transform of numeric predictors (as recipes' {@code step_YeoJohnson}):
 * one λ per column, estimated on the analysis rows by maximising the normal profile
 * log-likelihood over [−5, 5]; it handles zero and negative values, unlike a logarithm. A
 * column with fewer than two distinct values is left as it is. Missing values stay missing.
 *
 * @param columns the numeric predictors (empty = all)
 */
public record YeoJohnson(List<String> columns) implements Step {
    private static final double LIMIT = 5;

    public YeoJohnson { columns = List.copyOf(columns); }

    /** Transform every numeric predictor. */
    public YeoJohnson() { this(List.of()); }

    @Override
    public Fitted fit(Table analysis, Roles roles) {
        Map<String, Double> lambdas = new LinkedHashMap<>();
        for (String name : Columns.resolve("yeo_johnson", columns, analysis, roles, c -> c instanceof NumericColumn, "numeric")) {
            double[] x = java.util.Arrays.stream(analysis.numeric(name).toArray()).filter(d -> !Double.isNaN(d)).toArray();
            if (java.util.Arrays.stream(x).distinct().limit(2).count() < 2) continue;
            lambdas.put(name, estimate(x));
        }
        return new Fitted(lambdas);
    }

    /** The λ maximising the profile log-likelihood (golden-section search on [−5, 5]). */
    static double estimate(double[] x) {
        double a = -LIMIT;
        double b = LIMIT;
        double g = (Math.sqrt(5) - 1) / 2;
        double c = b - g * (b - a);
        double d = a + g * (b - a);
        double fc = logLik(x, c);
        double fd = logLik(x, d);
        for (int i = 0; i < 80 && b - a > 1e-6; i++) {
            if (fc > fd) {
                b = d; d = c; fd = fc;
                c = b - g * (b - a); fc = logLik(x, c);
            } else {
                a = c; c = d; fc = fd;
                d = a + g * (b - a); fd = logLik(x, d);
            }
        }
        return (a + b) / 2;
    }

    static double logLik(double[] x, double lambda) {
        int n = x.length;
        double mean = 0;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) { y[i] = transform(x[i], lambda); mean += y[i]; }
        mean /= n;
        double ss = 0;
        double jac = 0;
        for (int i = 0; i < n; i++) {
            double dd = y[i] - mean;
            ss += dd * dd;
            jac += Math.signum(x[i]) * Math.log1p(Math.abs(x[i]));
        }
        double var = ss / n;
        if (!(var > 0) || !Double.isFinite(var)) return Double.NEGATIVE_INFINITY;
        return -n / 2.0 * Math.log(var) + (lambda - 1) * jac;
    }

    /** Yeo–Johnson transform of one value. */
    static double transform(double x, double lambda) {
        if (Double.isNaN(x)) return x;
        if (x >= 0) {
            return Math.abs(lambda) < 1e-8 ? Math.log1p(x) : (Math.pow(x + 1, lambda) - 1) / lambda;
        }
        return Math.abs(lambda - 2) < 1e-8 ? -Math.log1p(-x) : -(Math.pow(1 - x, 2 - lambda) - 1) / (2 - lambda);
    }

    /** The λ per column. */
    public record Fitted(Map<String, Double> lambdas) implements FittedStep {
        public Fitted { lambdas = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(lambdas)); }

        @Override
        public Table apply(Table data) {
            List<NumericColumn> out = new ArrayList<>();
            for (var e : lambdas.entrySet()) {
                if (!data.has(e.getKey())) continue;
                double[] v = data.numeric(e.getKey()).toArray();
                for (int i = 0; i < v.length; i++) v[i] = transform(v[i], e.getValue());
                out.add(new NumericColumn(e.getKey(), v));
            }
            return data.withColumns(out);
        }

        @Override
        public Map<String, List<String>> columnMapping() { return Map.of(); }
    }
}
