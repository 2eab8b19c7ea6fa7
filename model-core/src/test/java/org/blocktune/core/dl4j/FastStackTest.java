package org.blocktune.core.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.AdaGrad;
import org.nd4j.linalg.learning.config.AdaMax;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.lossfunctions.impl.LossKLD;
import org.nd4j.linalg.lossfunctions.impl.LossMAE;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;

/**
 * The fast dense path computes what DL4J computes: the same updates from the same weights give the
 * same weights, losses, Adam state and iteration count (to float rounding), for every activation,
 * loss and optimiser it claims; anything else is left to DL4J.
 */
class FastStackTest {
    private static final int ROWS = 24;
    private static final int IN = 5;

    private static MultiLayerNetwork network(Activation hidden, ILossFunction loss, Activation out, int k,
                                             IUpdater updater, double dropoutRetain) {
        var list = new NeuralNetConfiguration.Builder().seed(7).dataType(DataType.FLOAT)
                .weightInit(WeightInit.XAVIER_UNIFORM).updater(updater).list()
                .layer(new DenseLayer.Builder().nOut(7).activation(hidden).build());
        if (dropoutRetain < 1) {
            list.layer(new DropoutLayer.Builder(dropoutRetain).build());
        }
        MultiLayerConfiguration conf = list.layer(new DenseLayer.Builder().nOut(6).activation(hidden).build())
                .layer(new OutputLayer.Builder(loss).nOut(k).activation(out).build())
                .setInputType(InputType.feedForward(IN)).build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    private static float[] features() {
        float[] x = new float[ROWS * IN];
        java.util.Random r = new java.util.Random(3);
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextGaussian();
        return x;
    }

    private static float[] labels(int k, boolean classes) {
        float[] y = new float[ROWS * k];
        java.util.Random r = new java.util.Random(4);
        for (int i = 0; i < ROWS; i++) {
            if (classes) {
                y[i * k + r.nextInt(k)] = 1f;
            } else {
                for (int j = 0; j < k; j++) y[i * k + j] = (float) (2 * r.nextGaussian() + 1);
            }
        }
        return y;
    }

    /** Trains a copy through DL4J and one through the fast path on the same batches; compares everything. */
    private static void assertSameAsDl4j(MultiLayerNetwork net, int k, boolean classes) {
        float[] x = features();
        float[] y = labels(k, classes);
        MultiLayerNetwork dl4j = net.clone();
        FastStack fast = FastStack.of(net, 1);
        assertNotNull(fast, "the fast path should cover this network");
        int[][] batches = {IntStream.range(0, 10).toArray(), IntStream.range(10, 24).toArray(), {3, 17, 5, 11, 0, 23}};
        for (int step = 0; step < 6; step++) {
            int[] rows = batches[step % batches.length];
            INDArray bx = Nd4j.create(rows(x, rows, IN), new long[] {rows.length, IN}, 'c');
            INDArray by = Nd4j.create(rows(y, rows, k), new long[] {rows.length, k}, 'c');
            dl4j.fit(new DataSet(bx, by));
            double fastLoss = fast.fitBatch(x, y, rows);
            assertEquals(dl4j.score(), fastLoss, 1e-4 * Math.max(1, Math.abs(fastLoss)), "loss of update " + (step + 1));
        }
        fast.writeBack();
        assertClose(dl4j.params(), net.params(), "weights");
        assertEquals(dl4j.getIterationCount(), net.getIterationCount());
        INDArray state = dl4j.getUpdater().getStateViewArray();
        if (state != null) {
            assertClose(state, net.getUpdater().getStateViewArray(), "optimiser state");
        }
        float[] out = fast.output(x, 0, ROWS);
        INDArray expected = dl4j.output(Nd4j.create(x, new long[] {ROWS, IN}, 'c'), false);
        assertClose(expected, Nd4j.create(out, new long[] {ROWS, k}, 'c'), "inference outputs");
    }

    private static float[] rows(float[] a, int[] rows, int width) {
        float[] out = new float[rows.length * width];
        for (int r = 0; r < rows.length; r++) System.arraycopy(a, rows[r] * width, out, r * width, width);
        return out;
    }

    private static void assertClose(INDArray expected, INDArray actual, String what) {
        float[] e = expected.dup('c').data().asFloat();
        float[] a = actual.dup('c').data().asFloat();
        assertEquals(e.length, a.length, what + " length");
        for (int i = 0; i < e.length; i++) {
            assertEquals(e[i], a[i], 1e-4 * Math.max(1, Math.abs(e[i])), what + " [" + i + "]");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"RELU", "TANH", "SIGMOID", "IDENTITY", "ELU", "SELU", "SOFTPLUS",
            "LEAKYRELU", "SOFTSIGN"})
    void everyHiddenActivationUpdatesAsDl4jDoes(Activation hidden) {
        assertSameAsDl4j(network(hidden, new LossMCXENT(), Activation.SOFTMAX, 3, new Adam(0.01, 0.9, 0.999, 1e-7), 1),
                3, true);
    }

    @Test
    void weightedCrossEntropyUpdatesAsDl4jDoes() {
        INDArray w = Nd4j.create(new float[] {0.5f, 2f, 1.25f});
        assertSameAsDl4j(network(Activation.RELU, new LossMCXENT(w), Activation.SOFTMAX, 3, new Adam(0.02), 1), 3, true);
    }

    @Test
    void klDivergenceUpdatesAsDl4jDoes() {
        assertSameAsDl4j(network(Activation.RELU, new LossKLD(), Activation.SOFTMAX, 3, new Adam(0.01), 1), 3, true);
    }

    @Test
    void squaredAndAbsoluteErrorUpdateAsDl4jDoes() {
        assertSameAsDl4j(network(Activation.RELU, new LossMSE(), Activation.IDENTITY, 2, new Adam(0.01), 1), 2, false);
        assertSameAsDl4j(network(Activation.TANH, new LossMAE(), Activation.IDENTITY, 1, new Adam(0.01), 1), 1, false);
        INDArray w = Nd4j.create(new float[] {0.25f, 3f});
        assertSameAsDl4j(network(Activation.RELU, new LossMSE(w), Activation.IDENTITY, 2, new Adam(0.01), 1), 2, false);
    }

    @Test
    void everyOtherCoveredOptimizerUpdatesAsDl4jDoes() {
        for (IUpdater u : new IUpdater[] {new Sgd(0.1), new RmsProp(0.01, 0.9, 1e-7), new AdaGrad(0.05, 1e-7),
                new Nesterovs(0.05, 0.9)}) {
            assertSameAsDl4j(network(Activation.RELU, new LossMCXENT(), Activation.SOFTMAX, 3, u, 1), 3, true);
        }
    }

    @Test
    void dropoutMasksFollowTheSeedAndStayOutOfInference() {
        MultiLayerNetwork a = network(Activation.RELU, new LossMCXENT(), Activation.SOFTMAX, 3, new Adam(0.01), 0.6);
        MultiLayerNetwork b = a.clone();
        MultiLayerNetwork c = a.clone();
        float[] x = features();
        float[] y = labels(3, true);
        int[] rows = IntStream.range(0, ROWS).toArray();
        FastStack fa = FastStack.of(a, 9);
        FastStack fb = FastStack.of(b, 9);
        FastStack fc = FastStack.of(c, 10);
        double la = 0;
        double lb = 0;
        double lc = 0;
        for (int i = 0; i < 5; i++) {
            la = fa.fitBatch(x, y, rows);
            lb = fb.fitBatch(x, y, rows);
            lc = fc.fitBatch(x, y, rows);
        }
        assertEquals(la, lb, 0.0, "same seed, same masks, same loss");
        assertTrue(la != lc, "another seed draws other masks");
        assertEquals(java.util.Arrays.toString(fa.output(x, 0, ROWS)), java.util.Arrays.toString(fa.output(x, 0, ROWS)),
                "inference is deterministic (no dropout)");
    }

    @Test
    void networksItDoesNotComputeExactlyAreLeftToDl4j() {
        assertNull(FastStack.of(network(Activation.RELU, new LossMCXENT(), Activation.SOFTMAX, 3,
                new AdaMax(0.01), 1), 1), "AdaMax");
        assertNull(FastStack.of(network(Activation.GELU, new LossMCXENT(), Activation.SOFTMAX, 3, new Adam(0.01), 1), 1),
                "GELU");
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(7).dataType(DataType.FLOAT)
                .updater(new Adam(0.01)).list()
                .layer(new DenseLayer.Builder().nOut(4).activation(Activation.RELU).build())
                .layer(new BatchNormalization.Builder().build())
                .layer(new OutputLayer.Builder(new LossMCXENT()).nOut(3).activation(Activation.SOFTMAX).build())
                .setInputType(InputType.feedForward(IN)).build();
        MultiLayerNetwork bn = new MultiLayerNetwork(conf);
        bn.init();
        assertNull(FastStack.of(bn, 1), "batch normalisation");
        MultiLayerConfiguration l2 = new NeuralNetConfiguration.Builder().seed(7).dataType(DataType.FLOAT)
                .updater(new Adam(0.01)).l2(1e-3).list()
                .layer(new DenseLayer.Builder().nOut(4).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(new LossMCXENT()).nOut(3).activation(Activation.SOFTMAX).build())
                .setInputType(InputType.feedForward(IN)).build();
        MultiLayerNetwork reg = new MultiLayerNetwork(l2);
        reg.init();
        assertNull(FastStack.of(reg, 1), "L2 regularisation");
    }
}
