package org.blocktune.app.editor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.blocktune.core.block.BlockCatalogue;
import org.blocktune.core.block.LayerKind;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.FunctionalSpec;
import org.blocktune.core.spec.Node;
import org.blocktune.core.spec.Shape;
import org.junit.jupiter.api.Test;

class EditorDocumentTest {
    private static final DataShape IRIS = DataShape.classification(Shape.flat(4), 3);

    private static EditorDocument iris() {
        return new EditorDocument(DocState.of(SeedSpecs.irisMlp()), IRIS);
    }

    private static List<String> names(EditorDocument d) {
        return d.spec().nodes().stream().map(Node::name).toList();
    }

    @Test
    void addingABlockInsertsItBeforeTheOutputAndUndoRemovesIt() {
        EditorDocument d = iris();
        assertFalse(d.dirty());
        d.addBlock(BlockCatalogue.builtin(LayerKind.DROPOUT), null, -1);
        assertEquals(List.of("input", "dense", "dropout", "output"), names(d));
        assertTrue(d.dirty());
        assertEquals("Add dropout", d.undoName().orElseThrow());
        d.undo();
        assertEquals(List.of("input", "dense", "output"), names(d));
        assertFalse(d.dirty());
        assertEquals("Add dropout", d.redoName().orElseThrow());
        d.redo();
        assertEquals(List.of("input", "dense", "dropout", "output"), names(d));
    }

    @Test
    void shapesAndParamsComeFromTheResolver() {
        EditorDocument d = iris();
        assertTrue(d.resolution().ok(), d.resolution().errorMessage());
        assertEquals(Shape.flat(10), d.feedback("dense").output());
        assertEquals(4 * 10 + 10, d.feedback("dense").params());
        assertEquals(Shape.flat(3), d.feedback("output").output());
    }

    @Test
    void withAnErrorDownstreamTheBlocksUpstreamKeepTheirShapes() {
        EditorDocument d = iris();
        d.addBlock(BlockCatalogue.builtin(LayerKind.CONV2D), null, -1);
        assertFalse(d.resolution().ok());
        assertEquals(Shape.flat(10), d.feedback("dense").output());
        assertEquals(4 * 10 + 10, d.feedback("dense").params());
        assertNull(d.feedback("conv2d").output());
        assertNull(d.feedback("output").output());
        assertTrue(d.feedback("conv2d").invalid());
    }

    @Test
    void movingABlockKeepsTheResolutionAndAnEditReplacesIt() {
        EditorDocument d = new EditorDocument(DocState.of(SeedSpecs.attritionTowers()),
                DataShape.classification(Shape.flat(44), 2));
        var before = d.resolution();
        d.moveBlocks(Map.of("tower_a", new Position(500, 20)));
        assertEquals(new Position(500, 20), d.state().layout().get("tower_a"));
        org.junit.jupiter.api.Assertions.assertSame(before, d.resolution(), "a move does not re-resolve the spec");
        d.setValue("tower_a_units", 8);
        assertEquals(Shape.flat(8), d.feedback("tower_a").output());
        d.undo();
        assertEquals(Shape.flat(64), d.feedback("tower_a").output());
    }

    @Test
    void settingAValueChecksItAndRefusesImpossibleOnes() {
        EditorDocument d = iris();
        assertTrue(d.setValue("dense_units", "-3").isPresent());
        assertFalse(d.dirty(), "a refused value is not an edit");
        assertTrue(d.setValue("dense_units", "20").isEmpty());
        assertEquals(20, d.value("dense_units"));
        assertEquals(4 * 20 + 20, d.feedback("dense").params());
        assertEquals("Set dense_units", d.undoName().orElseThrow());
        d.undo();
        assertEquals(10, d.value("dense_units"));
    }

    @Test
    void tuneMarksAreUndoableAndFollowRenames() {
        EditorDocument d = iris();
        d.setTuned("dense_units", true);
        d.setValue("dense_units", 12);
        assertTrue(d.rename("dense", "hidden").isEmpty());
        assertTrue(d.tuned("hidden_units"));
        assertEquals(12, d.value("hidden_units"));
        assertTrue(d.rename("hidden", "input").isPresent(), "clash is refused");
        assertTrue(d.rename("hidden", "2bad").isPresent(), "non-identifier is refused");
        d.undo();
        assertTrue(d.tuned("dense_units"));
    }

    @Test
    void aDragIsOneStepAndDeletingRemovesWiresValuesAndTuneMarks() {
        EditorDocument d = new EditorDocument(DocState.of(SeedSpecs.attritionTowers()),
                DataShape.classification(Shape.flat(44), 2));
        assertTrue(d.resolution().ok(), d.resolution().errorMessage());
        assertNotNull(d.state().layout().get("tower_a"), "an opened graph without positions is laid out");
        Position before = d.state().layout().get("tower_a");
        d.moveBlocks(Map.of("tower_a", before.plus(100, 5), "tower_b", new Position(0, 0)));
        assertEquals("Move blocks", d.undoName().orElseThrow());
        d.undo();
        assertEquals(before, d.state().layout().get("tower_a"));

        d.setTuned("tower_a_units", true);
        d.select(List.of("tower_a"), false);
        d.deleteSelection();
        assertFalse(d.tuned("tower_a_units"));
        assertFalse(d.spec().node("joined").orElseThrow().inputs().containsValue("tower_a"));
        assertFalse(d.resolution().ok(), "the concatenate has only one input left");
        assertTrue(d.feedback("joined").invalid());
        d.undo();
        assertTrue(d.resolution().ok());
    }

    @Test
    void wiringTwoTowersIntoAConcatenate() {
        FunctionalSpec g = FunctionalSpec.named("g")
                .add("main_input", BlockCatalogue.builtin(LayerKind.INPUT))
                .add("a", BlockCatalogue.builtin(LayerKind.DENSE), "main_input")
                .add("b", BlockCatalogue.builtin(LayerKind.DENSE), "main_input")
                .add("joined", BlockCatalogue.builtin(LayerKind.CONCATENATE))
                .add("output", BlockCatalogue.builtin(LayerKind.OUTPUT), "joined");
        EditorDocument d = new EditorDocument(DocState.of(g), IRIS);
        assertTrue(d.feedback("joined").invalid());
        Node joined = d.spec().node("joined").orElseThrow();
        assertEquals(List.of("input_a"), SpecEdits.ports(joined));
        d.connect("a", "joined", "input_a");
        assertEquals(List.of("input_a", "input_b"), SpecEdits.ports(d.spec().node("joined").orElseThrow()));
        d.connect("b", "joined", "input_b");
        assertTrue(d.resolution().ok(), d.resolution().errorMessage());
        assertEquals(Shape.flat(64), d.feedback("joined").output());
        d.disconnect("joined", "input_b");
        assertFalse(d.resolution().ok());
    }

    @Test
    void aShapeErrorAppearsAndDisappears() {
        EditorDocument d = iris();
        d.addBlock(BlockCatalogue.builtin(LayerKind.CONV2D), null, 2);
        assertFalse(d.resolution().ok());
        assertTrue(d.feedback("conv2d").invalid(), d.resolution().problems().toString());
        assertEquals("conv2d", d.blockOf(d.resolution().errors().get(0)).orElseThrow());
        d.undo();
        assertTrue(d.resolution().ok());
        assertNull(d.state().values().get("num_conv2d"));
    }

    @Test
    void reorderCopyPasteAndDuplicate() {
        EditorDocument d = iris();
        d.addBlock(BlockCatalogue.builtin(LayerKind.DROPOUT), null, -1);
        d.reorder("dropout", 1);
        assertEquals(List.of("input", "dropout", "dense", "output"), names(d));
        d.setValue("dense_units", 7);
        d.select(List.of("dense"), false);
        d.duplicate();
        assertTrue(names(d).contains("dense_2"));
        assertEquals(7, d.value("dense_2_units"));
        assertEquals(List.of("dense_2"), List.copyOf(d.selection()));
        assertEquals("Paste block", d.undoName().orElseThrow());
    }

    @Test
    void newEditsDropTheRedoTailAndSavedPointTracksDirtiness() {
        EditorDocument d = iris();
        d.setValue("dense_units", 11);
        d.saved(java.nio.file.Path.of("x.json"));
        assertFalse(d.dirty());
        d.undo();
        assertTrue(d.dirty());
        d.setValue("dense_units", 13);
        assertTrue(d.redoName().isEmpty());
        assertTrue(d.dirty());
    }
}
