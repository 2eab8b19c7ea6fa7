package org.blocktune.core.tune;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.data.Column;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.TensorColumn;
import org.blocktune.core.data.recipe.PreppedRecipe;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.OutcomeShape;
import org.blocktune.core.spec.Shape;

/**
 * The shapes a network is built against for the dry run: the recipe is prepared on the training
 * table and the baked columns give one shape per input (a tensor column's own shape, else a flat
 * vector of its numeric columns) and the outcome (classes or numeric columns).
 */
final class DataShapes {
    private DataShapes() {
    }

    static DataShape of(Table training, Roles roles, Recipe recipe) {
        PreppedRecipe prepped = recipe.prep(training, roles);
        Roles baked = prepped.bakedRoles();
        Table head = prepped.bake(training.rows(firstRows(training.rowCount())));
        Map<String, Shape> inputs = new LinkedHashMap<>();
        baked.inputs().forEach((input, columns) -> inputs.put(input, shapeOf(head, columns)));
        List<String> levels = prepped.outcomeLevels();
        OutcomeShape outcome = levels.isEmpty()
                ? OutcomeShape.numeric(baked.outcomes().size())
                : OutcomeShape.classes(levels.size());
        return new DataShape(inputs, Map.of("output", outcome));
    }

    private static Shape shapeOf(Table baked, List<String> columns) {
        Column first = baked.column(columns.get(0));
        if (columns.size() == 1 && first instanceof TensorColumn t) {
            return new Shape(java.util.Arrays.stream(t.shape()).boxed().toList());
        }
        return Shape.flat(columns.size());
    }

    private static int[] firstRows(int n) {
        int[] rows = new int[Math.min(n, 8)];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i;
        }
        return rows;
    }
}
