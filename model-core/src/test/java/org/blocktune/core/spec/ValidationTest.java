package org.blocktune.core.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.blocktune.core.block.Block;
import org.blocktune.core.block.BlockCatalogue;
import org.blocktune.core.block.CompositeBlock;
import org.blocktune.core.block.LayerKind;
import org.blocktune.core.block.LayerTemplate;
import org.blocktune.core.examples.SeedSpecs;
import org.junit.jupiter.api.Test;

/** Every validation problem BlockTune reports itself, before DL4J is asked to build anything. */
class ValidationTest {
    private static final DataShape REG = DataShape.regression(Shape.flat(10), 1);
    private static final DataShape CLS = DataShape.classification(Shape.flat(10), 3);

    private static Problem onlyError(Spec spec, Map<String, ?> values, DataShape data) {
        Resolution r = SpecResolver.resolve(spec, values, data);
        assertFalse(r.ok(), "expected an error");
        assertEquals(1, r.errors().size(), r.errorMessage());
        return r.errors().get(0);
    }

    private static Block b(LayerKind k) {
        return BlockCatalogue.builtin(k);
    }

    @Test
    void sizesMustBePositive() {
        for (int units : new int[] {0, -10}) {
            Problem p = onlyError(SeedSpecs.diamondMlp(), Map.of("body_units", units), REG);
            assertEquals("body", p.node());
            assertEquals("body_units", p.argument());
            assertEquals("block 'body': 'body_units' must be > 0, got " + units, p.message());
        }
    }

    @Test
    void ratesMustBeInZeroToOne() {
        for (double rate : new double[] {1.0, 1.5, -0.1}) {
            Problem p = onlyError(SeedSpecs.mnistMlp(), Map.of("hidden_2_rate", rate), CLS);
            assertEquals("hidden_2_rate", p.argument());
            assertTrue(p.message().contains("must be [0, 1)"), p.message());
        }
        assertTrue(SpecResolver.resolve(SeedSpecs.mnistMlp(), Map.of("hidden_2_rate", 0.0), CLS).ok());
    }

    @Test
    void learningRateMustBePositive() {
        for (double lr : new double[] {0.0, -0.1}) {
            Problem p = onlyError(SeedSpecs.irisMlp(), Map.of("learn_rate", lr), CLS);
            assertEquals("learn_rate", p.argument());
            assertTrue(p.message().contains("must be > 0"), p.message());
        }
    }

    @Test
    void nonIntegerSizeIsRejectedButWholeDoublesAreAccepted() {
        assertTrue(onlyError(SeedSpecs.irisMlp(), Map.of("dense_units", 2.5), CLS).message()
                .contains("whole number"));
        Resolution r = SpecResolver.resolve(SeedSpecs.irisMlp(), Map.of("dense_units", 16.0), CLS);
        assertEquals(16, r.values().get("dense_units"));
    }

    @Test
    void unknownArgumentSuggestsTheClosestName() {
        Problem p = onlyError(SeedSpecs.irisMlp(), Map.of("dense_unit", 3), CLS);
        assertEquals("unknown argument 'dense_unit'; did you mean 'dense_units'?", p.message());
    }

    @Test
    void unknownOptimizerAndLossListValidNames() {
        Problem opt = onlyError(SeedSpecs.irisMlp(), Map.of("compile_optimizer", "adamm"), CLS);
        assertTrue(opt.message().startsWith("unknown optimizer 'adamm'; valid names: adam, sgd, rmsprop"),
                opt.message());
        Problem loss = onlyError(SeedSpecs.irisMlp(), Map.of("compile_loss", "crossentropy"), CLS);
        assertTrue(loss.message().startsWith("unknown loss 'crossentropy'; valid names: categorical_crossentropy"),
                loss.message());
    }

    @Test
    void kerasNamesWithoutDl4jEquivalentSaySo() {
        assertTrue(onlyError(SeedSpecs.irisMlp(), Map.of("compile_optimizer", "adamw"), CLS).message()
                .contains("exists in Keras but has no equivalent in DL4J; use 'adam'"));
        assertTrue(onlyError(SeedSpecs.diamondMlp(), Map.of("compile_loss", "huber"), REG).message()
                .contains("exists in Keras but has no equivalent in DL4J"));
    }

    @Test
    void classificationLossOnNumericOutcomeIsAnError() {
        Problem p = onlyError(SeedSpecs.diamondMlp(), Map.of("compile_loss", "categorical_crossentropy"), REG);
        assertTrue(p.message().contains("needs a categorical outcome"), p.message());
    }

    @Test
    void metricsMustSuitTheOutcome() {
        Problem p = onlyError(SeedSpecs.diamondMlp(), Map.of("compile_metrics", "accuracy"), REG);
        assertTrue(p.message().contains("metric 'accuracy' is for classification outcomes"), p.message());
    }

    @Test
    void classWeightsNeedOnePerClass() {
        Problem p = onlyError(SeedSpecs.irisMlp(), Map.of("fit_class_weight", "1,2"), CLS);
        assertEquals("fit_class_weight has 2 weight(s) but there are 3 classes; give one weight per class",
                p.message());
        Resolution ok = SpecResolver.resolve(SeedSpecs.irisMlp(), Map.of("fit_class_weight", "1,2,3"), CLS);
        assertEquals(List.of(1.0, 2.0, 3.0), ok.training().classWeights());
    }

    @Test
    void protectedBlockNamesAreRejected() {
        SequentialSpec s = SequentialSpec.named("m").add("input", b(LayerKind.INPUT)).add("compile", b(LayerKind.DENSE))
                .add("output", b(LayerKind.OUTPUT));
        Problem p = onlyError(s, Map.of(), REG);
        assertEquals("compile", p.node());
        assertTrue(p.message().contains("'compile' is a protected name"), p.message());
    }

    @Test
    void ambiguousGeneratedNamesAreRejectedNamingBothSources() {
        CompositeBlock layerUnits = CompositeBlock.builder("wide").arg("layer_units", 4)
                .layer(LayerTemplate.of(LayerKind.DENSE).bind("units", "layer_units")).build();
        SequentialSpec s = SequentialSpec.named("m").add("input", b(LayerKind.INPUT))
                .add("dense", layerUnits).add("dense_layer", b(LayerKind.DENSE)).add("output", b(LayerKind.OUTPUT));
        List<Problem> problems = SpecChecker.check(s);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("argument name 'dense_layer_units' is ambiguous: it is generated by block 'dense' argument "
                + "'layer_units' and by block 'dense_layer' argument 'units'; rename one of the blocks",
                problems.get(0).message());
    }

    @Test
    void duplicateBlockNamesAreRejectedOnce() {
        SequentialSpec s = SequentialSpec.named("m").add("input", b(LayerKind.INPUT)).add("d", b(LayerKind.DENSE))
                .add("d", b(LayerKind.DENSE)).add("output", b(LayerKind.OUTPUT));
        List<Problem> problems = SpecChecker.check(s);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("two blocks are named 'd'"));
    }

    @Test
    void conv2dOnAFlatInputIsAShapeError() {
        SequentialSpec s = SequentialSpec.named("m").add("input", b(LayerKind.INPUT)).add("conv", b(LayerKind.CONV2D))
                .add("output", b(LayerKind.OUTPUT));
        Problem p = onlyError(s, Map.of(), DataShape.classification(Shape.flat(784), 10));
        assertEquals("conv", p.node());
        assertTrue(p.message().contains("conv2d needs an image input [height, width, channels], but receives flat "
                + "[784]"), p.message());
    }

    @Test
    void denseOnAnImageSuggestsFlatten() {
        SequentialSpec s = SequentialSpec.named("m").add("input", b(LayerKind.INPUT)).add("d", b(LayerKind.DENSE))
                .add("output", b(LayerKind.OUTPUT));
        Problem p = onlyError(s, Map.of(), DataShape.classification(Shape.image(28, 28, 1), 10));
        assertTrue(p.message().contains("add a flatten or global_pool block"), p.message());
    }

    @Test
    void kernelLargerThanImageIsAShapeError() {
        SequentialSpec s = SequentialSpec.named("m").add("input", b(LayerKind.INPUT)).add("conv", b(LayerKind.CONV2D))
                .add("flat", b(LayerKind.FLATTEN)).add("output", b(LayerKind.OUTPUT));
        Problem p = onlyError(s, Map.of("conv_kernel_size", 9), DataShape.classification(Shape.image(8, 8, 1), 2));
        assertTrue(p.message().contains("kernel_size 9 is larger than the image (8×8)"), p.message());
        assertTrue(SpecResolver.resolve(s, Map.of("conv_kernel_size", 9, "conv_padding", "same"),
                DataShape.classification(Shape.image(8, 8, 1), 2)).ok());
    }

    @Test
    void concatenatingIncompatibleShapesIsAnError() {
        FunctionalSpec s = FunctionalSpec.named("m").add("seq", b(LayerKind.INPUT)).add("flat", b(LayerKind.INPUT))
                .add("j", b(LayerKind.CONCATENATE), Node.inputs("a", "seq", "b", "flat"))
                .add("pool", b(LayerKind.GLOBAL_POOL), "j").add("output", b(LayerKind.OUTPUT), "pool");
        DataShape data = new DataShape(Map.of("seq", Shape.sequence(5, 3), "flat", Shape.flat(4)),
                Map.of("y", OutcomeShape.classes(2)));
        Problem p = onlyError(s, Map.of(), data);
        assertEquals("j", p.node());
        assertTrue(p.message().contains("concatenate needs inputs that differ only in their last dimension, but gets "
                + "[[5, 3], [4]]"), p.message());
    }

    @Test
    void addingDifferentWidthsIsAnError() {
        FunctionalSpec s = FunctionalSpec.named("m").add("in", b(LayerKind.INPUT))
                .add("a", b(LayerKind.DENSE), "in").add("b", b(LayerKind.DENSE), "in")
                .add("sum", b(LayerKind.ADD), Node.inputs("x", "a", "y", "b")).add("output", b(LayerKind.OUTPUT), "sum");
        Problem p = onlyError(s, Map.of("a_units", 8, "b_units", 16), REG);
        assertTrue(p.message().contains("add needs inputs of the same shape, but gets [[8], [16]]"), p.message());
        assertTrue(SpecResolver.resolve(s, Map.of("a_units", 8, "b_units", 8), REG).ok());
    }

    @Test
    void independentProblemsAreAllReported() {
        Resolution r = SpecResolver.resolve(SeedSpecs.mnistMlp(), Map.of("hidden_1_units", -1, "hidden_2_rate", 2.0,
                "learn_rate", -1), CLS);
        assertEquals(List.of("hidden_1_units", "hidden_2_rate", "learn_rate"),
                r.errors().stream().map(Problem::argument).toList());
    }

    @Test
    void sequenceLayersChainWithShapes() {
        SequentialSpec s = SequentialSpec.named("text").add("input", b(LayerKind.INPUT))
                .add("embed", b(LayerKind.EMBEDDING)).add("conv", b(LayerKind.CONV1D))
                .add("pool", b(LayerKind.MAX_POOL1D)).add("lstm", b(LayerKind.LSTM))
                .add("output", b(LayerKind.OUTPUT));
        Resolution r = SpecResolver.resolve(s, Map.of("embed_output_dim", 8, "conv_filters", 6, "lstm_units", 5),
                DataShape.classification(Shape.flat(20), 2));
        assertTrue(r.ok(), r.errorMessage());
        assertEquals(Shape.sequence(20, 8), r.network().layer("embed").orElseThrow().output());
        assertEquals(Shape.sequence(18, 6), r.network().layer("conv").orElseThrow().output());
        assertEquals(Shape.sequence(9, 6), r.network().layer("pool").orElseThrow().output());
        assertEquals(Shape.flat(5), r.network().layer("lstm").orElseThrow().output());
    }
}
