package org.blocktune.core.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.blocktune.core.data.CategoricalColumn;
import org.blocktune.core.data.NumericColumn;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.recipe.DropMissing;
import org.blocktune.core.data.recipe.Dummy;
import org.blocktune.core.data.recipe.FilterRows;
import org.blocktune.core.data.recipe.Impute;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.resample.Resampling;
import org.blocktune.core.resample.Split;
import org.junit.jupiter.api.Test;

/** Each data check of the dry run: a problem every fit would hit is found before any fit, with its fix. */
class DataChecksTest {
    private static final double NA = Double.NaN;

    private static Table data(double[] x, String[] group, String[] y) {
        return Table.of(new NumericColumn("x", x), CategoricalColumn.ofStrings("g", group), CategoricalColumn.ofStrings("y", y));
    }

    private final Table clean = data(new double[] {1, 2, 3, 4, 5, 6, 7, 8},
            new String[] {"a", "b", "a", "b", "a", "b", "a", "b"}, new String[] {"n", "y", "n", "y", "n", "y", "n", "y"});

    private static String one(List<String> problems) {
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    @Test
    void cleanDataWithAnEncodedTextPredictorHasNoProblems() {
        List<Split> folds = Resampling.vfold(8, 2, 1, new int[] {0, 1, 0, 1, 0, 1, 0, 1}, 1);
        assertEquals(List.of(), DataChecks.of(clean, Roles.of(clean, "y"), Recipe.of(new Dummy(false)), folds));
    }

    @Test
    void anUnencodedTextPredictorSaysAddADummyStep() {
        String p = one(DataChecks.of(clean, Roles.of(clean, "y"), Recipe.of(), null));
        assertTrue(p.contains("'g' is text") && p.contains("dummy"), p);
    }

    @Test
    void missingValuesInAPredictorOrTheOutcomeNameTheStepThatFixesThem() {
        Table t = data(new double[] {1, NA, 3, 4}, new String[] {"a", "b", "a", "b"}, new String[] {"n", "y", null, "y"});
        List<String> problems = DataChecks.of(t, Roles.of(t, "y"), Recipe.of(new Dummy(false)), null);
        assertTrue(problems.stream().anyMatch(p -> p.contains("outcome 'y' is missing in 1 training rows") && p.contains("drop rows")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("'x' still has 1 missing value") && p.contains("impute")),
                problems.toString());
        assertEquals(List.of(), DataChecks.of(t, Roles.of(t, "y"),
                Recipe.of(new DropMissing(), new Impute(Impute.Method.MEDIAN), new Dummy(false)), null));
    }

    @Test
    void infiniteValuesAreReported() {
        Table t = data(new double[] {1, Double.POSITIVE_INFINITY, 3, 4}, new String[] {"a", "b", "a", "b"},
                new String[] {"n", "y", "n", "y"});
        assertTrue(one(DataChecks.of(t, Roles.of(t, "y"), Recipe.of(new Dummy(false)), null)).contains("1 infinite value"));
    }

    @Test
    void aSingleClassOrTooFewRowsAfterTheRecipeAreReported() {
        String single = one(DataChecks.of(clean, Roles.of(clean, "y"), Recipe.of(new Dummy(false), FilterRows.levels("y", List.of("n"))),
                null));
        assertTrue(single.contains("single class [n]"), single);
        String few = one(DataChecks.of(clean, Roles.of(clean, "y"), Recipe.of(new Dummy(false), FilterRows.range("x", 100.0, null)),
                null));
        assertTrue(few.contains("leaves 0 of the 8 training rows"), few);
    }

    @Test
    void aResampleWhoseAnalysisPartHoldsOneClassSaysToStratify() {
        // rows 0..3 are all "n": an unstratified split can give a fold with one class only
        Table t = data(new double[] {1, 2, 3, 4, 5, 6}, new String[] {"a", "b", "a", "b", "a", "b"},
                new String[] {"n", "n", "n", "n", "y", "y"});
        List<Split> folds = List.of(new Split("Fold1", new int[] {0, 1, 2}, new int[] {3, 4, 5}),
                new Split("Fold2", new int[] {3, 4, 5}, new int[] {0, 1, 2}));
        String p = one(DataChecks.of(t, Roles.of(t, "y"), Recipe.of(new Dummy(false)), folds));
        assertTrue(p.contains("resample Fold1") && p.contains("stratify"), p);
        assertEquals(List.of(p), DataChecks.singleClassResamples(t.categorical("y"), folds));
    }
}
