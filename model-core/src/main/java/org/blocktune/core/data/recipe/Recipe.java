package org.blocktune.core.data.recipe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.data.CategoricalColumn;
import org.blocktune.core.data.Column;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;

/**
 * An ordered list of preprocessing steps, as plain data. {@link #prep} estimates every step on
 * the analysis data only (each step sees the output of the ones before it); the resulting
 * {@link PreppedRecipe} bakes any other data with those statistics.
 */
public record Recipe(List<Step> steps) {
    public Recipe { steps = List.copyOf(steps); }

    /** A recipe of the given steps. */
    public static Recipe of(Step... steps) { return new Recipe(List.of(steps)); }

    /** Fits the steps on {@code analysis}; outcomes and predictors come from {@code roles}. */
    public PreppedRecipe prep(Table analysis, Roles roles) {
        List<String> problems = roles.validate(analysis);
        if (!problems.isEmpty()) throw new IllegalArgumentException("recipe: " + String.join("; ", problems));
        Map<String, List<String>> levels = new LinkedHashMap<>();
        List<String> used = new ArrayList<>(roles.outcomes());
        used.addAll(roles.predictors());
        for (String name : used) {
            Column c = analysis.column(name);
            if (c instanceof CategoricalColumn cat) levels.put(name, cat.levels());
        }
        Table current = analysis.select(used);
        Roles currentRoles = roles;
        List<FittedStep> fitted = new ArrayList<>();
        for (Step s : steps) {
            FittedStep f = s.fit(current, currentRoles);
            current = f.apply(current);
            currentRoles = currentRoles.mapPredictors(f.columnMapping());
            fitted.add(f);
        }
        return new PreppedRecipe(roles, levels, fitted, currentRoles);
    }
}
