package org.blocktune.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.blocktune.core.data.Task;
import org.junit.jupiter.api.Test;

/** Every expected value below is worked out by hand in the comments. */
class MetricsTest {
    private static final double TOL = 1e-12;

    // binary, levels [a, b], event a. truth a a a b b, predicted a b a b a
    // counts [truth][pred]: a→a 2, a→b 1, b→a 1, b→b 1
    private final ConfusionMatrix binary = ConfusionMatrix.of(new int[] {0, 0, 0, 1, 1}, new int[] {0, 1, 0, 1, 0}, List.of("a", "b"));

    // three classes, c never predicted: truth a a b b c c, predicted a b b a a b
    // counts: a [1 1 0], b [1 1 0], c [1 1 0]
    private final ConfusionMatrix absent = ConfusionMatrix.of(new int[] {0, 0, 1, 1, 2, 2}, new int[] {0, 1, 1, 0, 0, 1}, List.of("a", "b", "c"));

    @Test
    void binaryClassMetrics() {
        assertEquals(3.0 / 5, ClassMetric.ACCURACY.compute(binary), TOL);
        assertEquals(2.0 / 3, ClassMetric.PRECISION.compute(binary), TOL);   // 2 / (2 + 1)
        assertEquals(2.0 / 3, ClassMetric.RECALL.compute(binary), TOL);      // 2 / (2 + 1)
        assertEquals(2.0 / 3, ClassMetric.F_MEAS.compute(binary), TOL);
        assertEquals(7.0 / 12, ClassMetric.BAL_ACCURACY.compute(binary), TOL); // (2/3 + 1/2) / 2
        // po = .6, pe = (3·3 + 2·2)/25 = .52, kappa = .08/.48
        assertEquals(1.0 / 6, ClassMetric.KAP.compute(binary), TOL);
    }

    @Test
    void multiclassWithAClassAbsentFromThePredictions() {
        assertEquals(1.0 / 3, ClassMetric.ACCURACY.compute(absent), TOL);
        // precision a = 1/3, b = 1/3, c undefined → 0
        assertEquals(2.0 / 9, ClassMetric.PRECISION.compute(absent), TOL);
        // recall a = 1/2, b = 1/2, c = 0
        assertEquals(1.0 / 3, ClassMetric.RECALL.compute(absent), TOL);
        // F1 a = b = 2·(1/3)(1/2)/(5/6) = 2/5, c = 0
        assertEquals(4.0 / 15, ClassMetric.F_MEAS.compute(absent), TOL);
        // specificity a = b = (4 − 2)/4 = 1/2, c = 4/4; per class (sens + spec)/2 = 1/2, 1/2, 1/2
        assertEquals(0.5, ClassMetric.BAL_ACCURACY.compute(absent), TOL);
        // po = 1/3, pe = (2·3 + 2·3 + 2·0)/36 = 1/3
        assertEquals(0.0, ClassMetric.KAP.compute(absent), TOL);
    }

    @Test
    void binaryUndefinedPrecisionIsNaNAndMissingRowsAreLeftOut() {
        ConfusionMatrix neverA = ConfusionMatrix.of(new int[] {0, 1, 1, -1}, new int[] {1, 1, 1, 0}, List.of("a", "b"));
        assertEquals(3, neverA.total());
        assertTrue(Double.isNaN(ClassMetric.PRECISION.compute(neverA)));
        assertEquals(0.0, ClassMetric.RECALL.compute(neverA), TOL);
        assertEquals(2.0 / 3, ClassMetric.ACCURACY.compute(neverA), TOL);
        assertEquals(1, absent.count(2, 0));
        assertEquals(3, absent.predictedTotal(0));
    }

    @Test
    void binaryRocAucCountsTiesAsHalf() {
        // event a; scores of a: positives .9 .4, negatives .4 .1 → pairs 1, 1, ½, 1 → 3.5/4
        double[][] p = {{.9, .1}, {.4, .6}, {.4, .6}, {.1, .9}};
        assertEquals(0.875, ProbMetric.ROC_AUC.compute(new int[] {0, 0, 1, 1}, p), TOL);
        assertTrue(Double.isNaN(ProbMetric.ROC_AUC.compute(new int[] {0, 0}, new double[][] {{.5, .5}, {.2, .8}})));
    }

    @Test
    void handTillMulticlassAuc() {
        double[][] p = {{.6, .3, .1}, {.3, .4, .3}, {.3, .5, .2}, {.2, .2, .6}};
        // pair (0,1): A(0|1) = (1 + ½)/2 = .75, A(1|0) = 1 → .875; pairs (0,2) and (1,2) separate perfectly → 1
        assertEquals((0.875 + 1 + 1) / 3, ProbMetric.ROC_AUC.compute(new int[] {0, 0, 1, 2}, p), TOL);
        // class 2 absent from the truth: only pair (0,1): A(0|1) = ½, A(1|0) = ½
        double[][] q = {{.5, .2, .3}, {.2, .5, .3}, {.3, .4, .3}};
        assertEquals(0.5, ProbMetric.ROC_AUC.compute(new int[] {0, 0, 1}, q), TOL);
    }

    @Test
    void multinomialLogLossWithClipping() {
        assertEquals(-(Math.log(.8) + Math.log(.6)) / 2, ProbMetric.MN_LOG_LOSS.compute(new int[] {0, 1}, new double[][] {{.8, .2}, {.4, .6}}), TOL);
        assertEquals(52 * Math.log(2), ProbMetric.MN_LOG_LOSS.compute(new int[] {0}, new double[][] {{0, 1}}), 1e-9);
    }

    @Test
    void regressionMetrics() {
        double[] t = {1, 2, 3, 4};
        double[] e = {2, 2, 2, 5}; // errors −1 0 1 −1
        assertEquals(Math.sqrt(0.75), NumericMetric.RMSE.compute(t, e), TOL);
        assertEquals(0.75, NumericMetric.MAE.compute(t, e), TOL);
        assertEquals(100 * (1 + 0 + 1.0 / 3 + 0.25) / 4, NumericMetric.MAPE.compute(t, e), TOL);
        // sxy = 4.5, sxx = 5, syy = 6.75 → 20.25 / 33.75
        assertEquals(0.6, NumericMetric.RSQ.compute(t, e), TOL);
        assertEquals(0.0, NumericMetric.MAE.compute(new double[] {1, Double.NaN}, new double[] {1, 7}), TOL);
        assertTrue(Double.isNaN(NumericMetric.RSQ.compute(t, new double[] {3, 3, 3, 3})));
    }

    @Test
    void directionsNamesAndDefaults() {
        assertEquals(Direction.MINIMIZE, Metric.byName("rmse").direction());
        assertEquals(Direction.MAXIMIZE, Metric.byName("roc_auc").direction());
        assertEquals(Direction.MINIMIZE, ProbMetric.MN_LOG_LOSS.direction());
        assertTrue(Direction.MINIMIZE.better(1, 2));
        assertTrue(Direction.MAXIMIZE.better(0.1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Metric.byName("auc"));
        assertEquals(List.of(NumericMetric.RMSE, NumericMetric.RSQ, NumericMetric.MAE), Metric.defaults(Task.REGRESSION));
    }
}
