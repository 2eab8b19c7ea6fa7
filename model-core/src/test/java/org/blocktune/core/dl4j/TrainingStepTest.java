package org.blocktune.core.dl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.Resolution;
import org.blocktune.core.spec.Shape;
import org.blocktune.core.spec.SpecResolver;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/** A compiled network really trains: a few steps through DL4J lower the loss. */
class TrainingStepTest {

    /** Two separable classes: the label is whether the first feature is positive. */
    private static DataSet separable(int rows, int features) {
        Nd4j.getRandom().setSeed(11);
        INDArray x = Nd4j.randn(DataType.FLOAT, rows, features);
        INDArray y = Nd4j.zeros(DataType.FLOAT, rows, 2);
        for (int i = 0; i < rows; i++) {
            y.putScalar(i, x.getDouble(i, 0) > 0 ? 1 : 0, 1.0);
        }
        return new DataSet(x, y);
    }

    /** Thirty full-batch steps must cut the loss by at least 30 % and keep it finite. */
    private static void assertLossFalls(double before, Runnable step, java.util.function.DoubleSupplier score) {
        for (int i = 0; i < 30; i++) {
            step.run();
        }
        double after = score.getAsDouble();
        assertFalse(Double.isNaN(after));
        assertTrue(after < before * 0.7, "loss " + before + " -> " + after);
    }

    @Test
    void sequentialSpecTrains() {
        DataShape data = DataShape.classification(Shape.flat(6), 2);
        Resolution r = SpecResolver.resolve(SeedSpecs.mnistMlp(), Map.of("hidden_1_units", 16, "hidden_2_units", 8,
                "learn_rate", 0.05), data);
        MultiLayerNetwork net = (MultiLayerNetwork) NetworkCompiler.compile(r, data, 3).model();
        DataSet ds = separable(64, 6);
        assertLossFalls(net.score(ds), () -> net.fit(ds), () -> net.score(ds));
    }

    @Test
    void functionalSpecTrains() {
        DataShape data = DataShape.classification(Shape.flat(6), 2);
        Resolution r = SpecResolver.resolve(SeedSpecs.attritionTowers(), Map.of("tower_a_units", 8, "tower_b_units", 8,
                "learn_rate", 0.05), data);
        ComputationGraph net = (ComputationGraph) NetworkCompiler.compile(r, data, 3).model();
        DataSet ds = separable(64, 6);
        assertLossFalls(net.score(ds), () -> net.fit(ds), () -> net.score(ds));
    }

    @Test
    void sameSeedGivesTheSameInitialWeights() {
        DataShape data = DataShape.classification(Shape.flat(4), 3);
        Resolution r = SpecResolver.resolve(SeedSpecs.irisMlp(), Map.of(), data);
        INDArray a = NetworkCompiler.compile(r, data, 5).model().params();
        INDArray b = NetworkCompiler.compile(r, data, 5).model().params();
        INDArray c = NetworkCompiler.compile(r, data, 6).model().params();
        assertArrayEquals(a.toFloatVector(), b.toFloatVector());
        assertFalse(java.util.Arrays.equals(a.toFloatVector(), c.toFloatVector()));
    }
}
