package org.blocktune.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.recipe.Dummy;
import org.blocktune.core.data.recipe.Normalize;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.data.recipe.ScaleImages;
import org.blocktune.core.dl4j.Trainer;
import org.blocktune.core.examples.SeedSpecs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast dense engine and DL4J's layers give the same fits: a seeded fit's per-epoch history
 * agrees to float rounding, the final metrics match, and a saved fast-trained model predicts exactly
 * what the fitted model predicted. Networks the fast engine does not cover still train through DL4J.
 */
class TrainingEnginesTest {

    @AfterEach
    void automatic() {
        System.clearProperty(Trainer.ENGINE_PROPERTY);
    }

    private static FittedModel fit(String engine, FitRequest r, Table data) throws FitFailure {
        System.setProperty(Trainer.ENGINE_PROPERTY, engine);
        return ModelFitter.fit(r, data, null, null);
    }

    private static void assertSameHistory(History dl4j, History fast) {
        assertEquals(dl4j.epochs().size(), fast.epochs().size());
        assertEquals(dl4j.stopReason(), fast.stopReason());
        for (int e = 0; e < dl4j.epochs().size(); e++) {
            for (var entry : dl4j.epochs().get(e).values().entrySet()) {
                double expected = entry.getValue();
                double actual = fast.epochs().get(e).get(entry.getKey());
                assertEquals(expected, actual, 2e-3 * Math.max(1, Math.abs(expected)),
                        entry.getKey() + " in epoch " + (e + 1));
            }
        }
    }

    @Test
    void aSeededClassifierFitIsTheSameOnBothEngines() throws FitFailure {
        FitRequest r = new FitRequest(SeedSpecs.irisMlp(), Map.of("dense_units", 16, "learn_rate", 0.01,
                "fit_epochs", 8, "fit_batch_size", 16, "fit_validation_split", 0.2, "compile_metrics", "accuracy,auc"),
                Recipe.of(new Normalize()), FitFixtures.irisRequest(Map.of()).roles(), 5);
        Table iris = FitFixtures.iris();
        FittedModel dl4j = fit("dl4j", r, iris);
        FittedModel fast = fit("fast", r, iris);
        assertSameHistory(dl4j.history(), fast.history());
        assertTrue(fast.history().epochs().get(0).values().containsKey("val_auc"));
    }

    @Test
    void aSeededRegressionFitIsTheSameOnBothEngines() throws FitFailure {
        Table diamonds = FitFixtures.diamonds(600);
        FitRequest r = new FitRequest(SeedSpecs.diamondMlp(), Map.of("num_body", 2, "body_units", 12,
                "body_dropout", 0.0, "learn_rate", 0.01, "fit_epochs", 5, "fit_batch_size", 32,
                "compile_metrics", "mean_absolute_error"), Recipe.of(new Dummy(false, List.of()), new Normalize()),
                Roles.of(diamonds, "price"), 3);
        assertSameHistory(fit("dl4j", r, diamonds).history(), fit("fast", r, diamonds).history());
    }

    @Test
    void imagesFlattenedInTheNetworkTrainTheSameOnBothEngines() throws FitFailure {
        Table images = FitFixtures.fashion(300);
        FitRequest r = new FitRequest(SeedSpecs.fashionMlp(), Map.of("hidden_1_units", 24, "hidden_1_rate", 0.0,
                "hidden_2_units", 12, "hidden_2_rate", 0.0, "compile_optimizer", "rmsprop", "fit_epochs", 3,
                "fit_batch_size", 32), Recipe.of(new ScaleImages()), Roles.of(images, "label"), 4);
        assertSameHistory(fit("dl4j", r, images).history(), fit("fast", r, images).history());
    }

    @Test
    void aSavedFastModelPredictsWhatItPredictedBeforeSaving(@TempDir Path dir) throws Exception {
        FitRequest r = new FitRequest(SeedSpecs.mnistMlp(), Map.of("hidden_1_units", 16, "hidden_2_units", 8,
                "hidden_1_rate", 0.3, "fit_epochs", 4, "fit_batch_size", 8), Recipe.of(new Normalize()),
                FitFixtures.irisRequest(Map.of()).roles(), 11);
        Table iris = FitFixtures.iris();
        FittedModel m = fit("fast", r, iris);
        Path file = dir.resolve("fast.model.zip");
        m.save(file);
        assertEquals(m.predict(iris), FittedModel.load(file).predict(iris));
        assertEquals(m.history(), fit("fast", r, iris).history(), "dropout masks follow the seed");
    }

    @Test
    void networksTheFastEngineDoesNotCoverTrainThroughDl4j() throws FitFailure {
        Table attrition = FitFixtures.attrition();
        FitRequest r = new FitRequest(SeedSpecs.attritionTowers(), Map.of("tower_a_units", 4, "tower_b_units", 4,
                "fit_epochs", 1), Recipe.of(new Dummy(false, List.of()), new Normalize()),
                Roles.of(attrition, "Attrition"), 2);
        FitFailure refused = assertThrows(FitFailure.class, () -> fit("fast", r, attrition));
        assertTrue(refused.getMessage().contains("not a dense stack"), refused.getMessage());
        assertEquals(1, fit("auto", r, attrition).history().epochs().size());
    }
}
