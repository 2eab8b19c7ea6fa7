package org.blocktune.core.dl4j;

import org.blocktune.core.block.LayerSpec;
import org.blocktune.core.spec.ResolvedLayer;
import org.blocktune.core.spec.Shape;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.Convolution1DLayer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.Subsampling1DLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/** Builds the DL4J layer for one resolved BlockTune layer. */
final class Dl4jLayers {

    private Dl4jLayers() {
    }

    /** DL4J input type of a BlockTune shape (sequences NCW, images NCHW, DL4J's defaults). */
    static InputType inputType(Shape s) {
        if (s.isFlat()) {
            return InputType.feedForward(s.dim(0));
        }
        if (s.isSequence()) {
            return InputType.recurrent(s.dim(1), s.dim(0));
        }
        return InputType.convolutional(s.dim(0), s.dim(1), s.dim(2));
    }

    /**
     * The DL4J layer; not for input, flatten and merge layers, which are not DL4J layers.
     *
     * @param outputLoss loss for an output layer (null otherwise)
     * @param classification whether an output layer is a softmax classifier
     */
    static Layer layer(ResolvedLayer rl, ILossFunction outputLoss, boolean classification) {
        LayerSpec l = rl.layer();
        Layer layer = switch (l.kind()) {
            case DENSE -> new DenseLayer.Builder().nOut(l.intArg("units")).activation(act(l))
                    .hasBias(l.boolArg("use_bias")).build();
            case DROPOUT -> new DropoutLayer.Builder(1.0 - l.realArg("rate")).build();
            case BATCH_NORM -> new BatchNormalization.Builder().decay(l.realArg("momentum")).eps(l.realArg("epsilon"))
                    .build();
            case ACTIVATION -> new ActivationLayer.Builder().activation(act(l)).build();
            case CONV1D -> new Convolution1DLayer.Builder(l.intArg("kernel_size"), l.intArg("strides"))
                    .nOut(l.intArg("filters")).activation(act(l)).convolutionMode(mode(l)).build();
            case CONV2D -> new ConvolutionLayer.Builder(square(l.intArg("kernel_size")), square(l.intArg("strides")))
                    .nOut(l.intArg("filters")).activation(act(l)).convolutionMode(mode(l)).build();
            case MAX_POOL1D, AVG_POOL1D -> new Subsampling1DLayer.Builder(pooling(l), l.intArg("pool_size"), stride(l), 0)
                    .convolutionMode(mode(l)).build();
            case MAX_POOL2D, AVG_POOL2D -> new SubsamplingLayer.Builder(pooling(l), square(l.intArg("pool_size")),
                    square(stride(l)), new int[] {0, 0}).convolutionMode(mode(l)).build();
            case GLOBAL_POOL -> new GlobalPoolingLayer.Builder(
                    l.textArg("pooling").equals("max") ? PoolingType.MAX : PoolingType.AVG).build();
            case LSTM -> lstm(l);
            case EMBEDDING -> new EmbeddingSequenceLayer.Builder().nIn(l.intArg("input_dim"))
                    .nOut(l.intArg("output_dim")).inputLength(rl.inputShapes().get(0).dim(0)).build();
            case OUTPUT -> new OutputLayer.Builder(outputLoss).nOut(rl.output().dim(0))
                    .activation(classification ? Activation.SOFTMAX : Activation.IDENTITY).build();
            default -> throw new IllegalArgumentException(l.kind().keyword() + " is not a DL4J layer");
        };
        layer.setLayerName(rl.name());
        return layer;
    }

    private static Layer lstm(LayerSpec l) {
        LSTM lstm = new LSTM.Builder().nOut(l.intArg("units")).activation(act(l)).build();
        if (l.boolArg("return_sequences")) {
            return lstm;
        }
        return new LastTimeStep(lstm);
    }

    private static Activation act(LayerSpec l) {
        return Dl4jNames.activation(l.textArg("activation"));
    }

    private static ConvolutionMode mode(LayerSpec l) {
        return l.textArg("padding").equals("same") ? ConvolutionMode.Same : ConvolutionMode.Truncate;
    }

    private static PoolingType pooling(LayerSpec l) {
        return l.kind().keyword().startsWith("max") ? PoolingType.MAX : PoolingType.AVG;
    }

    private static int stride(LayerSpec pool) {
        int s = pool.intArg("strides");
        return s == 0 ? pool.intArg("pool_size") : s;
    }

    private static int[] square(int n) {
        return new int[] {n, n};
    }
}
