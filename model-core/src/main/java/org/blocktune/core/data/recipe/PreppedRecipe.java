package org.blocktune.core.data.recipe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.data.CategoricalColumn;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;

/**
 * A fitted recipe: plain, serialisable data that a fitted model carries with it.
 *
 * <p>Unseen-level rule: when baking, categorical values are matched to the levels recorded at
 * prep time by name; a predictor value whose level was not seen becomes missing (an impute step
 * then fills it; otherwise its indicators are {@code NaN}, which the ND4J conversion rejects);
 * an outcome value with an unseen level is an error.
 *
 * @param roles        the roles of the raw data
 * @param levels       levels of every categorical outcome and predictor at prep time
 * @param steps        the fitted steps, in order
 * @param bakedRoles   the roles of baked data (predictor names after encoding/removal)
 */
public record PreppedRecipe(Roles roles, Map<String, List<String>> levels, List<FittedStep> steps, Roles bakedRoles) {
    public PreppedRecipe {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        levels.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        levels = java.util.Collections.unmodifiableMap(copy);
        steps = List.copyOf(steps);
    }

    /** The outcome's class levels for classification (empty for regression). */
    public List<String> outcomeLevels() {
        return levels.getOrDefault(roles.outcomes().get(0), List.of());
    }

    /**
     * Applies the fitted steps to {@code data}, returning outcomes (when present — new data to
     * predict may lack them) and the baked predictors. Other columns are dropped.
     */
    public Table bake(Table data) {
        List<String> keep = new ArrayList<>();
        for (String o : roles.outcomes()) if (data.has(o)) keep.add(o);
        for (String p : roles.predictors()) {
            if (!data.has(p)) throw new IllegalArgumentException("bake: the data has no predictor column '" + p + "'; it has " + data.names());
            keep.add(p);
        }
        Table t = data.select(keep);
        for (var e : levels.entrySet()) {
            if (!t.has(e.getKey())) continue;
            CategoricalColumn c = t.categorical(e.getKey());
            if (c.levels().equals(e.getValue())) continue;
            int[] unseen = new int[1];
            CategoricalColumn releveled = c.relevel(e.getValue(), unseen);
            if (unseen[0] > 0 && roles.outcomes().contains(e.getKey())) {
                throw new IllegalArgumentException("bake: outcome '" + e.getKey() + "' has " + unseen[0]
                        + " value(s) with levels not seen when the recipe was prepared " + e.getValue());
            }
            t = t.with(releveled);
        }
        for (FittedStep s : steps) t = s.apply(t);
        return t;
    }
}
