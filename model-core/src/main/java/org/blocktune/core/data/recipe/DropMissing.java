package org.blocktune.core.data.recipe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;

/**
 * Drops the rows that have a missing value in any of the chosen columns (as tidyr's
 * {@code drop_na}). Unlike other steps it may name outcome columns; empty means the outcomes,
 * which is what rows without an outcome need: a fit cannot learn from them. At predict time a
 * column absent from the new data (the outcome, usually) is not checked, and a dropped row gets
 * no prediction (it is reported, never silently lost).
 *
 * @param columns the columns checked (outcomes and/or predictors); empty = the outcome columns
 */
public record DropMissing(List<String> columns) implements Step {
    public DropMissing { columns = List.copyOf(columns); }

    /** Drop rows whose outcome is missing. */
    public DropMissing() { this(List.of()); }

    @Override
    public Fitted fit(Table analysis, Roles roles) {
        List<String> checked = columns.isEmpty() ? roles.outcomes() : columns;
        for (String c : checked) {
            if (!analysis.has(c)) {
                throw new IllegalArgumentException("drop_missing: there is no column '" + c + "' (among the outcome and predictors "
                        + analysis.names() + "); choose one of them");
            }
        }
        return new Fitted(checked);
    }

    /** The columns checked. */
    public record Fitted(List<String> columns) implements FittedStep {
        public Fitted { columns = List.copyOf(columns); }

        @Override
        public Table apply(Table data) {
            List<org.blocktune.core.data.Column> present = new ArrayList<>();
            for (String c : columns) data.find(c).ifPresent(present::add);
            int[] keep = new int[data.rowCount()];
            int n = 0;
            rows:
            for (int i = 0; i < data.rowCount(); i++) {
                for (org.blocktune.core.data.Column c : present) {
                    if (c.isMissing(i)) continue rows;
                }
                keep[n++] = i;
            }
            return n == data.rowCount() ? data : data.rows(java.util.Arrays.copyOf(keep, n));
        }

        @Override
        public Map<String, List<String>> columnMapping() { return Map.of(); }
    }
}
