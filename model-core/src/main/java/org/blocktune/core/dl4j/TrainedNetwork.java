package org.blocktune.core.dl4j;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.data.Table;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A DL4J network ({@code MultiLayerNetwork} or {@code ComputationGraph}, with one or several outputs) with the input
 * layout it was built for. Trains batch by batch, predicts from baked tables, and reads and writes
 * DL4J's own model format. Methods are synchronised: one thread at a time uses the network.
 */
public final class TrainedNetwork {
    static {
        JavaCppLimits.relax(); // before ND4J loads: JavaCPP reads its settings only once
    }

    /** Rows per forward pass when predicting, to bound memory. */
    private static final int PREDICT_CHUNK = 4096;

    private final Model model;
    private final InputLayout layout;

    private TrainedNetwork(Model model, InputLayout layout) {
        if (!(model instanceof MultiLayerNetwork) && !(model instanceof ComputationGraph)) {
            throw new IllegalArgumentException("unsupported DL4J model type " + model.getClass().getSimpleName());
        }
        this.model = model;
        this.layout = layout;
    }

    /** Wraps a freshly compiled network. */
    public static TrainedNetwork of(CompiledNetwork compiled, InputLayout layout) {
        return new TrainedNetwork(compiled.model(), layout);
    }

    /** The input layout. */
    public InputLayout layout() {
        return layout;
    }

    /** True for a {@code ComputationGraph} (functional spec). */
    public boolean isGraph() {
        return model instanceof ComputationGraph;
    }

    /** The network as a {@code MultiLayerNetwork} (sequential spec), or null for a graph. */
    synchronized MultiLayerNetwork stack() {
        return model instanceof MultiLayerNetwork mln ? mln : null;
    }

    /** DL4J's parameter count. */
    public synchronized long numParams() {
        return model.numParams();
    }

    /**
     * The network's outputs for every row of {@code baked}: {@code [row][column]} probabilities
     * (classification) or values (regression); several outputs side by side, in output order.
     *
     * @param inputColumns data input name → baked predictor columns
     */
    public synchronized double[][] predict(Table baked, Map<String, List<String>> inputColumns) {
        NativeThreads.useOnThisThread();
        try (var s = NativeReclaimer.section()) {
            INDArray[] raw = TableDataSets.features(baked, inputColumns);
            Map<String, INDArray> byInput = new LinkedHashMap<>();
            int i = 0;
            for (String name : inputColumns.keySet()) {
                byInput.put(name, raw[i++]);
            }
            INDArray[] features = layout.arrange(byInput);
            try {
                INDArray out = output(features);
                try {
                    return HostCopies.rows(out);
                } finally {
                    NetworkData.release(out);
                }
            } finally {
                for (INDArray f : features) {
                    NetworkData.release(f);
                }
                for (INDArray f : raw) {
                    NetworkData.release(f);
                }
            }
        }
    }

    /** Outputs in inference mode, in chunks of rows. */
    synchronized INDArray output(INDArray[] features) {
        try (var s = NativeReclaimer.section()) {
            return outputInChunks(features);
        }
    }

    private INDArray outputInChunks(INDArray[] features) {
        long n = features[0].size(0);
        if (n <= PREDICT_CHUNK) {
            return forward(features);
        }
        INDArray[] parts = new INDArray[(int) ((n + PREDICT_CHUNK - 1) / PREDICT_CHUNK)];
        for (int p = 0; p < parts.length; p++) {
            int from = p * PREDICT_CHUNK;
            int[] rows = java.util.stream.IntStream.range(from, (int) Math.min(n, from + PREDICT_CHUNK)).toArray();
            INDArray[] chunk = new INDArray[features.length];
            for (int j = 0; j < chunk.length; j++) {
                chunk[j] = NetworkData.rows(features[j], rows);
            }
            parts[p] = forward(chunk);
        }
        return Nd4j.concat(0, parts);
    }

    private INDArray forward(INDArray[] features) {
        if (model instanceof MultiLayerNetwork mln) {
            return mln.output(features[0], false);
        }
        ComputationGraph g = (ComputationGraph) model;
        if (g.getNumOutputArrays() == 1) {
            return g.outputSingle(false, features);
        }
        INDArray[] outs = g.output(false, features);
        INDArray[] flat = new INDArray[outs.length];
        for (int i = 0; i < outs.length; i++) {
            flat[i] = outs[i].rank() == 2 ? outs[i] : outs[i].reshape('c', outs[i].size(0), outs[i].length() / outs[i].size(0));
        }
        return Nd4j.hstack(flat);
    }

    /** Number of network outputs. */
    public synchronized int outputCount() {
        return model instanceof ComputationGraph g ? g.getNumOutputArrays() : 1;
    }

    /** The DL4J loss function of each output layer, in output order (what training minimises). */
    public synchronized List<org.nd4j.linalg.lossfunctions.ILossFunction> lossFunctions() {
        List<org.nd4j.linalg.lossfunctions.ILossFunction> out = new java.util.ArrayList<>();
        if (model instanceof MultiLayerNetwork mln) {
            out.add(((org.deeplearning4j.nn.conf.layers.BaseOutputLayer) mln.getOutputLayer().conf().getLayer())
                    .getLossFn());
            return out;
        }
        ComputationGraph g = (ComputationGraph) model;
        for (String name : g.getConfiguration().getNetworkOutputs()) {
            out.add(((org.deeplearning4j.nn.conf.layers.BaseOutputLayer) g.getLayer(name).conf().getLayer()).getLossFn());
        }
        return out;
    }

    /** One update on one batch; returns the batch's loss before the update. */
    synchronized double fitBatch(INDArray[] features, INDArray[] labels) {
        try (var s = NativeReclaimer.section()) {
            if (model instanceof MultiLayerNetwork mln) {
                mln.fit(new DataSet(features[0], labels[0]));
            } else {
                ((ComputationGraph) model).fit(new MultiDataSet(features, labels));
            }
            return model.score();
        }
    }

    /** The mean loss over the given data in inference mode. */
    synchronized double score(INDArray[] features, INDArray[] labels) {
        try (var s = NativeReclaimer.section()) {
            if (model instanceof MultiLayerNetwork mln) {
                return mln.score(new DataSet(features[0], labels[0]), false);
            }
            return ((ComputationGraph) model).score(new MultiDataSet(features, labels), false);
        }
    }

    /** A copy of all parameters. */
    synchronized INDArray copyParams() {
        try (var s = NativeReclaimer.section()) {
            return model.params().dup();
        }
    }

    /** Replaces all parameters with a copy of {@code params}. */
    synchronized void setParams(INDArray params) {
        try (var s = NativeReclaimer.section()) {
            model.setParams(params);
        }
    }

    /** DL4J's model file (ModelSerializer zip, with the updater state) as bytes. */
    public synchronized byte[] toBytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var s = NativeReclaimer.section()) {
            ModelSerializer.writeModel(model, out, true);
        }
        return out.toByteArray();
    }

    /**
     * Restores a network written by {@link #toBytes()}.
     *
     * @param graph  whether it is a ComputationGraph
     * @throws IOException when the bytes are not a DL4J model of that kind
     */
    public static TrainedNetwork fromBytes(byte[] bytes, boolean graph, InputLayout layout) throws IOException {
        try (var s = NativeReclaimer.section(); InputStream in = new ByteArrayInputStream(bytes)) {
            Model m = graph ? ModelSerializer.restoreComputationGraph(in, true)
                    : ModelSerializer.restoreMultiLayerNetwork(in, true);
            return new TrainedNetwork(m, layout);
        } catch (RuntimeException e) {
            throw new IOException("the DL4J model inside the file could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Frees the network's parameters, gradients and updater state; the network cannot be used
     * afterwards. (Not DL4J's {@code close()}: that also forces a full garbage collection and
     * destroys the calling thread's workspaces.)
     */
    public synchronized void close() {
        try (var s = NativeReclaimer.section()) {
            if (model instanceof MultiLayerNetwork mln) {
                free(mln.params(), mln.getFlattenedGradients(),
                        mln.getUpdater(false) == null ? null : mln.getUpdater(false).getStateViewArray());
            } else {
                ComputationGraph g = (ComputationGraph) model;
                free(g.params(), g.getFlattenedGradients(),
                        g.getUpdater(false) == null ? null : g.getUpdater(false).getStateViewArray());
            }
        }
    }

    private static void free(INDArray... arrays) {
        for (INDArray a : arrays) {
            NetworkData.release(a);
        }
    }
}
