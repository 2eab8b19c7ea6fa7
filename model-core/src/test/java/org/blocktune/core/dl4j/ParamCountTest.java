package org.blocktune.core.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;
import org.blocktune.core.block.Block;
import org.blocktune.core.block.BlockCatalogue;
import org.blocktune.core.block.LayerKind;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.FunctionalSpec;
import org.blocktune.core.spec.Node;
import org.blocktune.core.spec.OutcomeShape;
import org.blocktune.core.spec.Resolution;
import org.blocktune.core.spec.ResolvedLayer;
import org.blocktune.core.spec.SequentialSpec;
import org.blocktune.core.spec.Shape;
import org.blocktune.core.spec.Spec;
import org.blocktune.core.spec.SpecResolver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** BlockTune's own parameter counts (used in summaries before building) equal DL4J's, layer by layer. */
class ParamCountTest {

    private static Block b(LayerKind k) {
        return BlockCatalogue.builtin(k);
    }

    static Stream<Arguments> networks() {
        SequentialSpec cnn = SequentialSpec.named("cnn").add("input", b(LayerKind.INPUT))
                .add("conv", b(LayerKind.CONV2D)).add("bn", b(LayerKind.BATCH_NORM))
                .add("pool", b(LayerKind.MAX_POOL2D)).add("conv_b", b(LayerKind.CONV2D))
                .add("avg", b(LayerKind.AVG_POOL2D)).add("flat", b(LayerKind.FLATTEN))
                .add("drop", b(LayerKind.DROPOUT)).add("dense", b(LayerKind.DENSE))
                .add("act", b(LayerKind.ACTIVATION)).add("output", b(LayerKind.OUTPUT));
        SequentialSpec text = SequentialSpec.named("text").add("input", b(LayerKind.INPUT))
                .add("embed", b(LayerKind.EMBEDDING)).add("conv", b(LayerKind.CONV1D))
                .add("pool", b(LayerKind.AVG_POOL1D)).add("lstm", b(LayerKind.LSTM))
                .add("lstm_b", b(LayerKind.LSTM)).add("bn", b(LayerKind.BATCH_NORM))
                .add("output", b(LayerKind.OUTPUT));
        FunctionalSpec seqGraph = FunctionalSpec.named("seqgraph").add("in", b(LayerKind.INPUT))
                .add("a", b(LayerKind.CONV1D), "in").add("b", b(LayerKind.CONV1D), "in")
                .add("sum", b(LayerKind.ADD), Node.inputs("x", "a", "y", "b"))
                .add("pool", b(LayerKind.GLOBAL_POOL), "sum").add("output", b(LayerKind.OUTPUT), "pool");
        FunctionalSpec imageGraph = FunctionalSpec.named("imagegraph").add("img", b(LayerKind.INPUT))
                .add("c1", b(LayerKind.CONV2D), "img").add("c2", b(LayerKind.CONV2D), "img")
                .add("cat", b(LayerKind.CONCATENATE), Node.inputs("a", "c1", "b", "c2"))
                .add("flat", b(LayerKind.FLATTEN), "cat").add("bn", b(LayerKind.BATCH_NORM), "flat")
                .add("output", b(LayerKind.OUTPUT), "bn");
        return Stream.of(
                Arguments.of(SeedSpecs.irisMlp(), Map.of(), DataShape.classification(Shape.flat(4), 3)),
                Arguments.of(SeedSpecs.mnistMlp(), Map.of("hidden_1_units", 256),
                        DataShape.classification(Shape.flat(784), 10)),
                Arguments.of(SeedSpecs.diamondMlp(), Map.of("num_body", 3, "body_units", 64),
                        DataShape.regression(Shape.flat(23), 1)),
                Arguments.of(SeedSpecs.attritionTowers(), Map.of("num_tower_a", 2, "tower_b_units", 7),
                        DataShape.classification(Shape.flat(44), 2)),
                Arguments.of(cnn, Map.of("conv_kernel_size", 5, "conv_b_padding", "same", "conv_b_strides", 2),
                        DataShape.classification(Shape.image(28, 28, 1), 10)),
                Arguments.of(text, Map.of("lstm_return_sequences", true, "embed_input_dim", 50),
                        DataShape.classification(Shape.flat(12), 2)),
                Arguments.of(seqGraph, Map.of("a_padding", "same", "b_padding", "same"),
                        new DataShape(Map.of("in", Shape.sequence(10, 3)), Map.of("y", OutcomeShape.numeric(2)))),
                Arguments.of(imageGraph, Map.of("c2_filters", 8), DataShape.classification(Shape.image(12, 10, 3), 4)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void summaryMatchesDl4j(Spec spec, Map<String, Object> values, DataShape data) {
        Resolution r = SpecResolver.resolve(spec, values, data);
        assertTrue(r.ok(), r.errorMessage());
        CompiledNetwork net = NetworkCompiler.compile(r, data, 7);
        assertEquals(r.network().totalParams(), net.numParams(), r.network().summary().render());
        for (ResolvedLayer l : r.network().layers()) {
            long dl4j = net.paramsByLayer().getOrDefault(l.name(), 0L);
            assertEquals(l.params(), dl4j, "layer " + l.name() + "\n" + r.network().summary().render());
        }
        assertTrue(net.numParams() > 0);
    }
}
