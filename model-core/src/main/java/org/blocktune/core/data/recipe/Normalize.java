package org.blocktune.core.data.recipe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.data.NumericColumn;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;

/**
 * Centres numeric predictors on their mean and divides by their sample standard deviation
 * (n − 1, as R's {@code sd}). A constant column is only centred. Missing values stay missing.
 */
public record Normalize(List<String> columns) implements Step {
    public Normalize { columns = List.copyOf(columns); }

    /** Normalise every numeric predictor. */
    public Normalize() { this(List.of()); }

    @Override
    public Fitted fit(Table analysis, Roles roles) {
        Map<String, Stats> stats = new LinkedHashMap<>();
        for (String name : Columns.resolve("normalize", columns, analysis, roles, c -> c instanceof NumericColumn, "numeric")) {
            NumericColumn c = analysis.numeric(name);
            double sum = 0;
            int n = 0;
            for (int i = 0; i < c.size(); i++) if (!c.isMissing(i)) { sum += c.get(i); n++; }
            if (n == 0) throw new IllegalArgumentException("normalize: column '" + name + "' has no values in the analysis data");
            double mean = sum / n;
            double ss = 0;
            for (int i = 0; i < c.size(); i++) if (!c.isMissing(i)) { double d = c.get(i) - mean; ss += d * d; }
            double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
            stats.put(name, new Stats(mean, sd));
        }
        return new Fitted(stats);
    }

    /** Mean and sample standard deviation of one column. */
    public record Stats(double mean, double sd) { }

    /** The statistics per column. */
    public record Fitted(Map<String, Stats> stats) implements FittedStep {
        public Fitted { stats = Map.copyOf(stats); }

        @Override
        public Table apply(Table data) {
            List<NumericColumn> scaled = new ArrayList<>(stats.size());
            for (var e : stats.entrySet()) {
                if (!data.has(e.getKey())) continue;
                double[] v = data.numeric(e.getKey()).toArray();
                double mean = e.getValue().mean();
                double scale = e.getValue().sd() > 0 ? e.getValue().sd() : 1;
                for (int i = 0; i < v.length; i++) v[i] = (v[i] - mean) / scale;
                scaled.add(new NumericColumn(e.getKey(), v));
            }
            return data.withColumns(scaled); // one pass: replacing column by column copied the table per column
        }

        @Override
        public Map<String, List<String>> columnMapping() { return Map.of(); }
    }
}
