package org.blocktune.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.blocktune.core.fit.EpochMetrics;
import org.blocktune.core.fit.History;
import org.junit.jupiter.api.Test;

class HistoryDiagnosisTest {
    private static History history(double[] loss, double[] val) {
        List<EpochMetrics> epochs = new ArrayList<>();
        for (int i = 0; i < loss.length; i++) {
            epochs.add(new EpochMetrics(i + 1, val == null ? Map.of("loss", loss[i])
                    : Map.of("loss", loss[i], "val_loss", val[i])));
        }
        return new History(epochs, "completed " + loss.length + " epochs", loss.length);
    }

    @Test
    void validationLossRisingWhileTrainingLossFallsIsOverFitting() {
        History h = history(new double[] {1.0, 0.7, 0.5, 0.4, 0.3, 0.2, 0.15},
                new double[] {1.0, 0.8, 0.6, 0.62, 0.7, 0.8, 0.9});
        Explanation e = HistoryDiagnosis.of(h).orElseThrow();
        assertEquals(FailureKind.OVERFITTING, e.kind());
        assertEquals("fit_early_stopping", e.argument());
        assertTrue(e.detail().contains("lowest in epoch 3"), e.detail());
    }

    @Test
    void bothLossesFallingIsHealthy() {
        History h = history(new double[] {1.0, 0.7, 0.5, 0.4, 0.3}, new double[] {1.1, 0.8, 0.6, 0.5, 0.45});
        assertTrue(HistoryDiagnosis.of(h).isEmpty());
    }

    @Test
    void aSmallWobbleOfTheValidationLossIsNotOverFitting() {
        History h = history(new double[] {1.0, 0.7, 0.5, 0.4, 0.3, 0.25},
                new double[] {1.0, 0.8, 0.6, 0.61, 0.605, 0.62});
        assertTrue(HistoryDiagnosis.of(h).isEmpty());
    }

    @Test
    void bothLossesRisingIsNotOverFittingButAGrowingLossIsDiverging() {
        History h = history(new double[] {1.0, 0.8, 1.5, 2.5, 4.0}, new double[] {1.0, 0.9, 1.6, 2.7, 4.2});
        Explanation e = HistoryDiagnosis.of(h).orElseThrow();
        assertEquals(FailureKind.DIVERGING_LOSS, e.kind());
        assertEquals("learn_rate", e.argument());
    }

    @Test
    void withoutValidationNothingIsClaimed() {
        assertTrue(HistoryDiagnosis.of(history(new double[] {1.0, 0.5, 0.3, 0.2}, null)).isEmpty());
    }

    @Test
    void acrossFoldsTheCountIsGiven() {
        History over = history(new double[] {1.0, 0.7, 0.5, 0.4, 0.3, 0.2},
                new double[] {1.0, 0.8, 0.6, 0.7, 0.8, 0.9});
        History fine = history(new double[] {1.0, 0.7, 0.5, 0.4, 0.3}, new double[] {1.1, 0.8, 0.6, 0.5, 0.45});
        Explanation e = HistoryDiagnosis.of(List.of(over, fine, over)).orElseThrow();
        assertEquals(FailureKind.OVERFITTING, e.kind());
        assertTrue(e.detail().startsWith("2 of 3 fits"), e.detail());
        assertTrue(HistoryDiagnosis.of(List.of(fine, fine)).isEmpty());
    }
}
