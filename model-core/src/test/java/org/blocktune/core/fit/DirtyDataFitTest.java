package org.blocktune.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.data.CategoricalColumn;
import org.blocktune.core.data.NumericColumn;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.recipe.DropMissing;
import org.blocktune.core.data.recipe.Impute;
import org.blocktune.core.data.recipe.Normalize;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.metrics.Metric;
import org.junit.jupiter.api.Test;

/** A data set with missing outcomes and predictors fits, scores and predicts with drop_missing and impute steps. */
class DirtyDataFitTest {

    /** Iris with the outcome missing in every 10th row and Sepal.Width missing in every 7th. */
    private static Table dirtyIris() {
        Table iris = FitFixtures.iris();
        CategoricalColumn species = iris.categorical("Species");
        int[] codes = species.codes();
        for (int i = 0; i < codes.length; i += 10) codes[i] = -1;
        double[] width = iris.numeric("Sepal.Width").toArray();
        for (int i = 3; i < width.length; i += 7) width[i] = Double.NaN;
        return iris.with(new CategoricalColumn("Species", species.levels(), codes))
                .with(new NumericColumn("Sepal.Width", width));
    }

    @Test
    void rowsWithoutOutcomeAreDroppedForTrainingAndScoringButStillPredicted() throws Exception {
        Table data = dirtyIris();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("dense_units", 8);
        v.put("learn_rate", 0.05);
        v.put("fit_epochs", 5);
        v.put("fit_batch_size", 16);
        FitRequest request = new FitRequest(SeedSpecs.irisMlp(), v,
                Recipe.of(new DropMissing(), new Impute(Impute.Method.MEDIAN), new Normalize()), Roles.of(data, "Species"), 3);
        FittedModel m = FitFixtures.fit(request, data);
        Map<String, Double> metrics = m.evaluate(data, List.of(Metric.byName("accuracy"), Metric.byName("roc_auc")));
        assertTrue(metrics.get("accuracy") > 0.3 && metrics.get("accuracy") <= 1, metrics.toString());
        assertTrue(Double.isFinite(metrics.get("roc_auc")), metrics.toString());
        Table predictions = m.predict(data);
        assertEquals(150, predictions.rowCount(), "one prediction row per input row");
        assertEquals(150, countPresent(predictions.categorical(".pred_class")), "predicting needs no outcome");
        // a recipe that drops rows with a missing predictor: those rows get an empty prediction, the rest stay aligned
        FitRequest strict = new FitRequest(SeedSpecs.irisMlp(), v, Recipe.of(new DropMissing(List.of("Species", "Sepal.Width")),
                new Normalize()), Roles.of(data, "Species"), 3);
        Table p = FitFixtures.fit(strict, data).predict(data);
        CategoricalColumn cls = p.categorical(".pred_class");
        NumericColumn setosa = p.numeric(".pred_setosa");
        for (int i = 0; i < 150; i++) {
            boolean noWidth = i >= 3 && (i - 3) % 7 == 0;
            assertEquals(noWidth, cls.isMissing(i), "row " + i);
            assertEquals(noWidth, setosa.isMissing(i), "row " + i);
        }
    }

    private static int countPresent(CategoricalColumn c) {
        int n = 0;
        for (int i = 0; i < c.size(); i++) if (!c.isMissing(i)) n++;
        return n;
    }
}
