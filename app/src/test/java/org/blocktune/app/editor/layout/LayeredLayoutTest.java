package org.blocktune.app.editor.layout;

import static org.blocktune.core.block.BlockCatalogue.builtin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.blocktune.app.editor.model.EditorDocument;
import org.blocktune.app.editor.model.Position;
import org.blocktune.core.block.LayerKind;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.spec.FunctionalSpec;
import org.blocktune.core.spec.Node;
import org.blocktune.core.spec.Spec;
import org.junit.jupiter.api.Test;

class LayeredLayoutTest {
    private static final double W = EditorDocument.BLOCK_W;
    private static final double H = EditorDocument.BLOCK_H;
    private final LayeredLayout layout = new LayeredLayout(W, H, 50, 60);

    @Test
    void theAttritionTowersStandSideBySideBetweenInputAndMerge() {
        Map<String, Position> p = timed(SeedSpecs.attritionTowers());
        assertEquals(5, p.size());
        assertEquals(p.get("tower_a").y(), p.get("tower_b").y(), 1e-9, "the towers share a layer");
        assertTrue(p.get("tower_a").x() + W <= p.get("tower_b").x(),
                "tower_a (the merge's input_a) is left of tower_b: " + p);
        assertTrue(p.get("tower_a").x() < p.get("main_input").x() && p.get("main_input").x() < p.get("tower_b").x(),
                "the input sits between the towers it feeds: " + p);
        assertTrue(p.get("main_input").y() + H < p.get("tower_a").y());
        assertTrue(p.get("tower_a").y() + H < p.get("joined").y());
        assertTrue(p.get("joined").y() + H < p.get("output").y());
        assertNoOverlap(p);
        assertEdgesGoDown(SeedSpecs.attritionTowers(), p);
    }

    @Test
    void aWiderGraphWithSkipsHasNoOverlapsAndEveryEdgeGoesDown() {
        // added in an order unlike the wiring, with skip connections over several layers
        FunctionalSpec g = FunctionalSpec.named("wide")
                .add("in", builtin(LayerKind.INPUT))
                .add("d", builtin(LayerKind.DENSE), "in")
                .add("c", builtin(LayerKind.DENSE), "in")
                .add("b", builtin(LayerKind.DENSE), "in")
                .add("a", builtin(LayerKind.DENSE), "in")
                .add("ab", builtin(LayerKind.CONCATENATE), Node.inputs("input_a", "a", "input_b", "b"))
                .add("cd", builtin(LayerKind.CONCATENATE), Node.inputs("input_a", "c", "input_b", "d"))
                .add("deep", builtin(LayerKind.DENSE), "ab")
                .add("all", builtin(LayerKind.CONCATENATE),
                        Node.inputs("input_a", "deep", "input_b", "cd", "input_c", "in"))
                .add("out", builtin(LayerKind.OUTPUT), "all");
        Map<String, Position> p = timed(g);
        assertEquals(g.nodes().size(), p.size());
        assertNoOverlap(p);
        assertEdgesGoDown(g, p);
        assertTrue(p.get("a").x() < p.get("b").x(), "a feeds ab.input_a, b feeds ab.input_b: " + p);
        assertTrue(p.get("c").x() < p.get("d").x(), "c feeds cd.input_a, d feeds cd.input_b: " + p);
    }

    @Test
    void aStackIsOneColumnInItsOrder() {
        Spec s = SeedSpecs.irisMlp();
        Map<String, Position> p = layout.apply(s);
        List<String> names = s.nodes().stream().map(Node::name).toList();
        assertEquals(names, List.copyOf(p.keySet()));
        for (int i = 1; i < names.size(); i++) {
            assertEquals(p.get(names.get(0)).x(), p.get(names.get(i)).x(), 1e-9);
            assertTrue(p.get(names.get(i - 1)).y() + H < p.get(names.get(i)).y());
        }
    }

    @Test
    void aWireToAMissingBlockDoesNotStopTheLayout() {
        FunctionalSpec g = FunctionalSpec.named("broken")
                .add("in", builtin(LayerKind.INPUT))
                .add("d", builtin(LayerKind.DENSE), "nowhere")
                .add("out", builtin(LayerKind.OUTPUT), "d");
        Map<String, Position> p = layout.apply(g);
        assertEquals(3, p.size());
        assertNoOverlap(p);
        assertTrue(p.get("d").y() < p.get("out").y());
    }

    private Map<String, Position> timed(Spec s) {
        long t0 = System.nanoTime();
        Map<String, Position> p = layout.apply(s);
        System.out.printf("layout of %s (%d blocks): %.1f ms%n", s.name(), s.nodes().size(), (System.nanoTime() - t0) / 1e6);
        return p;
    }

    private static void assertNoOverlap(Map<String, Position> p) {
        List<String> names = List.copyOf(p.keySet());
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                Position a = p.get(names.get(i));
                Position b = p.get(names.get(j));
                boolean apart = a.x() + W <= b.x() || b.x() + W <= a.x() || a.y() + H <= b.y() || b.y() + H <= a.y();
                assertTrue(apart, names.get(i) + " " + a + " overlaps " + names.get(j) + " " + b);
            }
        }
    }

    private static void assertEdgesGoDown(Spec s, Map<String, Position> p) {
        for (Node n : s.nodes()) {
            n.inputs().values().forEach(src -> assertFalse(p.get(src).y() + H > p.get(n.name()).y(),
                    src + " " + p.get(src) + " is not above " + n.name() + " " + p.get(n.name())));
        }
    }
}
