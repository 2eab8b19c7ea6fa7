package org.blocktune.core.data.recipe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.data.CategoricalColumn;
import org.blocktune.core.data.Column;
import org.blocktune.core.data.NumericColumn;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.TensorColumn;

/**
 * Replaces missing values: numeric predictors with their mean or median, categorical ones with
 * their most frequent level (ties → the earlier level). Statistics ignore missing values; a tie for the numeric mode → the smaller value.
 */
public record Impute(Method method, List<String> columns) implements Step {
    /** How numeric columns are filled; categorical columns always use the mode. */
    public enum Method { MEAN, MEDIAN, MODE }

    public Impute {
        columns = List.copyOf(columns);
        if (method == null) throw new IllegalArgumentException("impute needs a method: MEAN, MEDIAN or MODE");
    }

    /** Impute every predictor with {@code method}. */
    public Impute(Method method) { this(method, List.of()); }

    @Override
    public Fitted fit(Table analysis, Roles roles) {
        Map<String, Double> numeric = new LinkedHashMap<>();
        Map<String, String> categorical = new LinkedHashMap<>();
        for (String name : Columns.resolve("impute", columns, analysis, roles, c -> !(c instanceof TensorColumn), "numeric or categorical")) {
            Column c = analysis.column(name);
            if (c instanceof NumericColumn n) {
                numeric.put(name, method == Method.MODE ? mode(n) : method == Method.MEAN ? mean(n) : median(n));
            } else {
                CategoricalColumn cat = (CategoricalColumn) c;
                int[] counts = cat.levelCounts();
                int best = -1;
                for (int i = 0; i < counts.length; i++) if (counts[i] > 0 && (best < 0 || counts[i] > counts[best])) best = i;
                if (best < 0) throw new IllegalArgumentException("impute: column '" + name + "' has no values in the analysis data");
                categorical.put(name, cat.levels().get(best));
            }
        }
        return new Fitted(numeric, categorical);
    }

    private static double[] present(NumericColumn n, String why) {
        double[] v = Arrays.stream(n.toArray()).filter(d -> !Double.isNaN(d)).toArray();
        if (v.length == 0) throw new IllegalArgumentException("impute: column '" + n.name() + "' has no values in the analysis data to " + why);
        return v;
    }

    static double mean(NumericColumn n) {
        double[] v = present(n, "average");
        double s = 0;
        for (double d : v) s += d;
        return s / v.length;
    }

    static double median(NumericColumn n) {
        double[] v = present(n, "take the median of");
        Arrays.sort(v);
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }

    static double mode(NumericColumn n) {
        double[] v = present(n, "take the mode of");
        Arrays.sort(v);
        double best = v[0];
        int bestRun = 0;
        for (int i = 0; i < v.length; ) {
            int j = i;
            while (j < v.length && v[j] == v[i]) j++;
            if (j - i > bestRun) {
                bestRun = j - i;
                best = v[i];
            }
            i = j;
        }
        return best;
    }

    /** The fill values per column. */
    public record Fitted(Map<String, Double> numeric, Map<String, String> categorical) implements FittedStep {
        public Fitted {
            numeric = Map.copyOf(numeric);
            categorical = Map.copyOf(categorical);
        }

        @Override
        public Table apply(Table data) {
            List<Column> filled = new ArrayList<>();
            for (var e : numeric.entrySet()) {
                if (!data.has(e.getKey())) continue;
                double[] v = data.numeric(e.getKey()).toArray();
                for (int i = 0; i < v.length; i++) if (Double.isNaN(v[i])) v[i] = e.getValue();
                filled.add(new NumericColumn(e.getKey(), v));
            }
            for (var e : categorical.entrySet()) {
                if (!data.has(e.getKey())) continue;
                CategoricalColumn c = data.categorical(e.getKey());
                int fill = c.levels().indexOf(e.getValue());
                int[] codes = c.codes();
                for (int i = 0; i < codes.length; i++) if (codes[i] < 0) codes[i] = fill;
                filled.add(new CategoricalColumn(c.name(), c.levels(), codes));
            }
            return data.withColumns(filled);
        }

        @Override
        public Map<String, List<String>> columnMapping() { return Map.of(); }
    }
}
