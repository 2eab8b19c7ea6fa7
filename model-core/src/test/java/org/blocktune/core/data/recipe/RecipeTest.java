package org.blocktune.core.data.recipe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.blocktune.core.data.CategoricalColumn;
import org.blocktune.core.data.NumericColumn;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.TensorColumn;
import org.junit.jupiter.api.Test;

class RecipeTest {
    private static final double NA = Double.NaN;

    // analysis data: x = 1, 2, 3, NA ; c = a, b, a, NA ; k constant ; y outcome
    private final Table analysis = Table.of(
            new NumericColumn("x", new double[] {1, 2, 3, NA}),
            CategoricalColumn.ofStrings("c", List.of("a", "b", "z"), "a", "b", "a", null),
            new NumericColumn("k", new double[] {7, 7, NA, 7}),
            CategoricalColumn.ofStrings("y", "yes", "no", "yes", "no"));
    private final Roles roles = Roles.of(analysis, "y");

    @Test
    void imputeUsesAnalysisStatistics() {
        Table mean = Recipe.of(new Impute(Impute.Method.MEAN)).prep(analysis, roles).bake(analysis);
        assertEquals(2.0, mean.numeric("x").get(3));
        assertEquals("a", mean.categorical("c").get(3)); // mode
        Table median = Recipe.of(new Impute(Impute.Method.MEDIAN, List.of("x"))).prep(analysis, roles)
                .bake(Table.of(new NumericColumn("x", new double[] {NA}), CategoricalColumn.ofStrings("c", "b"),
                        new NumericColumn("k", new double[] {1}), CategoricalColumn.ofStrings("y", "no")));
        assertEquals(2.0, median.numeric("x").get(0));
        assertEquals(1.5, Impute.median(new NumericColumn("m", new double[] {1, 2, NA})));
        assertEquals(1.0, Impute.mode(new NumericColumn("m", new double[] {3, 1, 3, 1, 5}))); // tie → smaller value
    }

    @Test
    void normalizeUsesMeanAndSampleSdOfAnalysisData() {
        PreppedRecipe p = Recipe.of(new Normalize(List.of("x"))).prep(analysis, roles);
        Normalize.Stats s = ((Normalize.Fitted) p.steps().get(0)).stats().get("x");
        assertEquals(2.0, s.mean(), 1e-12);
        assertEquals(1.0, s.sd(), 1e-12); // sd(1,2,3) = 1
        Table other = Table.of(new NumericColumn("x", new double[] {5, 0}), CategoricalColumn.ofStrings("c", "a", "a"),
                new NumericColumn("k", new double[] {7, 7}), CategoricalColumn.ofStrings("y", "no", "no"));
        assertArrayEquals(new double[] {3, -2}, p.bake(other).numeric("x").toArray(), 1e-12);
    }

    @Test
    void dummyAndOneHotEncoding() {
        PreppedRecipe dummy = Recipe.of(new Dummy(false)).prep(analysis, roles);
        Table d = dummy.bake(analysis);
        assertEquals(List.of("y", "x", "c_b", "c_z", "k"), d.names());
        assertArrayEquals(new double[] {0, 1, 0, NA}, d.numeric("c_b").toArray());
        assertEquals(List.of("x", "c_b", "c_z", "k"), dummy.bakedRoles().predictors());
        Table h = Recipe.of(new Dummy(true)).prep(analysis, roles).bake(analysis);
        assertArrayEquals(new double[] {1, 0, 1, NA}, h.numeric("c_a").toArray());
        assertEquals(List.of("yes", "no"), dummy.outcomeLevels()); // order of first appearance
    }

    @Test
    void unseenLevelsBecomeMissingThenImputed() {
        PreppedRecipe p = Recipe.of(new Impute(Impute.Method.MEAN), new Dummy(true)).prep(analysis, roles);
        Table fresh = Table.of(new NumericColumn("x", new double[] {1, 1}), CategoricalColumn.ofStrings("c", "new", "b"),
                new NumericColumn("k", new double[] {7, 7}), CategoricalColumn.ofStrings("y", "no", "yes"));
        Table b = p.bake(fresh);
        assertArrayEquals(new double[] {1, 0}, b.numeric("c_a").toArray()); // unseen "new" → missing → mode "a"
        assertArrayEquals(new double[] {0, 1}, b.numeric("c_b").toArray());
        Table badOutcome = fresh.with(CategoricalColumn.ofStrings("y", "maybe", "yes"));
        assertThrows(IllegalArgumentException.class, () -> p.bake(badOutcome));
        // without impute, an unseen level is an error naming the column, level and row (it used to give NaN indicators)
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Recipe.of(new Dummy(true)).prep(analysis, roles).bake(fresh));
        assertTrue(e.getMessage().startsWith("column 'c' has the level 'new' in row 1"), e.getMessage());
    }

    @Test
    void zeroVarianceIsDecidedOnAnalysisDataOnly() {
        PreppedRecipe p = Recipe.of(new ZeroVariance()).prep(analysis, roles);
        assertEquals(List.of("k"), ((ZeroVariance.Fitted) p.steps().get(0)).removed());
        assertFalse(p.bake(analysis).has("k"));
        // fitted on rows where c is constant → c is removed although the full data varies
        PreppedRecipe sub = Recipe.of(new ZeroVariance()).prep(analysis.rows(new int[] {0, 2}), roles);
        assertEquals(List.of("c", "k"), ((ZeroVariance.Fitted) sub.steps().get(0)).removed());
        assertEquals(List.of("x"), sub.bakedRoles().predictors());
    }

    @Test
    void scaleImagesToUnitInterval() {
        Table img = Table.of(TensorColumn.ofUnsignedBytes("img", new int[] {2}, 2, new byte[] {0, (byte) 255, 51, 102}),
                CategoricalColumn.ofStrings("y", "a", "b"));
        Table b = Recipe.of(new ScaleImages()).prep(img, Roles.of(img, "y")).bake(img);
        assertEquals(1.0f, b.tensor("img").get(0, 1));
        assertEquals(0.2f, b.tensor("img").get(1, 0), 1e-6);
        assertEquals(TensorColumn.Storage.FLOAT32, b.tensor("img").storage());
    }

    @Test
    void stepsRejectOutcomesAndWrongTypes() {
        assertThrows(IllegalArgumentException.class, () -> Recipe.of(new Normalize(List.of("y"))).prep(analysis, roles));
        assertThrows(IllegalArgumentException.class, () -> Recipe.of(new Normalize(List.of("c"))).prep(analysis, roles));
    }

    @Test
    void recipesAndPreppedRecipesRoundTripAsJson() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Recipe r = Recipe.of(new Impute(Impute.Method.MEDIAN), new ZeroVariance(), new Normalize(), new Dummy(false), new ScaleImages());
        assertEquals(r, json.readValue(json.writeValueAsString(r), Recipe.class));
        PreppedRecipe p = r.prep(analysis, roles);
        String text = json.writeValueAsString(p);
        PreppedRecipe back = json.readValue(text, PreppedRecipe.class);
        assertEquals(p, back);
        assertEquals(p.bake(analysis), back.bake(analysis));
    }
}
