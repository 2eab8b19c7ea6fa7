package org.blocktune.app.editor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.blocktune.app.editor.layout.LayeredLayout;
import org.blocktune.core.examples.SeedSpecs;
import org.junit.jupiter.api.Test;

class LayeredLayoutTest {

    @Test
    void towersShareALayerBetweenInputAndMerge() {
        Map<String, Position> p = new LayeredLayout(100, 50, 20, 30).apply(SeedSpecs.attritionTowers());
        assertEquals(5, p.size());
        assertEquals(p.get("tower_a").y(), p.get("tower_b").y());
        assertTrue(p.get("main_input").y() < p.get("tower_a").y());
        assertTrue(p.get("tower_a").y() < p.get("joined").y());
        assertTrue(p.get("joined").y() < p.get("output").y());
        assertTrue(Math.abs(p.get("tower_a").x() - p.get("tower_b").x()) >= 120, "no overlap");
        double mid = (p.get("tower_a").x() + p.get("tower_b").x()) / 2;
        assertEquals(mid, p.get("joined").x(), 1e-9, "single blocks are centred");
    }
}
