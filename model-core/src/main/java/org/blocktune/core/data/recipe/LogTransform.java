package org.blocktune.core.data.recipe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.blocktune.core.data.NumericColumn;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;

/**
 * Replaces numeric predictors {@code x} by {@code log(x + offset)} in the given base (as recipes'
 * {@code step_log}). Fitting refuses a column whose analysis values are not all above
 * {@code -offset}, saying which offset would do; at bake time such a value becomes missing.
 *
 * @param base    the logarithm's base, e.g. {@code Math.E}, 2 or 10
 * @param offset  added before taking the logarithm (e.g. 1 for counts with zeros)
 * @param columns the numeric predictors (empty = all)
 */
public record LogTransform(double base, double offset, List<String> columns) implements Step {
    public LogTransform {
        columns = List.copyOf(columns);
        if (!(base > 0) || base == 1 || Double.isInfinite(base)) {
            throw new IllegalArgumentException("log: the base must be positive and not 1 (e.g. e, 2 or 10), got " + base);
        }
        if (!Double.isFinite(offset)) throw new IllegalArgumentException("log: the offset must be a finite number, got " + offset);
    }

    /** Natural logarithm of every numeric predictor, no offset. */
    public LogTransform() { this(Math.E, 0, List.of()); }

    @Override
    public Fitted fit(Table analysis, Roles roles) {
        List<String> chosen = Columns.resolve("log", columns, analysis, roles, c -> c instanceof NumericColumn, "numeric");
        for (String name : chosen) {
            NumericColumn c = analysis.numeric(name);
            double min = Double.POSITIVE_INFINITY;
            for (int i = 0; i < c.size(); i++) if (!c.isMissing(i)) min = Math.min(min, c.get(i));
            if (min + offset <= 0) {
                throw new IllegalArgumentException("log: column '" + name + "' has values down to " + min + " and the offset is "
                        + offset + ", so the logarithm is undefined; set the offset above " + (-min)
                        + " (e.g. " + Math.ceil(-min + 1) + "), or use a Yeo-Johnson step, which handles zero and negative values");
            }
        }
        return new Fitted(base, offset, chosen);
    }

    /** The columns transformed, with base and offset. */
    public record Fitted(double base, double offset, List<String> columns) implements FittedStep {
        public Fitted { columns = List.copyOf(columns); }

        @Override
        public Table apply(Table data) {
            double lnBase = Math.log(base);
            List<NumericColumn> out = new ArrayList<>();
            for (String name : columns) {
                if (!data.has(name)) continue;
                double[] v = data.numeric(name).toArray();
                for (int i = 0; i < v.length; i++) {
                    double x = v[i] + offset;
                    v[i] = x > 0 ? Math.log(x) / lnBase : Double.NaN;
                }
                out.add(new NumericColumn(name, v));
            }
            return data.withColumns(out);
        }

        @Override
        public Map<String, List<String>> columnMapping() { return Map.of(); }
    }
}
