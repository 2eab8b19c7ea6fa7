package org.blocktune.core.fit;

import static org.blocktune.core.fit.FitFixtures.fit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.Task;
import org.blocktune.core.data.recipe.Normalize;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.metrics.ClassMetric;
import org.blocktune.core.metrics.NumericMetric;
import org.blocktune.core.task.CancellationToken;
import org.junit.jupiter.api.Test;

class ModelFitterTest {

    @Test
    void irisMlpClassifiesHeldOutRows() throws FitFailure {
        Table iris = FitFixtures.iris();
        FittedModel m = fit(FitFixtures.irisRequest(Map.of()), FitFixtures.head(iris, 120));
        double accuracy = m.evaluate(FitFixtures.tail(iris, 120), List.of(ClassMetric.ACCURACY)).get("accuracy");
        assertTrue(accuracy > 0.85, "held-out accuracy " + accuracy);
        assertEquals(Task.CLASSIFICATION, m.task());
        assertEquals(List.of("setosa", "versicolor", "virginica"), m.classLevels());
        assertEquals(20, m.history().epochs().size());
        assertEquals("completed 20 epochs", m.history().stopReason());
        double[] loss = m.history().series("loss");
        assertTrue(loss[19] < loss[0] / 2, "loss should fall: " + java.util.Arrays.toString(loss));
        assertEquals(4L * 16 + 16 + 16 * 3 + 3, m.numParams());
    }

    @Test
    void sameRequestGivesIdenticalHistoryAndPredictions() throws FitFailure {
        // dropout, shuffling and a validation split all draw random numbers
        FitRequest r = new FitRequest(SeedSpecs.mnistMlp(), Map.of("hidden_1_units", 16, "hidden_2_units", 8,
                "hidden_1_rate", 0.3, "fit_epochs", 4, "fit_batch_size", 8, "fit_validation_split", 0.2),
                Recipe.of(new Normalize()), FitFixtures.irisRequest(Map.of()).roles(), 11);
        Table iris = FitFixtures.iris();
        FittedModel a = fit(r, iris);
        FittedModel b = fit(r, iris);
        assertEquals(a.history(), b.history());
        assertEquals(a.predict(iris), b.predict(iris));
        FitRequest otherSeed = new FitRequest(r.spec(), r.values(), r.recipe(), r.roles(), 12);
        assertNotEquals(a.history(), fit(otherSeed, iris).history());
    }

    @Test
    void fitsRunningAtOnceGiveTheSameResultAsALoneFit() throws Exception {
        FitRequest r = new FitRequest(SeedSpecs.mnistMlp(), Map.of("hidden_1_units", 16, "hidden_2_units", 8,
                "hidden_1_rate", 0.3, "fit_epochs", 5, "fit_batch_size", 8), Recipe.of(new Normalize()),
                FitFixtures.irisRequest(Map.of()).roles(), 21);
        Table iris = FitFixtures.iris();
        History alone = fit(r, iris).history();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> fit(r, iris).history());
            var b = pool.submit(() -> fit(r, iris).history());
            assertEquals(alone, a.get());
            assertEquals(alone, b.get());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void validationSplitRecordsValidationKeysAndHoldsOutTheLastRows() throws FitFailure {
        List<EpochMetrics> seen = new ArrayList<>();
        int[] started = new int[2];
        FitListener listener = new FitListener() {
            @Override public void started(int epochs, int batches) {
                started[0] = epochs;
                started[1] = batches;
            }

            @Override public void epochFinished(EpochMetrics metrics) {
                seen.add(metrics);
            }
        };
        FittedModel m = ModelFitter.fit(FitFixtures.irisRequest(Map.of("fit_validation_split", 0.2, "fit_epochs", 3,
                "fit_validation_freq", 2, "compile_metrics", "accuracy,auc")), FitFixtures.iris(), listener,
                CancellationToken.none());
        assertEquals(3, started[0]);
        assertEquals(8, started[1]); // 120 training rows in batches of 16
        assertEquals(m.history().epochs(), seen);
        assertEquals(List.of("loss", "accuracy", "auc"), List.copyOf(m.history().epochs().get(0).values().keySet()));
        assertEquals(List.of("loss", "accuracy", "auc", "val_loss", "val_accuracy", "val_auc"),
                List.copyOf(m.history().epochs().get(1).values().keySet()));
        double valLoss = m.history().epochs().get(1).get("val_loss");
        assertTrue(valLoss > 0 && valLoss < 2, "val_loss " + valLoss);
        assertTrue(Double.isNaN(m.history().epochs().get(2).get("val_loss")));
    }

    @Test
    void classWeightsChangeTheFit() throws FitFailure {
        Table iris = FitFixtures.iris();
        FittedModel plain = fit(FitFixtures.irisRequest(Map.of("fit_epochs", 3)), iris);
        FittedModel weighted = fit(FitFixtures.irisRequest(Map.of("fit_epochs", 3, "fit_class_weight", "1,1,20")), iris);
        double plainVirginica = mean(plain.predict(iris).numeric(".pred_virginica").toArray());
        double weightedVirginica = mean(weighted.predict(iris).numeric(".pred_virginica").toArray());
        assertTrue(weightedVirginica > plainVirginica + 0.1, plainVirginica + " vs " + weightedVirginica);
        assertNotEquals(plain.history().epochs().get(0).get("loss"), weighted.history().epochs().get(0).get("loss"));
    }

    @Test
    void balancedClassWeightsPredictTheRareClassMoreOften() throws FitFailure {
        Table data = FitFixtures.attrition();
        FittedModel plain = fit(FitFixtures.attritionRequest(Map.of("fit_batch_size", 64)), data);
        FittedModel balanced = fit(FitFixtures.attritionRequest(Map.of("fit_batch_size", 64,
                "fit_class_weight", "balanced")), data);
        int plainYes = count(plain.predict(data), "Yes");
        int balancedYes = count(balanced.predict(data), "Yes");
        assertTrue(balancedYes > plainYes + 50, "Yes predicted: unweighted " + plainYes + ", balanced " + balancedYes);
    }

    @Test
    void hingeLossesSeeMinusOnePlusOneLabels() throws FitFailure {
        Table iris = FitFixtures.iris();
        FittedModel m = fit(FitFixtures.irisRequest(Map.of("compile_loss", "hinge", "fit_epochs", 3,
                "fit_validation_split", 0.2)), iris);
        // DL4J's hinge loss sums max(0, 1 - y p) over the 3 columns: with y = -1/+1 that is 4 - 2 p(true class)
        // (it would be 3 - p(true class) with 0/1 labels)
        Table validation = FitFixtures.tail(iris, 120);
        Table p = m.predict(validation);
        double sum = 0;
        for (int i = 0; i < validation.rowCount(); i++) {
            sum += 4 - 2 * p.numeric(".pred_" + validation.categorical("Species").get(i)).get(i);
        }
        assertEquals(sum / validation.rowCount(), m.history().epochs().get(2).get("val_loss"), 1e-5);
    }

    @Test
    void functionalTwoTowerSpecFitsAndPredictsProbabilities() throws FitFailure {
        Table data = FitFixtures.attrition();
        FittedModel m = fit(FitFixtures.attritionRequest(Map.of()), data);
        Table p = m.predict(FitFixtures.head(data, 50));
        assertEquals(List.of(".pred_class", ".pred_No", ".pred_Yes"), p.names());
        assertEquals(List.of("No", "Yes"), p.categorical(".pred_class").levels());
        for (int i = 0; i < 50; i++) {
            double no = p.numeric(".pred_No").get(i);
            double yes = p.numeric(".pred_Yes").get(i);
            assertEquals(1.0, no + yes, 1e-5);
            assertEquals(yes > no ? "Yes" : "No", p.categorical(".pred_class").get(i));
        }
        assertTrue(m.evaluate(data, List.of(ClassMetric.ACCURACY)).get("accuracy") > 0.8);
    }

    @Test
    void regressionPredictsOneNumericColumn() throws FitFailure {
        Table train = FitFixtures.diamonds(1000);
        FittedModel m = fit(FitFixtures.diamondRequest(Map.of("learn_rate", 0.01, "fit_epochs", 4), true), train);
        Table test = FitFixtures.tail(FitFixtures.diamonds(1500), 1000).drop(List.of("price"));
        Table p = m.predict(test);
        assertEquals(List.of(".pred"), p.names());
        assertEquals(500, p.rowCount());
        assertEquals(Task.REGRESSION, m.task());
        assertEquals(List.of("loss", "mean_absolute_error"), m.history().keys());
        Map<String, Double> e = m.evaluate(FitFixtures.tail(FitFixtures.diamonds(1500), 1000),
                List.of(NumericMetric.RMSE, NumericMetric.RSQ));
        assertTrue(e.get("rsq") > 0.5, "rsq " + e);
    }

    @Test
    void tinyConvNetFitsOneEpochOnFashionMnist() throws FitFailure {
        Table data = FitFixtures.fashion(200);
        FittedModel m = fit(FitFixtures.fashionRequest(), data);
        assertEquals(1, m.history().epochs().size());
        assertTrue(Double.isFinite(m.history().epochs().get(0).get("loss")));
        Table p = m.predict(FitFixtures.head(data, 20));
        assertEquals(11, p.columnCount());
        assertEquals(".pred_T-shirt/top", p.names().get(1));
        // conv 3x3x1x4 + 4, then 13*13*4 → 10
        assertEquals(3 * 3 * 4 + 4 + 13 * 13 * 4 * 10 + 10, m.numParams());
    }

    @Test
    void invalidValueFailsAsInvalidSpecNamingTheArgument() {
        FitFailure f = assertThrows(FitFailure.class,
                () -> fit(FitFixtures.diamondRequest(Map.of("body_units", -10), true), FitFixtures.diamonds(100)));
        assertEquals(FitFailure.Kind.INVALID_SPEC, f.kind());
        assertTrue(f.getMessage().contains("body") && f.getMessage().contains("units"), f.getMessage());
    }

    @Test
    void hugeLearningRateOnUnscaledDataDiverges() {
        FitFailure f = assertThrows(FitFailure.class, () -> fit(FitFixtures.diamondRequest(Map.of(
                "compile_optimizer", "sgd", "learn_rate", 10.0, "fit_epochs", 5), false), FitFixtures.diamonds(500)));
        assertEquals(FitFailure.Kind.DIVERGED, f.kind());
        assertTrue(f.getMessage().matches("the loss became (NaN|infinite) in epoch \\d+, batch \\d+; try a smaller "
                + "learn_rate or normalise the predictors"), f.getMessage());
    }

    @Test
    void runningOutOfMemoryDuringTrainingFailsAsOutOfMemoryWithTheParameterCount() {
        // simulated: the listener runs inside the training loop, so its error takes the same path as DL4J's
        FitListener exhausting = new FitListener() {
            @Override public void batchFinished(int epoch, int batch, double loss) {
                throw new OutOfMemoryError("Cannot allocate new FloatPointer");
            }
        };
        FitFailure f = assertThrows(FitFailure.class, () -> ModelFitter.fit(FitFixtures.irisRequest(Map.of()),
                FitFixtures.iris(), exhausting, CancellationToken.none()));
        assertEquals(FitFailure.Kind.OUT_OF_MEMORY, f.kind());
        assertEquals("ran out of memory while training a network of 131 parameters; use a smaller fit_batch_size "
                + "or fewer units and layers, or give BlockTune more memory (-Xmx)", f.getMessage());
    }

    @Test
    void recipeAndDataProblemsFailAsData() {
        Table iris = FitFixtures.iris();
        FitRequest missingColumn = new FitRequest(SeedSpecs.irisMlp(), Map.of(), Recipe.of(),
                new org.blocktune.core.data.Roles(List.of("Species"), Map.of("input", List.of("Petal.Size"))), 1);
        FitFailure f = assertThrows(FitFailure.class, () -> fit(missingColumn, iris));
        assertEquals(FitFailure.Kind.DATA, f.kind());
        assertTrue(f.getMessage().contains("Petal.Size"), f.getMessage());
        FitFailure split = assertThrows(FitFailure.class,
                () -> fit(FitFixtures.irisRequest(Map.of("fit_validation_split", 0.995)), iris));
        assertEquals(FitFailure.Kind.DATA, split.kind());
        assertTrue(split.getMessage().startsWith("fit_validation_split = 0.995 on 150 rows leaves no training rows"),
                split.getMessage());
    }

    private static double mean(double[] v) {
        return java.util.Arrays.stream(v).average().orElseThrow();
    }

    private static int count(Table predictions, String level) {
        int n = 0;
        for (int i = 0; i < predictions.rowCount(); i++) {
            if (level.equals(predictions.categorical(".pred_class").get(i))) {
                n++;
            }
        }
        return n;
    }
}
