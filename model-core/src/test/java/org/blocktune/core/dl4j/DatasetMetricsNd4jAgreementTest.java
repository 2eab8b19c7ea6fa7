package org.blocktune.core.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.blocktune.core.metrics.ClassMetric;
import org.blocktune.core.metrics.ConfusionMatrix;
import org.blocktune.core.metrics.NumericMetric;
import org.blocktune.core.metrics.ProbMetric;
import org.junit.jupiter.api.Test;
import org.nd4j.evaluation.classification.Evaluation;
import org.nd4j.evaluation.classification.ROC;
import org.nd4j.evaluation.regression.RegressionEvaluation;
import org.nd4j.linalg.factory.Nd4j;

/** Where ND4J's evaluation classes compute the same quantity, BlockTune's metrics agree with them. */
class DatasetMetricsNd4jAgreementTest {

    @Test
    void accuracyAndBinaryAucAgree() {
        float[][] probs = {{.9f, .1f}, {.4f, .6f}, {.4f, .6f}, {.1f, .9f}, {.7f, .3f}};
        int[] truth = {0, 0, 1, 1, 1};
        float[][] onehot = {{1, 0}, {1, 0}, {0, 1}, {0, 1}, {0, 1}};
        Evaluation ev = new Evaluation(2);
        ev.eval(Nd4j.createFromArray(onehot), Nd4j.createFromArray(probs));
        int[] pred = {0, 1, 1, 1, 0};
        assertEquals(ev.accuracy(), ClassMetric.ACCURACY.compute(ConfusionMatrix.of(truth, pred, List.of("a", "b"))), 1e-9);

        assertEquals(auc(new int[] {0, 0, 1, 1, 1}, new float[] {.9f, .45f, .4f, .1f, .7f}),
                ProbMetric.ROC_AUC.compute(truth, rows(new float[] {.9f, .45f, .4f, .1f, .7f})), 1e-6); // no ties: 5/6
        // with a tie between a positive and a negative, ND4J's exact ROC gives 5/6 where yardstick's
        // Mann–Whitney AUC (tie = ½) gives 4.5/6 — hence BlockTune computes ROC AUC itself
        assertEquals(0.75, ProbMetric.ROC_AUC.compute(truth, rows(new float[] {.9f, .4f, .4f, .1f, .7f})), 1e-9);
        assertNotEquals(0.75, auc(truth, new float[] {.9f, .4f, .4f, .1f, .7f}), 1e-3);
    }

    private static double[][] rows(float[] eventProb) {
        double[][] p = new double[eventProb.length][];
        for (int i = 0; i < p.length; i++) p[i] = new double[] {eventProb[i], 1 - eventProb[i]};
        return p;
    }

    private static double auc(int[] truth, float[] eventProb) {
        ROC roc = new ROC(0); // exact
        float[][] label = new float[truth.length][1];
        float[][] prob = new float[truth.length][1];
        for (int i = 0; i < truth.length; i++) {
            label[i][0] = truth[i] == 0 ? 1 : 0;
            prob[i][0] = eventProb[i];
        }
        roc.eval(Nd4j.createFromArray(label), Nd4j.createFromArray(prob));
        return roc.calculateAUC();
    }

    @Test
    void regressionErrorsAgreeButNd4jRSquaredIsAnotherQuantity() {
        double[] t = {1, 2, 3, 4};
        double[] e = {2, 2, 2, 5};
        RegressionEvaluation re = new RegressionEvaluation(1);
        re.eval(Nd4j.createFromArray(new double[][] {{1}, {2}, {3}, {4}}), Nd4j.createFromArray(new double[][] {{2}, {2}, {2}, {5}}));
        assertEquals(re.rootMeanSquaredError(0), NumericMetric.RMSE.compute(t, e), 1e-9);
        assertEquals(re.meanAbsoluteError(0), NumericMetric.MAE.compute(t, e), 1e-9);
        double r = re.pearsonCorrelation(0);
        assertEquals(r * r, NumericMetric.RSQ.compute(t, e), 1e-9);
        assertNotEquals(re.rSquared(0), NumericMetric.RSQ.compute(t, e), 1e-3); // 1 − SSE/SST = 0.4, yardstick rsq = 0.6
    }
}
