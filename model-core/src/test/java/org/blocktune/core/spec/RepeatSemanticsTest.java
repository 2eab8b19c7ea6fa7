package org.blocktune.core.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.blocktune.core.block.BlockCatalogue;
import org.blocktune.core.block.LayerKind;
import org.blocktune.core.examples.SeedSpecs;
import org.junit.jupiter.api.Test;

class RepeatSemanticsTest {
    private static final DataShape REG = DataShape.regression(Shape.flat(8), 1);
    private static final DataShape CLS = DataShape.classification(Shape.flat(8), 2);

    private static List<String> layerNames(Resolution r) {
        assertTrue(r.ok(), r.errorMessage());
        return r.network().layers().stream().map(ResolvedLayer::name).toList();
    }

    @Test
    void sequentialNumZeroRemovesTheBlock() {
        Resolution r = SpecResolver.resolve(SeedSpecs.diamondMlp(), Map.of("num_body", 0), REG);
        assertEquals(List.of("input", "output"), layerNames(r));
        assertEquals(8 + 1, r.network().totalParams());
    }

    @Test
    void sequentialNumOneKeepsTheBlockOnce() {
        Resolution r = SpecResolver.resolve(SeedSpecs.diamondMlp(), Map.of("num_body", 1, "body_units", 4), REG);
        assertEquals(List.of("input", "body/dense", "body/dropout", "output"), layerNames(r));
    }

    @Test
    void sequentialNumThreeRepeatsWithTheSameValues() {
        Resolution r = SpecResolver.resolve(SeedSpecs.diamondMlp(), Map.of("num_body", 3, "body_units", 4), REG);
        assertEquals(List.of("input", "body.1/dense", "body.1/dropout", "body.2/dense", "body.2/dropout",
                "body.3/dense", "body.3/dropout", "output"), layerNames(r));
        assertEquals((8 * 4 + 4) + 2 * (4 * 4 + 4) + (4 + 1), r.network().totalParams());
    }

    @Test
    void functionalNumZeroMakesAPassThroughOfTheFirstInput() {
        Resolution r = SpecResolver.resolve(SeedSpecs.attritionTowers(), Map.of("num_tower_a", 0,
                "tower_b_units", 5), CLS);
        assertEquals(List.of("main_input", "tower_b/dense", "tower_b/dropout", "joined", "output"), layerNames(r));
        ResolvedLayer joined = r.network().layer("joined").orElseThrow();
        assertEquals(List.of("main_input", "tower_b/dropout"), joined.inputs());
        assertEquals(Shape.flat(8 + 5), joined.output());
    }

    @Test
    void functionalNumOneAndThree() {
        Resolution one = SpecResolver.resolve(SeedSpecs.attritionTowers(), Map.of(), CLS);
        assertEquals(7, layerNames(one).size());
        Resolution three = SpecResolver.resolve(SeedSpecs.attritionTowers(), Map.of("num_tower_a", 3), CLS);
        List<String> names = layerNames(three);
        assertEquals(11, names.size());
        assertTrue(names.contains("tower_a.3/dropout"));
        assertEquals(List.of("tower_a.3/dropout", "tower_b/dropout"),
                three.network().layer("joined").orElseThrow().inputs());
        assertEquals(List.of("tower_a.1/dropout"), three.network().layer("tower_a.2/dense").orElseThrow().inputs());
    }

    @Test
    void repeatingAMultiInputBlockIsAnErrorNamingTheBlock() {
        Resolution r = SpecResolver.resolve(SeedSpecs.attritionTowers(), Map.of("num_joined", 2), CLS);
        assertFalse(r.ok());
        Problem p = r.errors().get(0);
        assertEquals("joined", p.node());
        assertEquals("num_joined", p.argument());
        assertTrue(p.message().contains("cannot be repeated because it has 2 inputs (input_a, input_b)"),
                p.message());
    }

    @Test
    void inputAndOutputBlocksCannotBeRemovedOrRepeated() {
        Resolution noInput = SpecResolver.resolve(SeedSpecs.irisMlp(), Map.of("num_input", 0), CLS);
        assertEquals("num_input", noInput.errors().get(0).argument());
        Resolution twoOutputs = SpecResolver.resolve(SeedSpecs.irisMlp(), Map.of("num_output", 2), CLS);
        assertTrue(twoOutputs.errorMessage().contains("output block 'output' cannot be removed or repeated"));
    }

    @Test
    void negativeRepeatCountIsRejected() {
        Resolution r = SpecResolver.resolve(SeedSpecs.diamondMlp(), Map.of("num_body", -1), REG);
        assertEquals("num_body", r.errors().get(0).argument());
        assertTrue(r.errorMessage().contains(">= 0"), r.errorMessage());
    }

    @Test
    void builtinSingleLayerBlocksRepeatUnderDottedNames() {
        SequentialSpec s = SequentialSpec.named("deep").add("input", BlockCatalogue.builtin(LayerKind.INPUT))
                .add("hidden", BlockCatalogue.builtin(LayerKind.DENSE))
                .add("output", BlockCatalogue.builtin(LayerKind.OUTPUT));
        Resolution r = SpecResolver.resolve(s, Map.of("num_hidden", 2, "hidden_units", 3), REG);
        assertEquals(List.of("input", "hidden.1", "hidden.2", "output"), layerNames(r));
    }
}
