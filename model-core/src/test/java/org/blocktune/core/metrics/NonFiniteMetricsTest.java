package org.blocktune.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A diverged network gives NaN or infinite probabilities; metrics must answer promptly, never loop. */
class NonFiniteMetricsTest {

    @Test
    void rocAucWithNanProbabilitiesReturnsNanPromptly() {
        int[] truth = {0, 1, 0, 1, 1};
        double[][] nan = {{Double.NaN, Double.NaN}, {Double.NaN, Double.NaN}, {0.4, 0.6}, {Double.NaN, Double.NaN},
                {0.2, 0.8}};
        double auc = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> ProbMetric.ROC_AUC.compute(truth, nan));
        assertTrue(Double.isNaN(auc), "AUC of NaN probabilities is undefined, got " + auc);
    }

    @Test
    void multiclassAucAndLogLossWithNonFiniteProbabilitiesReturnNan() {
        int[] truth = {0, 1, 2, 0, 1, 2};
        double[][] p = new double[6][];
        for (int i = 0; i < 6; i++) p[i] = new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NaN};
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertTrue(Double.isNaN(ProbMetric.ROC_AUC.compute(truth, p)));
            assertTrue(Double.isNaN(ProbMetric.MN_LOG_LOSS.compute(truth, p)));
        });
    }

    @Test
    void pairwiseAucNeverLoopsEvenWhenCalledDirectlyWithNan() {
        int[] truth = {0, 1, 0, 1};
        double[][] p = {{Double.NaN, 0.5}, {Double.NaN, 0.5}, {0.1, 0.9}, {0.9, 0.1}};
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> ProbMetric.auc(truth, p, 0, 1));
    }

    @Test
    void finiteProbabilitiesAreUnaffected() {
        int[] truth = {0, 0, 1, 1};
        double[][] p = {{0.9, 0.1}, {0.6, 0.4}, {0.3, 0.7}, {0.1, 0.9}};
        assertEquals(1.0, ProbMetric.ROC_AUC.compute(truth, p), 1e-12);
    }
}
