package org.blocktune.core.dl4j;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.BackpropType;
import org.deeplearning4j.nn.conf.GradientNormalization;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A DL4J stack of dense, dropout and activation layers ending in a softmax or linear output layer,
 * trained by BlockTune's own code on Java arrays with OpenBLAS matrix products instead of through
 * DL4J's layers. Small tabular networks spend nearly all of a DL4J update in per-operation overhead
 * (3–4 ms for a 26-64-64-1 batch of 32); here the same update is the arithmetic. Weights start as
 * DL4J initialised them, the maths follow DL4J's definitions ({@link FastLoss}, {@link FastUpdater},
 * {@link FastActivation}; dropout is inverted, with its own seeded masks), and {@link #writeBack()}
 * puts the trained weights, the Adam state and the iteration count into the DL4J network, which then
 * predicts and saves as before. {@link #of} returns null for any network it does not cover exactly.
 */
final class FastStack {
    /** One layer: dense (weights), dropout (retain probability) or activation. */
    private static final class Step {
        final int dl4jIndex;
        final int nIn;
        final int nOut;
        final FastActivation act;
        final float retain;
        final float[] w;
        final float[] b;
        final float[] dw;
        final float[] db;
        final float[][] sw;
        final float[][] sb;
        float[] out = new float[0];
        float[] inferred = new float[0];
        float[] gradIn = new float[0];
        float[] mask = new float[0];

        Step(int dl4jIndex, int nIn, int nOut, FastActivation act, float retain, float[] w, float[] b, int states) {
            this.dl4jIndex = dl4jIndex;
            this.nIn = nIn;
            this.nOut = nOut;
            this.act = act;
            this.retain = retain;
            this.w = w;
            this.b = b;
            this.dw = w == null ? null : new float[w.length];
            this.db = b == null ? null : new float[b.length];
            this.sw = w == null ? null : new float[states][w.length];
            this.sb = b == null ? null : new float[states][b.length];
        }

        boolean dense() {
            return w != null;
        }

        /**
         * The output buffer for {@code size} values: separate for training (batch-sized) and inference
         * (chunk-sized), and exactly that size, since JavaCPP copies whole Java arrays in and out of every
         * native call: after the first metrics pass grew the training buffers to 4,096 rows, the diamonds
         * MLP's updates took four times as long.
         */
        float[] out(int size, boolean training) {
            if (training) {
                if (out.length != size) out = new float[size];
                return out;
            }
            if (inferred.length != size) inferred = new float[size];
            return inferred;
        }
    }

    private final MultiLayerNetwork net;
    private final List<Step> steps;
    private final FastLoss loss;
    private final FastUpdater updater;
    private final SplittableRandom dropoutRandom;
    private long iteration;
    private float[] input = new float[0];
    private float[] grad = new float[0];

    private FastStack(MultiLayerNetwork net, List<Step> steps, FastLoss loss, FastUpdater updater, long seed) {
        this.net = net;
        this.steps = steps;
        this.loss = loss;
        this.updater = updater;
        this.dropoutRandom = new SplittableRandom(seed);
        this.iteration = net.getIterationCount();
    }

    /** Width of one input row. */
    int inputWidth() {
        return steps.get(0).nIn;
    }

    /** Width of one output row. */
    int outputWidth() {
        return steps.get(steps.size() - 1).nOut;
    }

    /**
     * The fast form of {@code net}, or null when it has a layer, loss, optimiser or setting this class
     * does not compute exactly as DL4J would. {@code seed} drives the dropout masks.
     */
    static FastStack of(MultiLayerNetwork net, long seed) {
        try (var s = NativeReclaimer.section()) {
            return build(net, seed);
        }
    }

    private static FastStack build(MultiLayerNetwork net, long seed) {
        MultiLayerConfiguration conf = net.getLayerWiseConfigurations();
        if (conf.getBackpropType() != BackpropType.Standard || conf.getDataType() != DataType.FLOAT) return null;
        int layers = net.getnLayers();
        if (layers == 0) return null;
        FastUpdater updater = null;
        Object updaterConf = null;
        List<Step> steps = new ArrayList<>();
        int width = -1;
        FastLoss loss = null;
        for (int i = 0; i < layers; i++) {
            InputPreProcessor pre = conf.getInputPreProcess(i);
            if (pre != null && !(i == 0 && pre instanceof CnnToFeedForwardPreProcessor)) return null;
            if (!conf.getConf(i).isMiniBatch()) return null;
            org.deeplearning4j.nn.conf.layers.Layer lc = conf.getConf(i).getLayer();
            if (lc.getIDropout() != null && !(lc instanceof DropoutLayer)) return null;
            if (lc.getConstraints() != null && !lc.getConstraints().isEmpty()) return null;
            boolean output = i == layers - 1;
            if (lc instanceof DropoutLayer d) {
                if (output || !(d.getIDropout() instanceof Dropout drop) || drop.getPSchedule() != null || width < 0) {
                    return null;
                }
                steps.add(new Step(i, width, width, FastActivation.IDENTITY, (float) drop.getP(), null, null, 0));
                continue;
            }
            if (lc instanceof ActivationLayer a) {
                FastActivation act = FastActivation.of(a.getActivationFn());
                if (output || act == null || act == FastActivation.SOFTMAX || width < 0) return null;
                steps.add(new Step(i, width, width, act, 1f, null, null, 0));
                continue;
            }
            boolean dense = lc.getClass() == DenseLayer.class && !output;
            boolean out = lc.getClass() == OutputLayer.class && output;
            if (!dense && !out) return null;
            BaseLayer bl = (BaseLayer) lc;
            if (!bl.getRegularization().isEmpty() || !bl.getRegularizationBias().isEmpty() || bl.getWeightNoise() != null
                    || (bl.getGradientNormalization() != null && bl.getGradientNormalization() != GradientNormalization.None)) {
                return null;
            }
            if (updaterConf == null) {
                updaterConf = bl.getIUpdater();
                updater = FastUpdater.of(bl.getIUpdater());
                if (updater == null) return null;
            } else if (!updaterConf.equals(bl.getIUpdater())) {
                return null;
            }
            if (bl.getBiasUpdater() != null && !bl.getBiasUpdater().equals(updaterConf)) return null;
            FastActivation act = FastActivation.of(bl.getActivationFn());
            if (act == null || (act == FastActivation.SOFTMAX && !out)) return null;
            Layer layer = net.getLayer(i);
            INDArray w = layer.getParam("W");
            INDArray b = layer.getParam("b");
            if (w == null || w.rank() != 2 || layer.paramTable().size() != (b == null ? 1 : 2)) return null;
            int nIn = (int) w.size(0);
            int nOut = (int) w.size(1);
            if (width >= 0 && width != nIn) return null;
            if (out) {
                loss = FastLoss.of(((OutputLayer) lc).getLossFn(), act, nOut);
                if (loss == null) return null;
            }
            steps.add(new Step(i, nIn, nOut, act, 1f, floats(w), b == null ? null : floats(b), updater.stateArrays()));
            width = nOut;
        }
        if (loss == null) return null;
        FastStack stack = new FastStack(net, steps, loss, updater, seed);
        return stack.readUpdaterState() ? stack : null;
    }

    private static float[] floats(INDArray a) {
        INDArray c = a.dup('c');
        try {
            return c.data().asFloat();
        } finally {
            NetworkData.release(c);
        }
    }

    /**
     * One update on the rows {@code rows} of {@code features} ({@code inputWidth()} values a row) and
     * {@code labels} ({@code outputWidth()} a row); returns the batch's mean loss before the update.
     */
    double fitBatch(float[] features, float[] labels, int[] rows) {
        int n = rows.length;
        int in = inputWidth();
        int k = outputWidth();
        if (input.length != n * in) input = new float[n * in];
        float[] y = new float[n * k];
        for (int r = 0; r < n; r++) {
            System.arraycopy(features, rows[r] * in, input, r * in, in);
            System.arraycopy(labels, rows[r] * k, y, r * k, k);
        }
        float[] out = forward(input, n, true);
        double lossSum = loss.sum(out, y, 0, n, k);
        if (grad.length != n * k) grad = new float[n * k];
        loss.gradient(out, y, n, k, grad);
        backward(n);
        update();
        iteration++;
        return lossSum / n;
    }

    /** Inference outputs for {@code n} rows starting at row {@code from} of {@code features}. */
    float[] output(float[] features, int from, int n) {
        int in = inputWidth();
        float[] x = new float[n * in];
        System.arraycopy(features, from * in, x, 0, n * in);
        float[] out = forward(x, n, false);
        return java.util.Arrays.copyOf(out, n * outputWidth());
    }

    /** The summed loss of {@code n} rows of outputs against the labels from row {@code from}. */
    double lossSum(float[] outputs, float[] labels, int from, int n) {
        return loss.sum(outputs, labels, from * outputWidth(), n, outputWidth());
    }

    private float[] forward(float[] x, int n, boolean training) {
        float[] a = x;
        for (Step s : steps) {
            float[] out = s.out(n * s.nOut, training);
            if (s.dense()) {
                for (int r = 0; r < n; r++) {
                    if (s.b == null) {
                        java.util.Arrays.fill(out, r * s.nOut, (r + 1) * s.nOut, 0f);
                    } else {
                        System.arraycopy(s.b, 0, out, r * s.nOut, s.nOut);
                    }
                }
                Sgemm.gemm(false, false, n, s.nOut, s.nIn, 1f, a, s.w, 1f, out);
                s.act.apply(out, n, s.nOut);
            } else if (s.retain < 1f && training) {
                int size = n * s.nOut;
                if (s.mask.length < size) s.mask = new float[size];
                float scale = 1f / s.retain;
                for (int i = 0; i < size; i++) {
                    float m = dropoutRandom.nextDouble() < s.retain ? scale : 0f;
                    s.mask[i] = m;
                    out[i] = a[i] * m;
                }
            } else {
                System.arraycopy(a, 0, out, 0, n * s.nOut);
                s.act.apply(out, n, s.nOut);
            }
            a = out;
        }
        return a;
    }

    private void backward(int n) {
        float[] g = grad;
        for (int i = steps.size() - 1; i >= 0; i--) {
            Step s = steps.get(i);
            float[] below = i == 0 ? input : steps.get(i - 1).out;
            boolean last = i == steps.size() - 1;
            if (!last && s.retain == 1f) {
                s.act.backward(s.out, g, n * s.nOut);
            }
            if (s.dense()) {
                Sgemm.gemm(true, false, s.nIn, s.nOut, n, 1f, below, g, 0f, s.dw);
                if (s.db != null) {
                    java.util.Arrays.fill(s.db, 0f);
                    for (int r = 0; r < n; r++) {
                        int o = r * s.nOut;
                        for (int j = 0; j < s.nOut; j++) s.db[j] += g[o + j];
                    }
                }
                if (!needsGradientBelow(i)) {
                    return;
                }
                if (s.gradIn.length != n * s.nIn) s.gradIn = new float[n * s.nIn];
                Sgemm.gemm(false, true, n, s.nIn, s.nOut, 1f, g, s.w, 0f, s.gradIn);
                g = s.gradIn;
            } else if (s.retain < 1f) {
                int size = n * s.nOut;
                for (int j = 0; j < size; j++) g[j] *= s.mask[j];
            }
        }
    }

    private boolean needsGradientBelow(int index) {
        for (int i = 0; i < index; i++) {
            if (steps.get(i).dense()) return true;
        }
        return false;
    }

    private void update() {
        for (Step s : steps) {
            if (s.dense()) {
                updater.apply(s.w, s.dw, s.sw, iteration);
                if (s.b != null) updater.apply(s.b, s.db, s.sb, iteration);
            }
        }
    }

    /** A copy of all weights (for early stopping's "restore best"). */
    float[][] snapshot() {
        List<float[]> out = new ArrayList<>();
        for (Step s : steps) {
            if (s.dense()) {
                out.add(s.w.clone());
                if (s.b != null) out.add(s.b.clone());
            }
        }
        return out.toArray(float[][]::new);
    }

    /** Puts back weights taken by {@link #snapshot()}. */
    void restore(float[][] snapshot) {
        int i = 0;
        for (Step s : steps) {
            if (s.dense()) {
                System.arraycopy(snapshot[i++], 0, s.w, 0, s.w.length);
                if (s.b != null) System.arraycopy(snapshot[i++], 0, s.b, 0, s.b.length);
            }
        }
    }

    /** Copies the weights, the optimiser state and the iteration count into the DL4J network. */
    void writeBack() {
        try (var sec = NativeReclaimer.section()) {
            for (Step s : steps) {
                if (s.dense()) {
                    Layer layer = net.getLayer(s.dl4jIndex);
                    assign(layer.getParam("W"), s.w, s.nIn, s.nOut);
                    if (s.b != null) assign(layer.getParam("b"), s.b, 1, s.nOut);
                }
            }
            net.setIterationCount((int) Math.min(Integer.MAX_VALUE, iteration));
            writeUpdaterState();
        }
    }

    private static void assign(INDArray target, float[] values, int rows, int cols) {
        INDArray src = Nd4j.create(values, new long[] {rows, cols}, 'c');
        target.assign(src.reshape(target.shape()));
        NetworkData.release(src);
    }

    /**
     * The DL4J updater's state view, when it is one block over all parameters holding each state array
     * for all of them in turn (each W in 'f' order, then b), as DL4J lays out the state of layers with
     * equal updater settings; null when there is no state, or another layout.
     */
    private INDArray stateView() {
        int arrays = updater.stateArrays();
        if (arrays == 0 || net.getUpdater() == null) return null;
        if (!(net.getUpdater() instanceof org.deeplearning4j.nn.updater.BaseMultiLayerUpdater<?> u)
                || u.getUpdaterBlocks().size() != 1) {
            return null;
        }
        INDArray state = u.getStateViewArray();
        return state != null && state.length() == (long) arrays * net.numParams() ? state : null;
    }

    /** Starts the optimiser state from DL4J's; false when its layout is not the expected one. */
    private boolean readUpdaterState() {
        if (updater.stateArrays() == 0) return true;
        INDArray view = stateView();
        if (view == null) return false;
        float[] all = floats(view);
        int params = (int) net.numParams();
        for (int a = 0; a < updater.stateArrays(); a++) {
            int at = a * params;
            for (Step s : steps) {
                if (!s.dense()) continue;
                for (int j = 0; j < s.nOut; j++) {
                    for (int r = 0; r < s.nIn; r++) s.sw[a][r * s.nOut + j] = all[at++];
                }
                if (s.b != null) {
                    System.arraycopy(all, at, s.sb[a], 0, s.nOut);
                    at += s.nOut;
                }
            }
            if (at != (a + 1) * params) return false;
        }
        return true;
    }

    private void writeUpdaterState() {
        INDArray view = stateView();
        if (view == null) return;
        int params = (int) net.numParams();
        float[] all = new float[updater.stateArrays() * params];
        for (int a = 0; a < updater.stateArrays(); a++) {
            int at = a * params;
            for (Step s : steps) {
                if (!s.dense()) continue;
                for (int j = 0; j < s.nOut; j++) {
                    for (int r = 0; r < s.nIn; r++) all[at++] = s.sw[a][r * s.nOut + j];
                }
                if (s.b != null) {
                    System.arraycopy(s.sb[a], 0, all, at, s.nOut);
                    at += s.nOut;
                }
            }
        }
        INDArray src = Nd4j.create(all, new long[] {1, all.length}, 'c');
        view.assign(src.reshape(view.shape()));
        NetworkData.release(src);
    }
}
