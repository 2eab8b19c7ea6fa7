package org.blocktune.core.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.blocktune.core.block.BuiltinBlock;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.FunctionalSpec;
import org.blocktune.core.spec.Node;
import org.blocktune.core.spec.Resolution;
import org.blocktune.core.spec.SequentialSpec;
import org.blocktune.core.spec.Shape;
import org.blocktune.core.spec.SpecResolver;
import org.junit.jupiter.api.Test;

/** Keras model.to_json() fixtures, written by hand from Keras' documented format, give the expected BlockTune graphs. */
class KerasImportTest {
    private static KerasImport.Imported read(String fixture) throws Exception {
        return KerasImport.read(Files.readString(Path.of("src", "test", "resources", "exchange", "keras", fixture)));
    }

    private static List<String> blocks(List<Node> nodes) {
        return nodes.stream().map(n -> n.name() + ":" + ((BuiltinBlock) n.block()).kind().keyword()).toList();
    }

    @Test
    void aKeras3SequentialModelBecomesASequentialSpecWithItsSettings() throws Exception {
        KerasImport.Imported m = read("sequential-keras3.json");
        SequentialSpec spec = (SequentialSpec) m.spec();
        assertEquals("iris_mlp", spec.name());
        assertEquals(List.of("input_layer:input", "dense:dense", "dropout:dropout", "batch_normalization:batch_norm",
                "dense_1:dense", "dense_2:output"), blocks(spec.nodes()));
        assertEquals(64, m.values().get("dense_units"));
        assertEquals("relu", m.values().get("dense_activation"));
        assertEquals(0.25, m.values().get("dropout_rate"));
        assertEquals(0.9, m.values().get("batch_normalization_momentum"));
        assertEquals(32, m.values().get("dense_1_units"));
        assertEquals("tanh", m.values().get("dense_1_activation"));
        assertEquals(false, m.values().get("dense_1_use_bias"));
        assertTrue(m.notes().stream().anyMatch(n -> n.contains("'dense_2'") && n.contains("output block")), m.notes().toString());
        // it builds: 4 → 64 → BN → 32 (no bias) → 3
        Resolution r = SpecResolver.resolve(spec, m.values(), DataShape.classification(Shape.flat(4), 3));
        assertTrue(r.ok(), r.errorMessage());
        assertEquals((4 * 64 + 64) + 4 * 64 + 64 * 32 + (32 * 3 + 3), r.network().totalParams());
    }

    @Test
    void aKeras2FunctionalModelKeepsItsWiring() throws Exception {
        KerasImport.Imported m = read("functional-keras2.json");
        FunctionalSpec spec = (FunctionalSpec) m.spec();
        assertEquals("attrition_towers", spec.name());
        assertEquals(List.of("main_input:input", "tower_a:dense", "tower_b:dense", "drop_b:dropout", "joined:concatenate",
                "output:output"), blocks(spec.nodes()));
        assertEquals(Map.of("input", "main_input"), spec.node("tower_a").orElseThrow().inputs());
        assertEquals(Map.of("input", "tower_b"), spec.node("drop_b").orElseThrow().inputs());
        assertEquals(List.of("tower_a", "drop_b"), List.copyOf(spec.node("joined").orElseThrow().inputs().values()));
        assertEquals(Map.of("input", "joined"), spec.node("output").orElseThrow().inputs());
        assertEquals("elu", m.values().get("tower_b_activation"));
        assertTrue(m.notes().contains("layer 'drop-b' is the block 'drop_b'"), m.notes().toString());
        Resolution r = SpecResolver.resolve(spec, m.values(), DataShape.classification(Shape.flat(8), 2));
        assertTrue(r.ok(), r.errorMessage());
        assertEquals((8 * 32 + 32) + (8 * 16 + 16) + (48 * 2 + 2), r.network().totalParams());
    }

    @Test
    void aKeras3FunctionalModelWithASkipConnection() throws Exception {
        KerasImport.Imported m = read("functional-keras3.json");
        FunctionalSpec spec = (FunctionalSpec) m.spec();
        assertEquals(List.of("x:input", "d1:dense", "skip:add", "y:output"), blocks(spec.nodes()));
        assertEquals(List.of("x", "d1"), List.copyOf(spec.node("skip").orElseThrow().inputs().values()));
        Resolution r = SpecResolver.resolve(spec, m.values(), DataShape.regression(Shape.flat(6), 1));
        assertTrue(r.ok(), r.errorMessage());
    }

    @Test
    void layersWithoutABlockAreNamedInOneMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read("unmappable.json"));
        assertTrue(e.getMessage().contains("layer 'gru' (GRU)") && e.getMessage().contains("layer 'reshape' (Reshape)"),
                e.getMessage());
        IllegalArgumentException notKeras = assertThrows(IllegalArgumentException.class,
                () -> KerasImport.read("{\"format\": \"blocktune-project\"}"));
        assertTrue(notKeras.getMessage().contains("model.to_json()"), notKeras.getMessage());
    }
}
