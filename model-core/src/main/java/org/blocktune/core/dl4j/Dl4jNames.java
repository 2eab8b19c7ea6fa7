package org.blocktune.core.dl4j;

import java.util.Locale;
import org.blocktune.core.spec.Loss;
import org.blocktune.core.spec.Optimizer;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.AMSGrad;
import org.nd4j.linalg.learning.config.AdaBelief;
import org.nd4j.linalg.learning.config.AdaDelta;
import org.nd4j.linalg.learning.config.AdaGrad;
import org.nd4j.linalg.learning.config.AdaMax;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nadam;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.lossfunctions.impl.LossBinaryXENT;
import org.nd4j.linalg.lossfunctions.impl.LossCosineProximity;
import org.nd4j.linalg.lossfunctions.impl.LossHinge;
import org.nd4j.linalg.lossfunctions.impl.LossKLD;
import org.nd4j.linalg.lossfunctions.impl.LossMAE;
import org.nd4j.linalg.lossfunctions.impl.LossMAPE;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;
import org.nd4j.linalg.lossfunctions.impl.LossMSLE;
import org.nd4j.linalg.lossfunctions.impl.LossPoisson;
import org.nd4j.linalg.lossfunctions.impl.LossSquaredHinge;

/** Maps BlockTune's Keras names (activations, optimizers, losses) to DL4J objects. */
public final class Dl4jNames {
    static {
        JavaCppLimits.relax(); // before ND4J loads: JavaCPP reads its settings only once
    }

    /** Keras' default epsilon, used where DL4J's default differs. */
    private static final double KERAS_EPSILON = 1e-7;

    private Dl4jNames() {
    }

    /** DL4J activation for a Keras activation name. */
    public static Activation activation(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "relu" -> Activation.RELU;
            case "linear" -> Activation.IDENTITY;
            case "sigmoid" -> Activation.SIGMOID;
            case "tanh" -> Activation.TANH;
            case "softmax" -> Activation.SOFTMAX;
            case "elu" -> Activation.ELU;
            case "selu" -> Activation.SELU;
            case "gelu" -> Activation.GELU;
            case "swish" -> Activation.SWISH;
            case "leaky_relu" -> Activation.LEAKYRELU;
            case "softplus" -> Activation.SOFTPLUS;
            case "softsign" -> Activation.SOFTSIGN;
            case "hard_sigmoid" -> Activation.HARDSIGMOID;
            case "relu6" -> Activation.RELU6;
            case "mish" -> Activation.MISH;
            default -> throw new IllegalArgumentException("unknown activation '" + name + "'");
        };
    }

    /** DL4J updater with the learning rate applied (AdaDelta has none in DL4J). */
    public static IUpdater updater(Optimizer optimizer, double learnRate) {
        return switch (optimizer) {
            case ADAM -> new Adam(learnRate, 0.9, 0.999, KERAS_EPSILON);
            case SGD -> new Sgd(learnRate);
            case RMSPROP -> new RmsProp(learnRate, 0.9, KERAS_EPSILON);
            case ADAGRAD -> new AdaGrad(learnRate, KERAS_EPSILON);
            case ADADELTA -> new AdaDelta(0.95, KERAS_EPSILON);
            case ADAMAX -> new AdaMax(learnRate, 0.9, 0.999, KERAS_EPSILON);
            case NADAM -> new Nadam(learnRate, 0.9, 0.999, KERAS_EPSILON);
            case AMSGRAD -> new AMSGrad(learnRate, 0.9, 0.999, KERAS_EPSILON);
            case NESTEROV -> new Nesterovs(learnRate, 0.9);
            case ADABELIEF -> new AdaBelief(learnRate, 0.9, 0.999, KERAS_EPSILON);
        };
    }

    /**
     * DL4J loss function.
     *
     * @param weights per-output-column weights, or null for none
     */
    public static ILossFunction loss(Loss loss, INDArray weights) {
        if (weights != null && !loss.supportsWeights()) {
            throw new IllegalArgumentException("loss '" + loss.keras() + "' cannot be weighted on DL4J");
        }
        return switch (loss) {
            case CATEGORICAL_CROSSENTROPY, SPARSE_CATEGORICAL_CROSSENTROPY ->
                    weights == null ? new LossMCXENT() : new LossMCXENT(weights);
            case BINARY_CROSSENTROPY -> weights == null ? new LossBinaryXENT() : new LossBinaryXENT(weights);
            case KL_DIVERGENCE -> new LossKLD();
            case HINGE -> new LossHinge();
            case SQUARED_HINGE -> new LossSquaredHinge();
            case MEAN_SQUARED_ERROR -> weights == null ? new LossMSE() : new LossMSE(weights);
            case MEAN_ABSOLUTE_ERROR -> weights == null ? new LossMAE() : new LossMAE(weights);
            case MEAN_ABSOLUTE_PERCENTAGE_ERROR -> weights == null ? new LossMAPE() : new LossMAPE(weights);
            case MEAN_SQUARED_LOGARITHMIC_ERROR -> weights == null ? new LossMSLE() : new LossMSLE(weights);
            case POISSON -> new LossPoisson();
            case COSINE_SIMILARITY -> new LossCosineProximity();
        };
    }
}
