package org.blocktune.bench.dl4j;

import org.blocktune.core.dl4j.JavaCppLimits;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;

/**
 * The dry-run benchmark's baseline: builds and initialises a regression MLP (repeated relu dense +
 * dropout layers, linear output) with plain DL4J calls and no BlockTune code.
 */
public final class BaselineBuild {
    static {
        JavaCppLimits.relax(); // before ND4J loads: JavaCPP reads its settings only once
    }


    private BaselineBuild() {
    }

    /**
     * Builds and initialises the network and returns its parameter count.
     *
     * @param inputs  predictor count
     * @param layers  dense + dropout repeats
     * @param units   units of each dense layer
     * @param dropout Keras drop rate of each dropout layer
     */
    public static long regressionMlp(int inputs, int layers, int units, double dropout) {
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder().seed(1)
                .weightInit(WeightInit.XAVIER_UNIFORM).updater(new Adam(0.01)).list();
        int i = 0;
        for (int k = 0; k < layers; k++) {
            list.layer(i++, new DenseLayer.Builder().nOut(units).activation(Activation.RELU).build());
            list.layer(i++, new DropoutLayer.Builder(1 - dropout).build());
        }
        list.layer(i, new OutputLayer.Builder(new LossMSE()).nOut(1).activation(Activation.IDENTITY).build());
        list.setInputType(InputType.feedForward(inputs));
        MultiLayerNetwork net = new MultiLayerNetwork(list.build());
        net.init();
        return net.numParams();
    }
}
