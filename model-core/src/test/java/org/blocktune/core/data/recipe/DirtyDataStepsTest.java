package org.blocktune.core.data.recipe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.blocktune.core.data.CategoricalColumn;
import org.blocktune.core.data.NumericColumn;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.junit.jupiter.api.Test;

/** The recipe steps for dirty data, each fitted on the analysis rows only and applied the same way to new rows. */
class DirtyDataStepsTest {
    private static final double NA = Double.NaN;

    // analysis: y has a missing value in row 3; x has one in row 2; c has a rare level "z"
    private final Table analysis = Table.of(
            new NumericColumn("x", new double[] {1, NA, 3, 4, 5, 6}),
            CategoricalColumn.ofStrings("c", "a", "a", "b", "b", "a", "z"),
            new NumericColumn("y", new double[] {10, 20, NA, 40, 50, 60}));
    private final Roles roles = Roles.of(analysis, "y");

    @Test
    void dropMissingDefaultsToTheOutcomeAndSaysWhichRowsSurvive() {
        PreppedRecipe p = Recipe.of(new DropMissing()).prep(analysis, roles);
        PreppedRecipe.Baked b = p.bakeRows(analysis);
        assertEquals(5, b.table().rowCount());
        assertArrayEquals(new int[] {0, 1, 3, 4, 5}, b.rows());
        assertTrue(b.table().numeric("x").isMissing(1), "only the outcome was checked");
        // new data without the outcome: nothing is checked, every row kept
        Table fresh = analysis.drop(List.of("y"));
        assertEquals(6, p.bakeRows(fresh).rows().length);
    }

    @Test
    void dropMissingOnChosenPredictorsAppliesAtPredictTimeToo() {
        PreppedRecipe p = Recipe.of(new DropMissing(List.of("x", "y"))).prep(analysis, roles);
        assertArrayEquals(new int[] {0, 3, 4, 5}, p.bakeRows(analysis).rows());
        Table fresh = Table.of(new NumericColumn("x", new double[] {NA, 2}), CategoricalColumn.ofStrings("c", "a", "b"));
        assertArrayEquals(new int[] {1}, p.bakeRows(fresh).rows());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Recipe.of(new DropMissing(List.of("nope"))).prep(analysis, roles));
        assertTrue(e.getMessage().contains("'nope'"), e.getMessage());
    }

    @Test
    void imputeAfterDroppingTheOutcomeRowsUsesOnlyTheKeptRows() {
        PreppedRecipe p = Recipe.of(new DropMissing(), new Impute(Impute.Method.MEAN)).prep(analysis, roles);
        // x without row 3 (dropped by its missing outcome): mean of 1, 4, 5, 6 = 4
        assertEquals(4.0, ((Impute.Fitted) p.steps().get(1)).numeric().get("x"), 1e-12);
        assertEquals(4.0, p.bake(analysis).numeric("x").get(1), 1e-12);
    }

    @Test
    void filterRowsByRangeKeepsMissingAndByLevels() {
        PreppedRecipe range = Recipe.of(FilterRows.range("x", 2.0, 5.0)).prep(analysis, roles);
        assertArrayEquals(new int[] {1, 2, 3, 4}, range.bakeRows(analysis).rows()); // row 1 has x missing: kept
        PreppedRecipe levels = Recipe.of(FilterRows.levels("c", List.of("a"))).prep(analysis, roles);
        assertArrayEquals(new int[] {0, 1, 4}, levels.bakeRows(analysis).rows());
        PreppedRecipe outcome = Recipe.of(FilterRows.range("y", null, 45.0)).prep(analysis, roles);
        assertArrayEquals(new int[] {0, 1, 2, 3}, outcome.bakeRows(analysis).rows());
        assertThrows(IllegalArgumentException.class, () -> FilterRows.range("x", 5.0, 1.0));
        assertThrows(IllegalArgumentException.class, () -> Recipe.of(FilterRows.range("c", 1.0, 2.0)).prep(analysis, roles));
    }

    @Test
    void poolRareLevelsUsesAnalysisCountsAndPoolsUnseenLevelsToo() {
        PreppedRecipe p = Recipe.of(new PoolRare(0.2, List.of())).prep(analysis, roles);
        Table baked = p.bake(analysis);
        assertEquals(List.of("a", "b", "other"), baked.categorical("c").levels());
        assertEquals("other", baked.categorical("c").get(5));
        // "b" is rare in another sample, but the statistics come from the analysis rows
        Table other = Table.of(new NumericColumn("x", new double[] {1, 2, 3, 4, 5}),
                CategoricalColumn.ofStrings("c", List.of("a", "b", "z"), "a", "a", "a", "a", "b"),
                new NumericColumn("y", new double[] {1, 2, 3, 4, 5}));
        assertEquals("b", p.bake(other).categorical("c").get(4));
        assertThrows(IllegalArgumentException.class, () -> new PoolRare(1.5, List.of()));
    }

    @Test
    void logTransformWithOffsetAndAClearErrorForNonPositiveValues() {
        Table t = Table.of(new NumericColumn("x", new double[] {0, 9, 99}), new NumericColumn("y", new double[] {1, 2, 3}));
        Roles r = Roles.of(t, "y");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Recipe.of(new LogTransform()).prep(t, r));
        assertTrue(e.getMessage().contains("'x'") && e.getMessage().contains("offset"), e.getMessage());
        Table baked = Recipe.of(new LogTransform(10, 1, List.of())).prep(t, r).bake(t);
        assertArrayEquals(new double[] {0, 1, 2}, baked.numeric("x").toArray(), 1e-12);
        assertArrayEquals(new double[] {1, 2, 3}, baked.numeric("y").toArray(), 0, "the outcome is untouched");
    }

    @Test
    void yeoJohnsonEstimatesLambdaOnAnalysisRowsAndHandlesNegatives() {
        // right-skewed data: λ below 1 makes it more symmetric
        double[] skewed = {-1, 0, 0.5, 1, 1.5, 2, 3, 5, 9, 20, 60, 200};
        Table t = Table.of(new NumericColumn("x", skewed), new NumericColumn("y", new double[skewed.length]));
        PreppedRecipe p = Recipe.of(new YeoJohnson()).prep(t, Roles.of(t, "y"));
        double lambda = ((YeoJohnson.Fitted) p.steps().get(0)).lambdas().get("x");
        assertTrue(lambda < 0.6 && lambda > -2, "lambda " + lambda);
        assertTrue(YeoJohnson.logLik(skewed, lambda) >= YeoJohnson.logLik(skewed, 1.0));
        assertEquals(Math.log1p(3), YeoJohnson.transform(3, 0), 1e-12);
        assertEquals(-Math.log1p(2), YeoJohnson.transform(-2, 2), 1e-12);
        assertEquals(3.0, YeoJohnson.transform(3, 1), 1e-12);
        double[] baked = p.bake(t).numeric("x").toArray();
        for (int i = 1; i < baked.length; i++) assertTrue(baked[i] > baked[i - 1], "order kept");
    }

    @Test
    void removeColumnsDropsPredictorsButRefusesTheOutcome() {
        PreppedRecipe p = Recipe.of(new RemoveColumns(List.of("c"))).prep(analysis, roles);
        assertEquals(List.of("y", "x"), p.bake(analysis).names());
        assertEquals(List.of("x"), p.bakedRoles().predictors());
        assertThrows(IllegalArgumentException.class, () -> Recipe.of(new RemoveColumns(List.of("y"))).prep(analysis, roles));
    }

    @Test
    void unseenLevelsAtPredictTimeAreReportedWithTheirRowNumbers() {
        PreppedRecipe p = Recipe.of(new Dummy(false)).prep(analysis, roles);
        Table fresh = Table.of(new NumericColumn("x", new double[] {1, 2, 3, 4}),
                CategoricalColumn.ofStrings("c", "a", "VC", "b", "VC"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.bake(fresh));
        assertTrue(e.getMessage().contains("column 'c' has the level 'VC' in rows 2, 4"), e.getMessage());
        assertTrue(e.getMessage().contains("[a, b, z]") && e.getMessage().contains("impute"), e.getMessage());
        // with an impute step the unseen level counts as missing and is filled with the mode
        PreppedRecipe imputed = Recipe.of(new Impute(Impute.Method.MODE), new Dummy(false)).prep(analysis, roles);
        assertEquals(4, imputed.bake(fresh).rowCount());
        assertEquals(List.of("column 'c' has the level 'VC' in rows 2, 4 (data rows, 1 = the first row after the header) that the"
                + " model never saw in training; they count as missing values"), imputed.unseenLevels(fresh));
        assertEquals(List.of(), imputed.unseenLevels(analysis));
    }

    @Test
    void stepsWorkOnTheAnalysisPartOfAResampleOnly() {
        // prep on rows 0..2 only: the normalise statistics ignore rows 3..5
        Table part = analysis.rows(new int[] {0, 2, 3});
        PreppedRecipe p = Recipe.of(new DropMissing(), new Normalize()).prep(part, roles);
        Normalize.Stats s = ((Normalize.Fitted) p.steps().get(1)).stats().get("x");
        assertEquals(2.5, s.mean(), 1e-12); // rows 0 and 3 (row 2 dropped: no outcome)
        assertEquals(Map.of(), p.steps().get(0).columnMapping());
    }
}
