package org.blocktune.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.blocktune.core.block.BlockCatalogue;
import org.blocktune.core.block.CompositeBlock;
import org.blocktune.core.block.LambdaBlock;
import org.blocktune.core.block.LayerKind;
import org.blocktune.core.block.LayerSpec;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.spec.FunctionalSpec;
import org.blocktune.core.spec.SequentialSpec;
import org.blocktune.core.spec.Spec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class SpecJsonTest {

    static Stream<Spec> seedSpecs() {
        return Stream.of(SeedSpecs.irisMlp(), SeedSpecs.mnistMlp(), SeedSpecs.diamondMlp(), SeedSpecs.attritionTowers());
    }

    @ParameterizedTest
    @MethodSource("seedSpecs")
    void seedSpecsRoundTripExactly(Spec spec) throws Exception {
        List<CompositeBlock> library = SpecJson.composites(spec);
        String json = SpecJson.write(spec);
        Spec back = SpecJson.read(json, library);
        assertEquals(spec, back);
        assertEquals(spec.getClass(), back.getClass());
        assertEquals(json, SpecJson.write(back));
    }

    @Test
    void functionalWiringIsStoredByPortAndSequentialNodesHaveNoInputs() throws Exception {
        String towers = SpecJson.write(SeedSpecs.attritionTowers());
        assertTrue(towers.contains("\"kind\" : \"functional\""), towers);
        assertTrue(towers.contains("\"inputs\" : {\n        \"input_a\" : \"tower_a\",\n        \"input_b\" : \"tower_b\""),
                towers);
        String iris = SpecJson.write(SeedSpecs.irisMlp());
        assertTrue(iris.contains("\"kind\" : \"sequential\""), iris);
        assertFalse(iris.contains("\"inputs\""), iris);
        FunctionalSpec back = assertInstanceOf(FunctionalSpec.class,
                SpecJson.read(towers, SpecJson.composites(SeedSpecs.attritionTowers())));
        assertEquals(List.of("input_a", "input_b"), List.copyOf(back.node("joined").orElseThrow().inputs().keySet()));
    }

    @Test
    void compositesAreResolvedFromTheGivenLibraryByName() throws Exception {
        String json = SpecJson.write(SeedSpecs.diamondMlp());
        CompositeBlock wider = SeedSpecs.denseWithDropoutArg(512);
        Spec back = SpecJson.read(json, List.of(wider));
        assertEquals(wider, back.node("body").orElseThrow().block());
    }

    @Test
    void unknownBlockSaysWhereAndListsKnownBlocks() {
        String json = "{\"name\":\"m\",\"kind\":\"sequential\",\"nodes\":[{\"name\":\"a\",\"block\":\"input\"},"
                + "{\"name\":\"b\",\"block\":\"dense\"},{\"name\":\"c\",\"block\":\"sparkle\"}]}";
        var e = assertThrows(ProjectFormatException.class, () -> SpecJson.read(json, List.of(SeedSpecs.denseBlock(8))));
        assertEquals("spec.nodes[2].block", e.path());
        assertTrue(e.getMessage().startsWith("spec.nodes[2].block: unknown block 'sparkle'; known: input, dense, "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith(", add, dense_block"), e.getMessage());
    }

    @Test
    void otherBrokenSpecsSayWhereAndWhat() {
        var kind = assertThrows(ProjectFormatException.class, () -> SpecJson.read(
                "{\"name\":\"m\",\"kind\":\"tree\",\"nodes\":[]}", List.of()));
        assertEquals("spec.kind: unknown spec kind 'tree'; known: sequential, functional", kind.getMessage());
        var name = assertThrows(ProjectFormatException.class, () -> SpecJson.read(
                "{\"name\":\"m\",\"kind\":\"functional\",\"nodes\":[{\"block\":\"input\"}]}", List.of()));
        assertEquals("spec.nodes[0].name", name.path());
        var wiring = assertThrows(ProjectFormatException.class, () -> SpecJson.read(
                "{\"name\":\"m\",\"kind\":\"functional\",\"nodes\":[{\"name\":\"o\",\"block\":\"output\","
                        + "\"inputs\":{\"input\":3}}]}", List.of()));
        assertEquals("spec.nodes[0].inputs.input: expected text, found 3", wiring.getMessage());
        var syntax = assertThrows(ProjectFormatException.class, () -> SpecJson.read("{\n  \"name\": \"m\",\n  oops", List.of()));
        assertTrue(syntax.getMessage().startsWith("spec: not valid JSON at line 3, column"), syntax.getMessage());
        var clash = assertThrows(ProjectFormatException.class, () -> SpecJson.read(
                SpecJson.write(SeedSpecs.irisMlp()), List.of(SeedSpecs.denseBlock(1), SeedSpecs.denseBlock(2))));
        assertEquals("blocks[1].name", clash.path());
    }

    @Test
    void blocksDefinedInCodeAndConflictingCompositesCannotBeSaved() {
        LambdaBlock lambda = LambdaBlock.of("custom", List.of(), v -> List.of(LayerSpec.of(LayerKind.DENSE, v)));
        Spec spec = SequentialSpec.named("m").add("input", BlockCatalogue.builtin(LayerKind.INPUT)).add("c", lambda);
        var e = assertThrows(IllegalArgumentException.class, () -> SpecJson.toJson(spec));
        assertTrue(e.getMessage().contains("node 'c' uses block 'custom', which is defined in Java code"), e.getMessage());
        Spec twoDefinitions = SequentialSpec.named("m").add("a", SeedSpecs.denseBlock(1)).add("b", SeedSpecs.denseBlock(2));
        assertThrows(IllegalArgumentException.class, () -> SpecJson.composites(twoDefinitions));
    }
}
