package org.blocktune.bench.dl4j;

import org.blocktune.core.dl4j.JavaCppLimits;
import org.blocktune.core.dl4j.NativeReclaimer;
import org.blocktune.core.dl4j.NativeThreads;
import java.util.List;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.preprocessor.NormalizerStandardize;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The benchmarks' baseline: a one-hidden-layer MLP classifier trained by a plain hand-written
 * DL4J loop ({@code MultiLayerNetwork} + {@code DataSet}, shuffle and {@code batchBy} every epoch),
 * with no BlockTune code. Same network as BlockTune compiles for the iris spec: FLOAT, Glorot
 * uniform weights, relu hidden layer, softmax output with multi-class cross-entropy, Adam with
 * Keras' epsilon; the features are standardised with ND4J's {@code NormalizerStandardize}.
 */
public final class BaselineTraining {
    static {
        JavaCppLimits.relax(); // before ND4J loads: JavaCPP reads its settings only once
    }


    private BaselineTraining() {
    }

    /**
     * What to train.
     *
     * @param hiddenUnits   units of the relu hidden layer
     * @param batchSize     rows per update
     * @param epochs        passes over the rows
     * @param learnRate     Adam's learning rate
     * @param seed          weights and shuffles
     * @param epochAccuracy also compute the training accuracy after every epoch (as BlockTune's history does)
     */
    public record Settings(int hiddenUnits, int batchSize, int epochs, double learnRate, long seed,
                           boolean epochAccuracy) {
    }

    /**
     * Standardises {@code features}, builds the network and trains it.
     *
     * @param features   rows × predictors
     * @param classes    class code of each row, 0..classCount-1
     * @return the mean training loss of the last epoch, and its training accuracy (NaN unless computed)
     */
    public static double[] train(double[][] features, int[] classes, int classCount, Settings s) {
        NativeThreads.useOnThisThread(); // the same threads per operation as a BlockTune fit on this thread
        try (var section = NativeReclaimer.section()) { // one section: the baseline is a short benchmark run
            return run(features, classes, classCount, s);
        }
    }

    private static double[] run(double[][] features, int[] classes, int classCount, Settings s) {
        int n = features.length;
        INDArray x = Nd4j.create(features).castTo(DataType.FLOAT);
        INDArray y = Nd4j.zeros(DataType.FLOAT, n, classCount);
        for (int r = 0; r < n; r++) {
            y.putScalar(r, classes[r], 1.0);
        }
        DataSet data = new DataSet(x, y);
        NormalizerStandardize normalizer = new NormalizerStandardize();
        normalizer.fit(data);
        normalizer.transform(data);

        MultiLayerNetwork net = new MultiLayerNetwork(configuration(features[0].length, classCount, s));
        net.init();
        double loss = Double.NaN;
        double accuracy = Double.NaN;
        for (int epoch = 0; epoch < s.epochs(); epoch++) {
            data.shuffle(s.seed() + epoch);
            List<DataSet> batches = data.batchBy(s.batchSize());
            double sum = 0;
            for (DataSet batch : batches) {
                net.fit(batch);
                sum += net.score() * batch.numExamples();
            }
            loss = sum / n;
            if (s.epochAccuracy()) {
                accuracy = accuracy(net.output(data.getFeatures(), false), data.getLabels());
            }
        }
        net.close();
        return new double[] {loss, accuracy};
    }

    private static MultiLayerConfiguration configuration(int inputs, int classes, Settings s) {
        return new NeuralNetConfiguration.Builder()
                .seed(s.seed())
                .dataType(DataType.FLOAT)
                .weightInit(WeightInit.XAVIER_UNIFORM)
                .updater(new Adam(s.learnRate(), 0.9, 0.999, 1e-7))
                .list()
                .layer(new DenseLayer.Builder().nOut(s.hiddenUnits()).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(classes)
                        .activation(Activation.SOFTMAX).build())
                .setInputType(InputType.feedForward(inputs))
                .build();
    }

    private static double accuracy(INDArray output, INDArray labels) {
        INDArray predicted = output.argMax(1);
        INDArray truth = labels.argMax(1);
        return predicted.eq(truth).castTo(DataType.FLOAT).meanNumber().doubleValue();
    }
}
