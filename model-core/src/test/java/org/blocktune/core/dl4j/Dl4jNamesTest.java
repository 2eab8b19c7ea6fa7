package org.blocktune.core.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.blocktune.core.block.Activations;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.Loss;
import org.blocktune.core.spec.Optimizer;
import org.blocktune.core.spec.Resolution;
import org.blocktune.core.spec.Shape;
import org.blocktune.core.spec.SpecResolver;
import org.deeplearning4j.nn.conf.layers.BaseOutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
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

/** Keras optimizer and loss names map to the right DL4J objects, with the learning rate applied. */
class Dl4jNamesTest {

    @Test
    void everyOptimizerMapsToItsUpdaterWithTheLearningRate() {
        Map<Optimizer, Class<? extends IUpdater>> expected = Map.of(Optimizer.ADAM, Adam.class,
                Optimizer.SGD, Sgd.class, Optimizer.RMSPROP, RmsProp.class, Optimizer.ADAGRAD, AdaGrad.class,
                Optimizer.ADADELTA, AdaDelta.class, Optimizer.ADAMAX, AdaMax.class, Optimizer.NADAM, Nadam.class,
                Optimizer.AMSGRAD, AMSGrad.class, Optimizer.NESTEROV, Nesterovs.class,
                Optimizer.ADABELIEF, AdaBelief.class);
        assertEquals(Optimizer.values().length, expected.size());
        for (Optimizer o : Optimizer.values()) {
            IUpdater u = Dl4jNames.updater(o, 0.0123);
            assertInstanceOf(expected.get(o), u, o.keras());
            if (o != Optimizer.ADADELTA) {
                assertEquals(0.0123, u.getLearningRate(0, 0), 1e-12, o.keras());
            }
        }
    }

    @Test
    void everyLossAndAliasMapsToItsDl4jLoss() {
        Map<String, Class<?>> expected = Map.ofEntries(
                Map.entry("categorical_crossentropy", LossMCXENT.class),
                Map.entry("sparse_categorical_crossentropy", LossMCXENT.class),
                Map.entry("binary_crossentropy", LossBinaryXENT.class),
                Map.entry("kl_divergence", LossKLD.class), Map.entry("kld", LossKLD.class),
                Map.entry("kullback_leibler_divergence", LossKLD.class),
                Map.entry("hinge", LossHinge.class), Map.entry("squared_hinge", LossSquaredHinge.class),
                Map.entry("mean_squared_error", LossMSE.class), Map.entry("mse", LossMSE.class),
                Map.entry("mean_absolute_error", LossMAE.class), Map.entry("mae", LossMAE.class),
                Map.entry("mean_absolute_percentage_error", LossMAPE.class), Map.entry("mape", LossMAPE.class),
                Map.entry("mean_squared_logarithmic_error", LossMSLE.class), Map.entry("msle", LossMSLE.class),
                Map.entry("poisson", LossPoisson.class), Map.entry("cosine_similarity", LossCosineProximity.class));
        assertEquals(Loss.names().size(), expected.size());
        expected.forEach((name, type) ->
                assertInstanceOf(type, Dl4jNames.loss(Loss.byName(name).orElseThrow(), null), name));
        assertEquals(Loss.MEAN_SQUARED_ERROR, Loss.byName("MSE").orElseThrow());
    }

    @Test
    void everyActivationNameIsKnownToDl4j() {
        for (String a : Activations.NAMES) {
            Dl4jNames.activation(a);
        }
        assertThrows(IllegalArgumentException.class, () -> Dl4jNames.activation("sparkle"));
    }

    @Test
    void learnRateAndOptimizerReachTheBuiltNetwork() {
        DataShape data = DataShape.classification(Shape.flat(4), 3);
        Resolution r = SpecResolver.resolve(SeedSpecs.irisMlp(), Map.of("compile_optimizer", "rmsprop",
                "learn_rate", 0.005, "compile_loss", "kl_divergence"), data);
        MultiLayerNetwork net = (MultiLayerNetwork) NetworkCompiler.compile(r, data, 1).model();
        var layer = (BaseOutputLayer) net.getLayerWiseConfigurations().getConf(1).getLayer();
        assertInstanceOf(RmsProp.class, layer.getIUpdater());
        assertEquals(0.005, layer.getIUpdater().getLearningRate(0, 0), 1e-12);
        assertInstanceOf(LossKLD.class, layer.getLossFn());
    }

    @Test
    void binaryCrossEntropyOnSoftmaxBecomesHalfCategoricalCrossEntropy() {
        DataShape data = DataShape.classification(Shape.flat(4), 2);
        Resolution r = SpecResolver.resolve(SeedSpecs.irisMlp(), Map.of(), data);
        assertEquals(Loss.BINARY_CROSSENTROPY, r.training().losses().get(0));
        MultiLayerNetwork net = (MultiLayerNetwork) NetworkCompiler.compile(r, data, 1).model();
        var layer = (BaseOutputLayer) net.getLayerWiseConfigurations().getConf(1).getLayer();
        LossMCXENT loss = assertInstanceOf(LossMCXENT.class, layer.getLossFn());
        assertEquals(0.5, loss.getWeights().getDouble(0), 1e-9);
        assertEquals(0.5, loss.getWeights().getDouble(1), 1e-9);
    }

    @Test
    void everyLossBuildsWithItsOutcomeKind() {
        for (Loss loss : Loss.values()) {
            DataShape data = loss.forClassification() ? DataShape.classification(Shape.flat(4), 3)
                    : DataShape.regression(Shape.flat(4), 1);
            Resolution r = SpecResolver.resolve(SeedSpecs.irisMlp(), Map.of("compile_loss", loss.keras()), data);
            assertTrue(r.ok(), r.errorMessage());
            NetworkCompiler.compile(r, data, 1);
        }
    }
}
