package org.blocktune.core.io;

import java.util.List;
import java.util.Objects;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.recipe.Recipe;

/**
 * A project's data: where it comes from, which columns are outcomes and predictors, and the
 * preprocessing recipe.
 *
 * @param source the CSV file or shipped data set
 * @param roles  the column roles, or {@code null} while not chosen yet
 * @param recipe the preprocessing steps (may be empty)
 */
public record DataRef(DataSource source, Roles roles, Recipe recipe) {
    public DataRef {
        Objects.requireNonNull(source, "source");
        recipe = recipe == null ? new Recipe(List.of()) : recipe;
    }

    /** Data from {@code source} with no roles and no preprocessing yet. */
    public static DataRef of(DataSource source) {
        return new DataRef(source, null, null);
    }
}
