package org.blocktune.core.block;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.blocktune.core.examples.SeedSpecs;
import org.junit.jupiter.api.Test;

class CompositeBlockTest {

    @Test
    void argumentsTakeTypeRangeAndDomainFromTheBoundField() {
        CompositeBlock b = SeedSpecs.denseDropout(128, 0.1);
        List<ArgSpec> args = b.arguments();
        assertEquals(List.of("units", "rate"), args.stream().map(ArgSpec::name).toList());
        assertEquals(ArgType.INT, args.get(0).type());
        assertEquals(128, args.get(0).defaultValue());
        assertEquals(ValueRange.POSITIVE, args.get(0).range());
        assertEquals(ArgType.REAL, args.get(1).type());
        assertEquals(0.1, args.get(1).defaultValue());
        assertTrue(args.get(1).defaultDomain() != null);
    }

    @Test
    void expandsIntoItsLayersWithArgumentValues() {
        List<LayerSpec> layers = SeedSpecs.denseDropout(128, 0.1).expand(Map.of("units", 7, "rate", 0.25));
        assertEquals(LayerKind.DENSE, layers.get(0).kind());
        assertEquals(7, layers.get(0).intArg("units"));
        assertEquals("relu", layers.get(0).textArg("activation"));
        assertEquals(0.25, layers.get(1).realArg("rate"));
    }

    @Test
    void referenceToAnUndeclaredArgumentIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> CompositeBlock.builder("x")
                .layer(LayerTemplate.of(LayerKind.DENSE).bind("units", "width")).build());
        assertEquals("composite block 'x', layer 1 (dense): field 'units' refers to argument 'width', which the "
                + "block does not declare", e.getMessage());
    }

    @Test
    void unknownFieldAndBadLiteralAreRejected() {
        var field = assertThrows(IllegalArgumentException.class, () -> CompositeBlock.builder("x")
                .layer(LayerTemplate.of(LayerKind.DROPOUT).set("units", 3)).build());
        assertTrue(field.getMessage().contains("has no field 'units'; fields: rate"), field.getMessage());
        var literal = assertThrows(IllegalArgumentException.class, () -> CompositeBlock.builder("x")
                .layer(LayerTemplate.of(LayerKind.DROPOUT).set("rate", 1.0)).build());
        assertTrue(literal.getMessage().contains("'rate' must be [0, 1), got 1.0"), literal.getMessage());
    }

    @Test
    void unboundArgumentAndBadDefaultAreRejected() {
        var unbound = assertThrows(IllegalArgumentException.class, () -> CompositeBlock.builder("x").arg("k", 3)
                .layer(LayerKind.DENSE).build());
        assertTrue(unbound.getMessage().contains("argument 'k' is not bound to any layer field"));
        var dflt = assertThrows(IllegalArgumentException.class, () -> CompositeBlock.builder("x").arg("units", -1)
                .layer(LayerTemplate.of(LayerKind.DENSE).bind("units", "units")).build());
        assertTrue(dflt.getMessage().contains("default of argument 'units'"), dflt.getMessage());
    }

    @Test
    void outputAndMergePlacementIsChecked() {
        assertThrows(IllegalArgumentException.class, () -> CompositeBlock.builder("x")
                .layer(LayerKind.OUTPUT).layer(LayerKind.DENSE).build());
        assertThrows(IllegalArgumentException.class, () -> CompositeBlock.builder("x")
                .layer(LayerKind.DENSE).layer(LayerKind.CONCATENATE).build());
        CompositeBlock mergeThenDense = CompositeBlock.builder("join_dense").layer(LayerKind.CONCATENATE)
                .layer(LayerKind.DENSE).build();
        assertEquals(InputArity.MANY, mergeThenDense.arity());
    }

    @Test
    void catalogueRefusesCompositesNamedLikeBuiltins() {
        var e = assertThrows(IllegalArgumentException.class, () -> BlockCatalogue.builtins()
                .with(CompositeBlock.builder("dense").layer(LayerKind.DENSE).build()));
        assertTrue(e.getMessage().contains("'dense' is a built-in block"));
        BlockCatalogue c = BlockCatalogue.builtins().with(SeedSpecs.denseDropout(64, 0.2));
        assertEquals(List.of("dense_dropout"), c.composites().stream().map(CompositeBlock::name).toList());
    }

    @Test
    void lambdaBlocksBuildLayersInJava() {
        LambdaBlock pyramid = LambdaBlock.of("pyramid", List.of(ArgSpec.integer("top", 64, ValueRange.POSITIVE,
                "width of the first layer")), v -> List.of(
                LayerSpec.of(LayerKind.DENSE, Map.of("units", v.get("top"))),
                LayerSpec.of(LayerKind.DENSE, Map.of("units", (Integer) v.get("top") / 2))));
        List<LayerSpec> layers = pyramid.expand(Map.of("top", 32));
        assertEquals(16, layers.get(1).intArg("units"));
    }
}
