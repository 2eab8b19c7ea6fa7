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

/**
 * Replaces each categorical predictor by 0/1 indicator columns named {@code <column>_<level>}
 * (characters other than letters, digits, '.' and '_' become '.'). Dummy coding drops the first
 * level (k − 1 columns, as recipes' {@code step_dummy}); one-hot keeps all k. Levels are those of
 * the analysis column. A missing value gives {@code NaN} in every indicator; at bake time a
 * level not seen at prep has already been turned into a missing value by the prepped recipe.
 */
public record Dummy(boolean oneHot, List<String> columns) implements Step {
    public Dummy { columns = List.copyOf(columns); }

    /** Dummy-code (k − 1) or one-hot encode (k) every categorical predictor. */
    public Dummy(boolean oneHot) { this(oneHot, List.of()); }

    @Override
    public Fitted fit(Table analysis, Roles roles) {
        Map<String, List<String>> levels = new LinkedHashMap<>();
        for (String name : Columns.resolve("dummy", columns, analysis, roles, c -> c instanceof CategoricalColumn, "categorical")) {
            levels.put(name, analysis.categorical(name).levels());
        }
        return new Fitted(oneHot, levels);
    }

    /** Column name for one level. */
    static String indicatorName(String column, String level) {
        return column + "_" + level.replaceAll("[^A-Za-z0-9._]", ".");
    }

    /** The levels of each encoded column. */
    public record Fitted(boolean oneHot, Map<String, List<String>> levels) implements FittedStep {
        public Fitted {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            levels.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            levels = java.util.Collections.unmodifiableMap(copy);
        }

        @Override
        public Table apply(Table data) {
            List<Column> out = new ArrayList<>();
            for (Column c : data.columns()) {
                List<String> lv = levels.get(c.name());
                if (lv == null) {
                    out.add(c);
                    continue;
                }
                CategoricalColumn cat = data.categorical(c.name());
                if (!cat.levels().equals(lv)) cat = cat.relevel(lv, null);
                int first = oneHot ? 0 : 1;
                for (int l = first; l < lv.size(); l++) {
                    double[] v = new double[cat.size()];
                    for (int i = 0; i < v.length; i++) {
                        int code = cat.code(i);
                        v[i] = code < 0 ? Double.NaN : code == l ? 1 : 0;
                    }
                    out.add(new NumericColumn(indicatorName(c.name(), lv.get(l)), v));
                }
            }
            return new Table(out);
        }

        @Override
        public Map<String, List<String>> columnMapping() {
            Map<String, List<String>> m = new LinkedHashMap<>();
            levels.forEach((col, lv) -> {
                List<String> names = new ArrayList<>();
                for (int l = oneHot ? 0 : 1; l < lv.size(); l++) names.add(indicatorName(col, lv.get(l)));
                m.put(col, names);
            });
            return m;
        }
    }
}
