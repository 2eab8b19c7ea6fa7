package org.blocktune.core.dl4j;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Training steps through {@link FastStack} on Java copies of the rows, for the dense stacks it
 * covers; {@link #tryCreate} says null for every other network, which then trains through DL4J.
 */
final class FastSteps implements TrainingSteps {
    /** Rows per forward pass when computing outputs for metrics, to bound memory. */
    private static final int CHUNK = 4096;
    private final FastStack stack;
    private final float[] trainX;
    private final float[] trainY;
    private final float[] valX;
    private final float[] valY;
    private final int trainRows;
    private final int valRows;

    private FastSteps(FastStack stack, NetworkData train, NetworkData validation) {
        this.stack = stack;
        this.trainRows = train.rows();
        this.trainX = floats(train.features()[0]);
        this.trainY = floats(train.labels());
        this.valRows = validation == null ? 0 : validation.rows();
        this.valX = validation == null ? null : floats(validation.features()[0]);
        this.valY = validation == null ? null : floats(validation.labels());
    }

    /**
     * The fast steps for {@code net}, or null when it is not a dense stack {@link FastStack} covers,
     * the labels are hinge labels, the data is too large for Java arrays, or {@code engine} is {@code dl4j}.
     */
    static FastSteps tryCreate(TrainedNetwork net, NetworkData train, NetworkData validation, TrainingPlan plan,
                               String engine) {
        if ("dl4j".equalsIgnoreCase(engine == null ? "" : engine.trim()) || plan.hingeLabels()) {
            return null;
        }
        MultiLayerNetwork mln = net.stack();
        if (mln == null || train.features().length != 1 || train.outputs() != 1) {
            return null;
        }
        FastStack stack = FastStack.of(mln, plan.seed() ^ 0x3C6EF372FE94F82BL);
        if (stack == null || !fits(train, stack) || (validation != null && !fits(validation, stack))) {
            return null;
        }
        return new FastSteps(stack, train, validation);
    }

    private static boolean fits(NetworkData data, FastStack stack) {
        INDArray f = data.features()[0];
        long rows = f.size(0);
        return f.length() == rows * stack.inputWidth() && data.labels().length() == rows * stack.outputWidth()
                && f.length() < Integer.MAX_VALUE - 16;
    }

    private static float[] floats(INDArray a) {
        try (var s = NativeReclaimer.section()) {
            INDArray c = a.dup('c');
            try {
                return c.data().asFloat();
            } finally {
                NetworkData.release(c);
            }
        }
    }

    @Override
    public String engine() {
        return "fast";
    }

    @Override
    public double fitBatch(int[] rows) {
        return stack.fitBatch(trainX, trainY, rows);
    }

    @Override
    public double[][] trainOutputs() {
        return outputs(trainX, trainRows);
    }

    @Override
    public double[][] validationOutputs() {
        return outputs(valX, valRows);
    }

    private double[][] outputs(float[] x, int rows) {
        int k = stack.outputWidth();
        double[][] out = new double[rows][k];
        for (int from = 0; from < rows; from += CHUNK) {
            int n = Math.min(CHUNK, rows - from);
            float[] o = stack.output(x, from, n);
            for (int r = 0; r < n; r++) {
                double[] row = out[from + r];
                for (int j = 0; j < k; j++) row[j] = o[r * k + j];
            }
        }
        return out;
    }

    @Override
    public double validationLoss() {
        double sum = 0;
        for (int from = 0; from < valRows; from += CHUNK) {
            int n = Math.min(CHUNK, valRows - from);
            sum += stack.lossSum(stack.output(valX, from, n), valY, from, n);
        }
        return sum / valRows;
    }

    @Override
    public Object snapshot() {
        return stack.snapshot();
    }

    @Override
    public void restore(Object snapshot) {
        stack.restore((float[][]) snapshot);
    }

    @Override
    public void discard(Object snapshot) {
        // Java arrays: the collector frees them
    }

    @Override
    public void finish() {
        stack.writeBack();
    }
}
