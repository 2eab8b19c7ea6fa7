package org.blocktune.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.block.Block;
import org.blocktune.core.block.BlockCatalogue;
import org.blocktune.core.block.LayerKind;
import org.blocktune.core.compile.CompileGrid;
import org.blocktune.core.compile.CompiledRow;
import org.blocktune.core.compile.MemoryEstimate;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.FunctionalSpec;
import org.blocktune.core.spec.Node;
import org.blocktune.core.spec.Problem;
import org.blocktune.core.spec.SequentialSpec;
import org.blocktune.core.spec.Shape;
import org.blocktune.core.spec.Spec;
import org.blocktune.core.spec.SpecResolver;
import org.blocktune.core.tune.FitRecord;
import org.blocktune.core.tune.FitStatus;
import org.junit.jupiter.api.Test;

/** Every explanation is checked against a problem the real checks produce, so changed wording is caught. */
class ExplanationsTest {
    private static final Block INPUT = BlockCatalogue.builtin(LayerKind.INPUT);
    private static final Block DENSE = BlockCatalogue.builtin(LayerKind.DENSE);
    private static final Block OUTPUT = BlockCatalogue.builtin(LayerKind.OUTPUT);
    private static final DataShape IRIS = DataShape.classification(Shape.flat(4), 3);
    private static final DataShape DIAMONDS = DataShape.regression(Shape.flat(23), 1);

    private static Map<String, Object> row(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static Explanation firstError(Spec spec, Map<String, Object> values, DataShape data) {
        CompiledRow r = CompileGrid.compileRow(0, spec, Map.of(), values, data, 1);
        assertFalse(r.ok(), "the row should fail");
        return Explanations.of(r).orElseThrow();
    }

    @Test
    void aValueOutOfRangePointsAtTheBlockAndItsArgument() {
        Explanation e = firstError(SeedSpecs.diamondMlp(), row("body_units", -10), DIAMONDS);
        assertEquals(FailureKind.VALUE, e.kind());
        assertEquals("body", e.node());
        assertEquals("body_units", e.argument());
        assertTrue(e.fix().contains("'body_units'") && e.fix().contains("block 'body'"), e.fix());
        assertTrue(e.detail().contains("must be"), e.detail());
    }

    @Test
    void aLossThatDoesNotSuitTheOutcomePointsAtCompileLoss() {
        Explanation e = firstError(SeedSpecs.diamondMlp(), row("compile_loss", "categorical_crossentropy"), DIAMONDS);
        assertEquals(FailureKind.LOSS, e.kind());
        assertEquals("compile_loss", e.argument());
        assertNull(e.node());
    }

    @Test
    void anImageBlockOnFlatDataIsAShapeFault() {
        SequentialSpec s = SequentialSpec.named("m").add("input", INPUT)
                .add("conv", BlockCatalogue.builtin(LayerKind.CONV2D)).add("output", OUTPUT);
        Explanation e = firstError(s, Map.of(), IRIS);
        assertEquals(FailureKind.SHAPE, e.kind());
        assertEquals("conv", e.node());
        assertTrue(e.cause().startsWith("Block 'conv' expects"), e.cause());
    }

    @Test
    void aKernelLongerThanTheSequenceIsAWindowFault() {
        SequentialSpec s = SequentialSpec.named("m").add("input", INPUT)
                .add("conv", BlockCatalogue.builtin(LayerKind.CONV1D))
                .add("pool", BlockCatalogue.builtin(LayerKind.GLOBAL_POOL)).add("output", OUTPUT);
        Explanation e = firstError(s, row("conv_kernel_size", 9), DataShape.classification(Shape.sequence(5, 2), 2));
        assertEquals(FailureKind.WINDOW_TOO_LARGE, e.kind(), e.detail());
        assertEquals("conv", e.node());
    }

    @Test
    void addingBlocksOfDifferentWidthIsAMergeFault() {
        FunctionalSpec s = FunctionalSpec.named("m").add("input", INPUT).add("a", DENSE, "input")
                .add("b", DENSE, "input").add("sum", BlockCatalogue.builtin(LayerKind.ADD),
                        Node.inputs("input_a", "a", "input_b", "b")).add("output", OUTPUT, "sum");
        Explanation e = firstError(s, row("a_units", 8, "b_units", 16), IRIS);
        assertEquals(FailureKind.MERGE_SHAPES, e.kind(), e.detail());
        assertEquals("sum", e.node());
    }

    @Test
    void aMissingInputBlockIsAStructureFault() {
        SequentialSpec s = SequentialSpec.named("m").add("hidden", DENSE).add("output", OUTPUT);
        Explanation e = firstError(s, Map.of(), IRIS);
        assertEquals(FailureKind.STRUCTURE, e.kind(), e.detail());
    }

    @Test
    void aCycleIsAWiringFault() {
        FunctionalSpec s = FunctionalSpec.named("m").add("input", INPUT)
                .add("a", BlockCatalogue.builtin(LayerKind.CONCATENATE), Node.inputs("x", "input", "y", "b"))
                .add("b", DENSE, "a").add("output", OUTPUT, "b");
        Explanation e = firstError(s, Map.of(), IRIS);
        assertEquals(FailureKind.WIRING, e.kind(), e.detail());
        assertEquals("a", e.node());
    }

    @Test
    void repeatingTheInputBlockIsARepeatFault() {
        Explanation e = firstError(SeedSpecs.irisMlp(), row("num_input", 2), IRIS);
        assertEquals(FailureKind.REPEAT, e.kind(), e.detail());
        assertEquals("num_input", e.argument());
    }

    @Test
    void anUnknownArgumentIsNamed() {
        Explanation e = firstError(SeedSpecs.irisMlp(), row("hiden_units", 8), IRIS);
        assertEquals(FailureKind.UNKNOWN_ARGUMENT, e.kind(), e.detail());
        assertEquals("hiden_units", e.argument());
    }

    @Test
    void anOutputNotNamedAfterAnOutcomeIsADataMismatch() {
        FunctionalSpec s = FunctionalSpec.named("m").add("input", INPUT).add("a", DENSE, "input")
                .add("price", OUTPUT, "a").add("carat", OUTPUT, "a");
        DataShape two = DataShape.regression(Shape.flat(4), 1);
        List<Problem> p = SpecResolver.resolve(s, Map.of(), two).problems();
        Problem error = p.stream().filter(Problem::isError).findFirst().orElseThrow();
        assertEquals(FailureKind.DATA_MATCH, Explanations.of(error).kind(), error.message());
    }

    @Test
    void aDuplicateNameIsANameFault() {
        SequentialSpec s = SequentialSpec.named("m").add("input", INPUT).add("a", DENSE).add("a", DENSE)
                .add("output", OUTPUT);
        Explanation e = firstError(s, Map.of(), IRIS);
        assertEquals(FailureKind.NAME, e.kind(), e.detail());
    }

    @Test
    void aNetworkTooLargeForMemoryIsExplained() {
        Problem p = MemoryEstimate.check(1_000_000_000L, 1L << 30).orElseThrow();
        assertEquals(FailureKind.TOO_LARGE, Explanations.of(p).kind());
    }

    @Test
    void failedFitsAreExplainedByTheirRecordedKind() {
        FitRecord diverged = new FitRecord("cand_001", Map.of(), "Fold1", 1, FitStatus.FAILED, "DIVERGED",
                "the loss became NaN in epoch 3, batch 2; try a smaller learn_rate or normalise the predictors",
                Map.of(), null, 10, null);
        Explanation d = Explanations.of(diverged).orElseThrow();
        assertEquals(FailureKind.DIVERGED, d.kind());
        assertEquals("learn_rate", d.argument());
        assertTrue(d.fix().contains("learn_rate") && d.fix().contains("normalize"), d.fix());

        Explanation oom = Explanations.ofFit("OUT_OF_MEMORY", "ran out of memory while converting 100 rows");
        assertEquals(FailureKind.OUT_OF_MEMORY, oom.kind());
        assertTrue(oom.fix().contains("workers"), oom.fix());

        // a candidate the dry run rejects fails its fits with the dry run's message: same explanation as there
        String invalid = CompileGrid.compileRow(0, SeedSpecs.diamondMlp(), Map.of(), row("body_units", -10), DIAMONDS,
                1).error();
        Explanation spec = Explanations.ofFit("INVALID_SPEC", invalid);
        assertEquals(FailureKind.VALUE, spec.kind());
        assertEquals("body", spec.node());
        assertEquals("body_units", spec.argument());

        FitRecord ok = new FitRecord("cand_001", Map.of(), "Fold1", 1, FitStatus.OK, null, null, Map.of("rmse", 1.0),
                null, 10, null);
        assertTrue(Explanations.of(ok).isEmpty());
    }

    @Test
    void everyKindHasTwoToFourSentences() {
        for (FailureKind k : FailureKind.values()) {
            Explanation e = ExplanationCatalogue.explain(k, "hidden", "hidden_units", null);
            long sentences = e.text().chars().filter(c -> c == '.').count()
                    - e.text().split("e\\.g\\.", -1).length + 1;
            assertTrue(sentences >= 2 && sentences <= 5, k + ": " + e.text());
            assertFalse(e.title().isBlank());
        }
    }
}
