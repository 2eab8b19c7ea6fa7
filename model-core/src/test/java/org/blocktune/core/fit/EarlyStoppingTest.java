package org.blocktune.core.fit;

import static org.blocktune.core.fit.FitFixtures.fit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.blocktune.core.data.Table;
import org.junit.jupiter.api.Test;

class EarlyStoppingTest {

    @Test
    void stopsBeforeTheLastEpochAndRestoresTheBestWeights() throws FitFailure {
        Table iris = FitFixtures.iris();
        // every epoch after the first fails to beat the best loss by min_delta = 10, so with patience 2
        // training stops in epoch 3 and goes back to the weights of epoch 1
        FittedModel stopped = fit(FitFixtures.irisRequest(Map.of("fit_epochs", 10, "fit_early_stopping", true,
                "fit_early_stopping_monitor", "loss", "fit_early_stopping_patience", 2,
                "fit_early_stopping_min_delta", 10.0, "fit_early_stopping_restore_best", true)), iris);
        History h = stopped.history();
        assertEquals(3, h.epochs().size());
        assertEquals(1, h.bestEpoch());
        assertTrue(h.stopReason().startsWith("early stopping in epoch 3: loss did not improve for 2 epoch(s)"),
                h.stopReason());
        assertTrue(h.stopReason().endsWith("restored the weights of epoch 1"), h.stopReason());

        FittedModel oneEpoch = fit(FitFixtures.irisRequest(Map.of("fit_epochs", 1)), iris);
        assertEquals(oneEpoch.predict(iris), stopped.predict(iris));
        FittedModel threeEpochs = fit(FitFixtures.irisRequest(Map.of("fit_epochs", 3)), iris);
        assertNotEquals(threeEpochs.predict(iris), stopped.predict(iris));
    }

    @Test
    void withoutRestoreBestTheLastWeightsStay() throws FitFailure {
        Table iris = FitFixtures.iris();
        FittedModel stopped = fit(FitFixtures.irisRequest(Map.of("fit_epochs", 10, "fit_early_stopping", true,
                "fit_early_stopping_monitor", "loss", "fit_early_stopping_min_delta", 10.0)), iris);
        assertEquals(2, stopped.history().epochs().size()); // patience 0: the first epoch without improvement stops
        assertEquals(2, stopped.history().bestEpoch());
        assertEquals(fit(FitFixtures.irisRequest(Map.of("fit_epochs", 2)), iris).predict(iris), stopped.predict(iris));
    }

    @Test
    void monitoringValLossWithoutValidationDataFallsBackToLossWithANote() throws FitFailure {
        FittedModel m = fit(FitFixtures.irisRequest(Map.of("fit_epochs", 4, "fit_early_stopping", true,
                "fit_early_stopping_min_delta", 10.0)), FitFixtures.iris());
        assertTrue(m.history().stopReason().contains("monitored loss instead of val_loss because there is no "
                + "validation data"), m.history().stopReason());
        assertEquals(2, m.history().epochs().size());
    }

    @Test
    void validationAccuracyIsMaximised() throws FitFailure {
        FittedModel m = fit(FitFixtures.irisRequest(Map.of("fit_epochs", 30, "fit_validation_split", 0.3,
                "fit_early_stopping", true, "fit_early_stopping_monitor", "val_accuracy",
                "fit_early_stopping_patience", 3, "fit_early_stopping_restore_best", true)), FitFixtures.iris());
        History h = m.history();
        double best = h.epochs().get(h.bestEpoch() - 1).get("val_accuracy");
        for (EpochMetrics e : h.epochs()) {
            assertTrue(e.get("val_accuracy") <= best, "epoch " + e.epoch() + " beat the best epoch " + h.bestEpoch());
        }
    }
}
