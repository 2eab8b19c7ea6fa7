package org.blocktune.core.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.blocktune.core.block.Block;
import org.blocktune.core.block.BlockCatalogue;
import org.blocktune.core.block.LayerKind;
import org.junit.jupiter.api.Test;

/** A spec with errors still resolves as far as it can: blocks upstream of the fault keep their shapes. */
class PartialResolutionTest {
    private static final Block INPUT = BlockCatalogue.builtin(LayerKind.INPUT);
    private static final Block DENSE = BlockCatalogue.builtin(LayerKind.DENSE);
    private static final Block CONV2D = BlockCatalogue.builtin(LayerKind.CONV2D);
    private static final Block OUTPUT = BlockCatalogue.builtin(LayerKind.OUTPUT);
    private static final Block CONCAT = BlockCatalogue.builtin(LayerKind.CONCATENATE);
    private static final DataShape DATA = DataShape.classification(Shape.flat(4), 3);

    private static final SequentialSpec STACK = SequentialSpec.named("m").add("input", INPUT)
            .add("hidden", DENSE).add("wide", DENSE).add("output", OUTPUT);

    private static Set<String> resolvedBlocks(Resolution r) {
        return r.partial().layers().stream().map(ResolvedLayer::node).collect(Collectors.toSet());
    }

    @Test
    void stackWithAnImpossibleValueInBlockThreeKeepsTheShapesOfBlocksOneAndTwo() {
        Resolution r = SpecResolver.resolve(STACK, Map.of("hidden_units", 8, "wide_units", -5), DATA);

        assertFalse(r.ok());
        assertNull(r.network());
        assertEquals(1, r.errors().size(), r.errorMessage());
        assertEquals("wide", r.errors().get(0).node());
        assertEquals(Set.of("input", "hidden"), resolvedBlocks(r));
        assertEquals(Shape.flat(4), r.partial().layer("input").orElseThrow().output());
        ResolvedLayer hidden = r.partial().layer("hidden").orElseThrow();
        assertEquals(Shape.flat(8), hidden.output());
        assertEquals(4 * 8 + 8, hidden.params());
        assertEquals(40, r.partial().totalParams());
    }

    @Test
    void stackWithAShapeErrorInBlockThreeKeepsTheShapesOfBlocksOneAndTwo() {
        SequentialSpec s = SequentialSpec.named("m").add("input", INPUT).add("hidden", DENSE)
                .add("conv", CONV2D).add("output", OUTPUT);
        Resolution r = SpecResolver.resolve(s, Map.of("hidden_units", 8), DATA);

        assertEquals(1, r.errors().size(), r.errorMessage());
        assertEquals("conv", r.errors().get(0).node());
        assertEquals(Set.of("input", "hidden"), resolvedBlocks(r));
        assertEquals(Shape.flat(8), r.partial().layer("hidden").orElseThrow().output());
    }

    @Test
    void graphWithOneBadTowerKeepsTheShapesOfTheOtherTower() {
        FunctionalSpec g = FunctionalSpec.named("towers").add("input", INPUT)
                .add("a1", DENSE, "input").add("a2", DENSE, "a1")
                .add("b1", DENSE, "input").add("b2", DENSE, "b1")
                .add("join", CONCAT, Node.inputs("input_a", "a2", "input_b", "b2"))
                .add("output", OUTPUT, "join");
        Resolution r = SpecResolver.resolve(g, Map.of("a1_units", 6, "a2_units", 5, "b1_units", 0), DATA);

        assertEquals(1, r.errors().size(), r.errorMessage());
        assertEquals("b1", r.errors().get(0).node());
        assertEquals(Set.of("input", "a1", "a2"), resolvedBlocks(r));
        assertEquals(Shape.flat(5), r.partial().layer("a2").orElseThrow().output());
        assertEquals(6 * 5 + 5, r.partial().layer("a2").orElseThrow().params());
    }

    @Test
    void graphWithAShapeErrorInOneTowerKeepsTheOtherTower() {
        FunctionalSpec g = FunctionalSpec.named("towers").add("input", INPUT)
                .add("a1", DENSE, "input")
                .add("b1", CONV2D, "input").add("b2", DENSE, "b1")
                .add("join", CONCAT, Node.inputs("input_a", "a1", "input_b", "b2"))
                .add("output", OUTPUT, "join");
        Resolution r = SpecResolver.resolve(g, Map.of("a1_units", 6), DATA);

        assertTrue(r.errors().stream().allMatch(p -> "b1".equals(p.node())), r.errorMessage());
        assertEquals(Set.of("input", "a1"), resolvedBlocks(r));
    }

    @Test
    void graphWithoutAnOutputYetShowsEveryBlockItCan() {
        FunctionalSpec g = FunctionalSpec.named("draft").add("input", INPUT).add("a1", DENSE, "input");
        Resolution r = SpecResolver.resolve(g, Map.of("a1_units", 6), DATA);

        assertTrue(r.errorMessage().contains("missing output"), r.errorMessage());
        assertEquals(Shape.flat(6), r.partial().layer("a1").orElseThrow().output());
    }

    @Test
    void errorsAreReportedAsWithoutPartialResolution() {
        Resolution r = SpecResolver.resolve(STACK, Map.of("wide_units", -5), DATA);

        assertEquals(List.of("wide_units"), r.errors().stream().map(Problem::argument).toList());
        assertNull(r.training());
    }

    @Test
    void withoutErrorsThePartialNetworkIsTheNetwork() {
        Resolution r = SpecResolver.resolve(STACK, Map.of(), DATA);

        assertTrue(r.ok(), r.errorMessage());
        assertSame(r.network(), r.partial());
        assertEquals(Set.of("input", "hidden", "wide", "output"), resolvedBlocks(r));
    }
}
