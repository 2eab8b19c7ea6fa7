package org.blocktune.app.editor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import org.blocktune.app.editor.io.EditorProject;
import org.blocktune.app.editor.io.ProjectCodec;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.Shape;
import org.junit.jupiter.api.Test;

class ProjectCodecTest {

    @Test
    void roundTripsSpecPositionsValuesTuneMarksCompositesAndData() throws IOException {
        EditorDocument d = new EditorDocument(DocState.of(SeedSpecs.attritionTowers()),
                DataShape.classification(Shape.flat(44), 2));
        d.moveBlocks(java.util.Map.of("tower_a", new Position(12.5, 300.25)));
        d.setValue("tower_b_dropout", 0.25);
        d.setValue("fit_epochs", 7);
        d.setTuned("tower_a_units", true);
        EditorProject p = new EditorProject(d.state(), d.data());
        EditorProject back = ProjectCodec.fromJson(ProjectCodec.toJson(p));
        assertEquals(p, back);
        assertEquals(List.of("dense_block"), back.state().composites().stream().map(b -> b.name()).toList());
    }

    @Test
    void refusesOtherFilesAndUnknownBlocks() {
        assertThrows(IOException.class, () -> ProjectCodec.fromJson("{\"format\":\"other\"}"));
        assertThrows(IOException.class, () -> ProjectCodec.fromJson("{\"format\":\"blocktune-editor\",\"version\":1,"
                + "\"name\":\"m\",\"kind\":\"sequential\",\"nodes\":[{\"name\":\"a\",\"block\":\"nope\"}]}"));
    }
}
