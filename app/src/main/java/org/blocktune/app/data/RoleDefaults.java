package org.blocktune.app.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.blocktune.app.workbench.LoadedData;
import org.blocktune.core.data.DataProfile;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.recipe.DropMissing;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.data.recipe.Step;

/**
 * The roles and recipe a newly loaded CSV file starts with: the last ordinary column as outcome,
 * every other column except identifiers and ID-like ones as predictors, and a step dropping rows
 * without an outcome when there are such rows.
 */
final class RoleDefaults {
    private RoleDefaults() {
    }

    /** The profile used to pick roles (no outcome-specific warnings). */
    static DataProfile profile(LoadedData d) {
        return DataProfile.of(d.table(), null, d.idColumns());
    }

    /** Roles for freshly loaded data, or null when it has fewer than two columns. */
    static Roles roles(LoadedData d) {
        Table t = d.table();
        if (t.columnCount() < 2) {
            return null;
        }
        DataProfile p = profile(d);
        String outcome = p.suggestedOutcome();
        if (outcome == null) {
            outcome = t.names().get(t.columnCount() - 1);
        }
        return new Roles(List.of(outcome), Map.of(Roles.DEFAULT_INPUT, p.suggestedPredictors(outcome)));
    }

    /**
     * {@code recipe} with a first step dropping rows whose outcome is missing, when the outcome has
     * missing values and no such step is there yet (a fit cannot learn from those rows).
     */
    static Recipe dropMissingOutcome(Recipe recipe, Table t, Roles roles) {
        Recipe r = recipe == null ? Recipe.of() : recipe;
        if (roles == null) {
            return r;
        }
        boolean missing = roles.outcomes().stream().anyMatch(o -> t.has(o) && missingCount(t, o) > 0);
        boolean covered = r.steps().stream().anyMatch(s -> s instanceof DropMissing dm
                && (dm.columns().isEmpty() || dm.columns().containsAll(roles.outcomes())));
        if (!missing || covered) {
            return r;
        }
        List<Step> steps = new ArrayList<>(r.steps());
        steps.add(0, new DropMissing());
        return new Recipe(steps);
    }

    static int missingCount(Table t, String column) {
        int n = 0;
        var c = t.column(column);
        for (int i = 0; i < c.size(); i++) {
            if (c.isMissing(i)) {
                n++;
            }
        }
        return n;
    }
}
