package org.blocktune.app.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.blocktune.core.data.CategoricalColumn;
import org.blocktune.core.data.NumericColumn;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.Task;
import org.blocktune.core.data.recipe.Dummy;
import org.blocktune.core.data.recipe.Normalize;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.resample.ResamplingSettings;
import org.blocktune.core.spec.Shape;
import org.junit.jupiter.api.Test;

class DataCheckTest {
    private static Table table() {
        int n = 40;
        double[] x = new double[n];
        double[] y = new double[n];
        String[] colour = new String[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = 2 * i + 1;
            colour[i] = i % 3 == 0 ? "red" : i % 3 == 1 ? "green" : "blue";
        }
        return Table.of(new NumericColumn("x", x), CategoricalColumn.ofStrings("colour", colour),
                new NumericColumn("y", y));
    }

    @Test
    void aCategoricalPredictorNeedsADummyStepBeforeTheShapesAreKnown() {
        Table t = table();
        DataCheck raw = DataCheck.of(t, Roles.of(t, "y"), Recipe.of(new Normalize()), ResamplingSettings.defaults(), 1);
        assertEquals(Task.REGRESSION, raw.task());
        assertNull(raw.shape());
        assertTrue(raw.problems().get(0).contains("'colour' is categorical"), raw.problems().toString());

        DataCheck coded = DataCheck.of(t, Roles.of(t, "y"), Recipe.of(new Dummy(false), new Normalize()),
                ResamplingSettings.defaults(), 1);
        assertTrue(coded.ok(), coded.problems().toString());
        assertEquals(Shape.flat(3), coded.shape().onlyInput(), "x plus two dummy columns");
        assertTrue(coded.resamplingLine().contains("40 rows → 28 training + 12 testing (stratified)"), coded.resamplingLine());
    }

    @Test
    void badResamplingIsAProblemButTheShapesAreStillKnown() {
        Table t = table();
        ResamplingSettings tooManyFolds = new ResamplingSettings(0.75, false, ResamplingSettings.Scheme.VFOLD, 100, 1,
                25, 0.75);
        DataCheck c = DataCheck.of(t, Roles.of(t, "colour"), Recipe.of(), tooManyFolds, 1);
        assertEquals(Task.CLASSIFICATION, c.task());
        assertTrue(c.problems().stream().anyMatch(p -> p.startsWith("resampling:")), c.problems().toString());
        assertEquals(Shape.flat(2), c.shape().onlyInput());
    }
}
