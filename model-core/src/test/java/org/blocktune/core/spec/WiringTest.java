package org.blocktune.core.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.blocktune.core.block.Block;
import org.blocktune.core.block.BlockCatalogue;
import org.blocktune.core.block.LayerKind;
import org.blocktune.core.examples.SeedSpecs;
import org.junit.jupiter.api.Test;

/** Input maps (kerasnip inp_spec), unknown inputs, cycles, inputs and outputs of graphs. */
class WiringTest {
    private static final Block INPUT = BlockCatalogue.builtin(LayerKind.INPUT);
    private static final Block DENSE = BlockCatalogue.builtin(LayerKind.DENSE);
    private static final Block OUTPUT = BlockCatalogue.builtin(LayerKind.OUTPUT);
    private static final Block CONCAT = BlockCatalogue.builtin(LayerKind.CONCATENATE);
    private static final DataShape DATA = DataShape.classification(Shape.flat(4), 3);

    private static String errors(Spec spec) {
        return SpecResolver.resolve(spec, Map.of(), DATA).errorMessage();
    }

    @Test
    void singleStringWiresTheFirstInputPort() {
        Node n = Node.of("d", DENSE, "in");
        assertEquals(Map.of("input", "in"), n.inputs());
    }

    @Test
    void explicitInputMapKeepsPortOrder() {
        Node n = Node.of("j", CONCAT, Node.inputs("input_b", "b", "input_a", "a"));
        assertEquals(List.of("input_b", "input_a"), List.copyOf(n.inputs().keySet()));
    }

    @Test
    void unknownPortNameIsRejectedNamingTheBlockAndPort() {
        FunctionalSpec s = FunctionalSpec.named("m").add("in", INPUT)
                .add("d", DENSE, Map.of("tensor", "in")).add("output", OUTPUT, "d");
        String e = errors(s);
        assertTrue(e.contains("input(s) 'tensor' not found in block 'd'"), e);
    }

    @Test
    void readingAnUnknownBlockIsAnError() {
        FunctionalSpec s = FunctionalSpec.named("m").add("in", INPUT)
                .add("d", DENSE, "nowhere").add("output", OUTPUT, "d");
        String e = errors(s);
        assertTrue(e.contains("block 'd' input 'input' reads 'nowhere', which is not a block in this spec"), e);
    }

    @Test
    void blockWithoutInputsIsAnError() {
        FunctionalSpec s = FunctionalSpec.named("m").add("in", INPUT).add("d", DENSE)
                .add("output", OUTPUT, "in");
        List<Problem> p = SpecChecker.check(s);
        assertTrue(p.stream().anyMatch(x -> x.isError() && x.node().equals("d")
                && x.message().contains("has no inputs from other blocks")), p.toString());
    }

    @Test
    void mergeWithOneInputIsAnError() {
        FunctionalSpec s = FunctionalSpec.named("m").add("in", INPUT).add("j", CONCAT, "in")
                .add("output", OUTPUT, "j");
        assertTrue(errors(s).contains("needs at least two inputs"), errors(s));
    }

    @Test
    void cyclesAreReportedByName() {
        FunctionalSpec s = FunctionalSpec.named("m").add("in", INPUT)
                .add("a", CONCAT, Node.inputs("x", "in", "y", "b"))
                .add("b", DENSE, "a")
                .add("output", OUTPUT, "b");
        String e = errors(s);
        assertTrue(e.contains("cycle: blocks 'a', 'b'"), e);
    }

    @Test
    void missingOutputIsReportedForBothKinds() {
        assertTrue(errors(FunctionalSpec.named("m").add("in", INPUT).add("d", DENSE, "in"))
                .contains("missing output"));
        assertTrue(errors(SequentialSpec.named("m").add("in", INPUT).add("d", DENSE)).contains("missing output"));
    }

    @Test
    void sequentialSpecMustStartWithAnInputAndCannotMerge() {
        String e = errors(SequentialSpec.named("m").add("d", DENSE).add("j", CONCAT).add("output", OUTPUT));
        assertTrue(e.contains("must start with an input block"), e);
        assertTrue(e.contains("merges need a functional spec"), e);
    }

    @Test
    void danglingBlockIsAWarningAndLeftOut() {
        FunctionalSpec s = SeedSpecs.attritionTowers().add("spare", DENSE, "main_input");
        Resolution r = SpecResolver.resolve(s, Map.of(), DataShape.classification(Shape.flat(4), 2));
        assertTrue(r.ok(), r.errorMessage());
        assertTrue(r.problems().stream().anyMatch(p -> !p.isError() && "spare".equals(p.node())));
        assertTrue(r.network().layer("spare").isEmpty());
    }

    @Test
    void multipleInputsBindByName() {
        FunctionalSpec s = FunctionalSpec.named("two").add("numbers", INPUT).add("words", INPUT)
                .add("j", CONCAT, Node.inputs("a", "numbers", "b", "words")).add("output", OUTPUT, "j");
        DataShape data = new DataShape(Map.of("numbers", Shape.flat(3), "words", Shape.flat(5)),
                Map.of("y", OutcomeShape.classes(2)));
        Resolution r = SpecResolver.resolve(s, Map.of(), data);
        assertTrue(r.ok(), r.errorMessage());
        assertEquals(Shape.flat(8), r.network().layer("j").orElseThrow().output());

        DataShape other = new DataShape(Map.of("numbers", Shape.flat(3), "text", Shape.flat(5)),
                Map.of("y", OutcomeShape.classes(2)));
        String e = SpecResolver.resolve(s, Map.of(), other).errorMessage();
        assertTrue(e.contains("input block 'words' does not match a data input"), e);
    }

    @Test
    void multipleOutputsBindByName() {
        FunctionalSpec s = FunctionalSpec.named("heads").add("in", INPUT).add("trunk", DENSE, "in")
                .add("price", OUTPUT, "trunk").add("kind", OUTPUT, "trunk");
        DataShape data = new DataShape(Map.of("x", Shape.flat(4)),
                new java.util.LinkedHashMap<>(Map.of("price", OutcomeShape.numeric(1))) {{
                    put("kind", OutcomeShape.classes(3));
                }});
        Resolution r = SpecResolver.resolve(s, Map.of(), data);
        assertTrue(r.ok(), r.errorMessage());
        assertEquals(List.of("price", "kind"), List.copyOf(r.network().outputs().keySet()));
        assertEquals(List.of(Loss.MEAN_SQUARED_ERROR, Loss.CATEGORICAL_CROSSENTROPY), r.training().losses());
    }
}
