package org.blocktune.core.data.recipe;

import java.util.List;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;

/**
 * Removes the chosen predictors (as recipes' {@code step_rm}); an outcome cannot be removed. Fitted, it is a
 * {@link ZeroVariance.Fitted} naming the removed columns (the same operation).
 */
public record RemoveColumns(List<String> columns) implements Step {
    public RemoveColumns {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) throw new IllegalArgumentException("remove_columns: choose the columns to remove");
    }

    @Override
    public ZeroVariance.Fitted fit(Table analysis, Roles roles) {
        return new ZeroVariance.Fitted(Columns.resolve("remove_columns", columns, analysis, roles, c -> true, "any"));
    }
}
