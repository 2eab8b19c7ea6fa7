package org.blocktune.core.data.recipe;

import java.util.ArrayList;
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
 * Removes predictors that hold a single distinct value (missing values ignored) in the analysis
 * data, as recipes' {@code step_zv}. Tensor columns are never removed.
 */
public record ZeroVariance(List<String> columns) implements Step {
    public ZeroVariance { columns = List.copyOf(columns); }

    /** Check every numeric and categorical predictor. */
    public ZeroVariance() { this(List.of()); }

    @Override
    public Fitted fit(Table analysis, Roles roles) {
        List<String> removed = new ArrayList<>();
        for (String name : Columns.resolve("zero_variance", columns, analysis, roles, c -> !(c instanceof TensorColumn), "numeric or categorical")) {
            if (constant(analysis.column(name))) removed.add(name);
        }
        return new Fitted(removed);
    }

    private static boolean constant(Column c) {
        if (c instanceof NumericColumn n) {
            double first = Double.NaN;
            for (int i = 0; i < n.size(); i++) {
                double v = n.get(i);
                if (Double.isNaN(v)) continue;
                if (Double.isNaN(first)) first = v;
                else if (v != first) return false;
            }
            return true;
        }
        int present = 0;
        for (int count : ((CategoricalColumn) c).levelCounts()) if (count > 0) present++;
        return present <= 1;
    }

    /** The columns removed. */
    public record Fitted(List<String> removed) implements FittedStep {
        public Fitted { removed = List.copyOf(removed); }

        @Override
        public Table apply(Table data) { return data.drop(removed); }

        @Override
        public Map<String, List<String>> columnMapping() {
            Map<String, List<String>> m = new LinkedHashMap<>();
            for (String r : removed) m.put(r, List.of());
            return m;
        }
    }
}
