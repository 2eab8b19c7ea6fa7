package org.blocktune.app.data;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.data.recipe.Step;

/**
 * What happens to the recipe when another CSV file replaces the data: it is kept when every column its
 * steps name exists in the new table (steps that name none apply to whatever predictors there are), and
 * otherwise started afresh; either way the user is told ({@link #notice}), never left to find out.
 *
 * @param recipe the recipe for the new data (null: start with none)
 * @param notice what was done, for the data's notices; empty when there was no recipe to keep
 */
record RecipeCarry(Recipe recipe, String notice) {

    static RecipeCarry of(Recipe old, Table table, String name) {
        if (old == null || old.steps().isEmpty()) {
            return new RecipeCarry(null, "");
        }
        Set<String> missing = new LinkedHashSet<>();
        for (Step s : old.steps()) {
            for (String c : s.columns()) {
                if (!table.has(c)) {
                    missing.add(c);
                }
            }
        }
        int n = old.steps().size();
        String steps = n + (n == 1 ? " step" : " steps");
        if (missing.isEmpty()) {
            return new RecipeCarry(old, "Kept the recipe of the previous data (" + steps + "); change it in the "
                    + "Recipe panel if it does not suit " + name + ".");
        }
        List<String> names = List.copyOf(missing);
        return new RecipeCarry(null, "The recipe of the previous data (" + steps + ") was replaced by a fresh "
                + "one: it names " + (names.size() == 1 ? "column " : "columns ") + String.join(", ", names)
                + ", which " + name + (names.size() == 1 ? " does" : " do") + " not have.");
    }
}
