package org.blocktune.core.fit;

import java.util.List;

/**
 * One output of a fitted network: the outcome column(s) it predicts.
 *
 * @param name    the output's name: its outcome column, or {@code outcome} for one vector output over several
 *                numeric columns (a multistep outcome)
 * @param columns the outcome columns it predicts, in column order
 * @param levels  class levels in probability-column order for a categorical outcome, else empty
 */
public record ModelOutput(String name, List<String> columns, List<String> levels) {
    public ModelOutput {
        columns = List.copyOf(columns);
        levels = List.copyOf(levels);
    }

    /** True when it predicts classes. */
    public boolean classification() {
        return !levels.isEmpty();
    }

    /** Its width in the network's outputs: classes, or numeric columns. */
    public int width() {
        return classification() ? levels.size() : columns.size();
    }
}
