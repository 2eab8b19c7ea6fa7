package org.blocktune.core.dl4j;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.block.LayerKind;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.Loss;
import org.blocktune.core.spec.OutcomeShape;
import org.blocktune.core.spec.Resolution;
import org.blocktune.core.spec.ResolvedLayer;
import org.blocktune.core.spec.ResolvedNetwork;
import org.blocktune.core.spec.Shape;
import org.blocktune.core.spec.TrainingSettings;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.graph.PreprocessorVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/**
 * Compiles a resolved spec into a DL4J network and initialises it: a {@code MultiLayerNetwork} for
 * sequential specs, a {@code ComputationGraph} for functional ones. Weights start Glorot-uniform
 * (Keras' default); every random choice follows {@code seed}.
 */
public final class NetworkCompiler {
    static {
        JavaCppLimits.relax(); // before ND4J loads: JavaCPP reads its settings only once
    }


    private NetworkCompiler() {
    }

    /**
     * Builds and initialises the network of a resolution without problems.
     *
     * @throws IllegalArgumentException if the resolution has errors
     * @throws RuntimeException         whatever DL4J throws (see {@link Dl4jErrors#explain})
     */
    public static CompiledNetwork compile(Resolution resolution, DataShape data, long seed) {
        if (!resolution.ok()) {
            throw new IllegalArgumentException("cannot compile a candidate with errors: " + resolution.errorMessage());
        }
        ResolvedNetwork net = resolution.network();
        TrainingSettings training = resolution.training();
        NeuralNetConfiguration.Builder base = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .weightInit(WeightInit.XAVIER_UNIFORM)
                .updater(Dl4jNames.updater(training.optimizer(), training.learnRate()));
        try (var s = NativeReclaimer.section()) {
            Map<String, ILossFunction> losses = losses(net, training, data);
            return net.functional() ? graph(base, net, losses, data) : stack(base, net, losses, data);
        }
    }

    private static CompiledNetwork stack(NeuralNetConfiguration.Builder base, ResolvedNetwork net,
                                         Map<String, ILossFunction> losses, DataShape data) {
        NeuralNetConfiguration.ListBuilder list = base.list();
        int index = 0;
        Shape pendingFlatten = null;
        InputType inputType = null;
        Map<Integer, String> names = new HashMap<>();
        for (ResolvedLayer l : net.layers()) {
            LayerKind kind = l.layer().kind();
            if (kind == LayerKind.INPUT) {
                inputType = Dl4jLayers.inputType(l.output());
                continue;
            }
            if (kind == LayerKind.FLATTEN) {
                if (l.inputShapes().get(0).isImage()) {
                    pendingFlatten = l.inputShapes().get(0);
                }
                continue;
            }
            boolean classification = isClassification(net, l, data);
            list.layer(index, Dl4jLayers.layer(l, losses.get(l.name()), classification));
            if (pendingFlatten != null) {
                list.inputPreProcessor(index, flattener(pendingFlatten));
                pendingFlatten = null;
            }
            names.put(index, l.name());
            index++;
        }
        list.setInputType(inputType);
        MultiLayerConfiguration conf = list.build();
        for (Map.Entry<Integer, String> e : names.entrySet()) {
            keepVocabularySize(conf.getConf(e.getKey()).getLayer(), net.layer(e.getValue()).orElseThrow());
        }
        MultiLayerNetwork model = new MultiLayerNetwork(conf);
        model.init();
        Map<String, Long> params = new LinkedHashMap<>();
        for (int i = 0; i < index; i++) {
            params.put(names.get(i), model.getLayer(i).numParams());
        }
        return new CompiledNetwork(model, model.numParams(), params);
    }

    private static CompiledNetwork graph(NeuralNetConfiguration.Builder base, ResolvedNetwork net,
                                         Map<String, ILossFunction> losses, DataShape data) {
        ComputationGraphConfiguration.GraphBuilder g = base.graphBuilder();
        List<String> inputNames = new ArrayList<>(net.inputs().keySet());
        g.addInputs(inputNames);
        InputType[] types = inputNames.stream().map(n -> Dl4jLayers.inputType(net.layer(n).orElseThrow().output()))
                .toArray(InputType[]::new);
        g.setInputTypes(types);
        Map<String, String> alias = new HashMap<>();
        List<String> dl4jLayers = new ArrayList<>();
        for (ResolvedLayer l : net.layers()) {
            String[] ins = l.inputs().stream().map(i -> alias.getOrDefault(i, i)).toArray(String[]::new);
            switch (l.layer().kind()) {
                case INPUT -> { }
                case CONCATENATE -> g.addVertex(l.name(), new MergeVertex(), ins);
                case ADD -> g.addVertex(l.name(), new ElementWiseVertex(ElementWiseVertex.Op.Add), ins);
                case FLATTEN -> {
                    if (l.inputShapes().get(0).isImage()) {
                        g.addVertex(l.name(), new PreprocessorVertex(flattener(l.inputShapes().get(0))), ins);
                    } else {
                        alias.put(l.name(), ins[0]);
                    }
                }
                default -> {
                    g.addLayer(l.name(), Dl4jLayers.layer(l, losses.get(l.name()), isClassification(net, l, data)),
                            ins);
                    dl4jLayers.add(l.name());
                }
            }
        }
        g.setOutputs(net.outputs().keySet().toArray(String[]::new));
        ComputationGraphConfiguration conf = g.build();
        for (String name : dl4jLayers) {
            if (conf.getVertices().get(name) instanceof LayerVertex v) {
                keepVocabularySize(v.getLayerConf().getLayer(), net.layer(name).orElseThrow());
            }
        }
        ComputationGraph model = new ComputationGraph(conf);
        model.init();
        Map<String, Long> params = new LinkedHashMap<>();
        for (String name : dl4jLayers) {
            params.put(name, model.getLayer(name).numParams());
        }
        return new CompiledNetwork(model, model.numParams(), params);
    }

    /** DL4J sets an embedding's nIn from its input width when building; put the vocabulary size back. */
    private static void keepVocabularySize(org.deeplearning4j.nn.conf.layers.Layer layer, ResolvedLayer spec) {
        if (layer instanceof EmbeddingSequenceLayer e) {
            e.setNIn(spec.layer().intArg("input_dim"));
        }
    }

    private static CnnToFeedForwardPreProcessor flattener(Shape image) {
        return new CnnToFeedForwardPreProcessor(image.dim(0), image.dim(1), image.dim(2));
    }

    private static boolean isClassification(ResolvedNetwork net, ResolvedLayer l, DataShape data) {
        String outcome = net.outputs().get(l.name());
        return outcome != null && data.outputs().get(outcome).classification();
    }

    private static Map<String, ILossFunction> losses(ResolvedNetwork net, TrainingSettings t, DataShape data) {
        Map<String, ILossFunction> out = new HashMap<>();
        int i = 0;
        for (Map.Entry<String, String> e : net.outputs().entrySet()) {
            OutcomeShape outcome = data.outputs().get(e.getValue());
            Loss loss = t.losses().get(i);
            double scale = t.lossWeights().get(i);
            if (outcome.classification() && loss == Loss.BINARY_CROSSENTROPY) {
                // Keras' binary cross-entropy on a softmax over 2 one-hot columns is the mean over the two
                // columns, i.e. half the categorical cross-entropy; DL4J refuses softmax + XENT, so use MCXENT / 2.
                loss = Loss.CATEGORICAL_CROSSENTROPY;
                scale *= 0.5;
            }
            INDArray weights = null;
            if (outcome.classification() && !t.classWeights().isEmpty()) {
                double factor = scale;
                weights = Nd4j.create(t.classWeights().stream().mapToDouble(d -> d * factor).toArray())
                        .castTo(DataType.FLOAT);
            } else if (scale != 1.0) {
                weights = Nd4j.valueArrayOf(new long[] {outcome.width()}, scale).castTo(DataType.FLOAT);
            }
            out.put(e.getKey(), Dl4jNames.loss(loss, weights));
            i++;
        }
        return out;
    }
}
