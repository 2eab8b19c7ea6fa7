package org.blocktune.core.data.recipe;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.blocktune.core.data.CategoricalColumn;
import org.blocktune.core.data.Column;
import org.blocktune.core.data.NumericColumn;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;

/**
 * Keeps the rows whose value in one column passes a rule (as dplyr's {@code filter}): for a
 * numeric column a range {@code min ≤ x ≤ max} (either end may be open), for a categorical one a
 * list of levels to keep. Rows with a missing value in the column are kept (a missing value is
 * neither in nor out of range; drop them with {@link DropMissing}). The column may be the
 * outcome, e.g. to leave out mis-recorded prices; at predict time a column absent from the new
 * data is not checked, and a dropped row is reported, not silently lost.
 *
 * @param column the column tested
 * @param min    smallest value kept, or {@code null} for no lower limit (numeric columns)
 * @param max    largest value kept, or {@code null} for no upper limit (numeric columns)
 * @param levels levels kept (categorical columns); empty for a numeric column
 */
public record FilterRows(String column, Double min, Double max, List<String> levels) implements Step {
    public FilterRows {
        levels = List.copyOf(levels);
        if (column == null || column.isBlank()) throw new IllegalArgumentException("filter_rows: choose the column to test");
        if (levels.isEmpty() && min == null && max == null) {
            throw new IllegalArgumentException("filter_rows: give a range (min and/or max) or the levels to keep for '" + column + "'");
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("filter_rows: min " + min + " is larger than max " + max + " for '" + column + "'");
        }
        if ((min != null && min.isNaN()) || (max != null && max.isNaN())) {
            throw new IllegalArgumentException("filter_rows: a range end of '" + column + "' is not a number");
        }
    }

    /** Keep rows with {@code min ≤ column ≤ max}. */
    public static FilterRows range(String column, Double min, Double max) {
        return new FilterRows(column, min, max, List.of());
    }

    /** Keep rows whose {@code column} is one of {@code levels}. */
    public static FilterRows levels(String column, List<String> levels) {
        return new FilterRows(column, null, null, levels);
    }

    @Override
    public List<String> columns() { return List.of(column); }

    @Override
    public Fitted fit(Table analysis, Roles roles) {
        if (!analysis.has(column)) {
            throw new IllegalArgumentException("filter_rows: there is no column '" + column + "' (among the outcome and predictors "
                    + analysis.names() + ")");
        }
        Column c = analysis.column(column);
        if (levels.isEmpty() && !(c instanceof NumericColumn)) {
            throw new IllegalArgumentException("filter_rows: '" + column + "' is " + c.type() + "; a range needs a numeric column"
                    + " (for categories, list the levels to keep)");
        }
        if (!levels.isEmpty() && !(c instanceof CategoricalColumn)) {
            throw new IllegalArgumentException("filter_rows: '" + column + "' is numeric; levels need a categorical column"
                    + " (for numbers, give a range)");
        }
        return new Fitted(column, min, max, levels);
    }

    /** The rule, as given. */
    public record Fitted(String column, Double min, Double max, List<String> levels) implements FittedStep {
        public Fitted { levels = List.copyOf(levels); }

        @Override
        public Table apply(Table data) {
            if (!data.has(column)) return data;
            Column c = data.column(column);
            int[] keep = new int[data.rowCount()];
            int n = 0;
            if (c instanceof NumericColumn num) {
                for (int i = 0; i < keep.length; i++) {
                    double v = num.get(i);
                    if (Double.isNaN(v) || ((min == null || v >= min) && (max == null || v <= max))) keep[n++] = i;
                }
            } else if (c instanceof CategoricalColumn cat) {
                Set<String> kept = new HashSet<>(levels);
                for (int i = 0; i < keep.length; i++) {
                    String v = cat.get(i);
                    if (v == null || kept.contains(v)) keep[n++] = i;
                }
            } else {
                return data;
            }
            return n == keep.length ? data : data.rows(Arrays.copyOf(keep, n));
        }

        @Override
        public Map<String, List<String>> columnMapping() { return Map.of(); }
    }
}
