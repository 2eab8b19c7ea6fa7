package org.blocktune.app.editor;

import static org.blocktune.app.FxThread.startWindow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.blocktune.app.MainWindow;
import org.blocktune.app.editor.model.EditorDocument;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.FunctionalSpec;
import org.blocktune.core.spec.Node;
import org.blocktune.core.spec.Problem;
import org.blocktune.core.spec.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class GraphEditorTest {
    private Stage stage;
    private MainWindow window;
    private EditorDocument doc;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = startWindow(stage);
        doc = window.document();
    }

    private List<String> names() {
        return doc.spec().nodes().stream().map(Node::name).toList();
    }

    @Test
    void dragFromPaletteInsertsIntoTheStackAndUndoRedoIsNamed(FxRobot robot) {
        assertEquals(List.of("input", "output"), names());
        robot.drag("#palette-dense").dropTo("#canvas");
        assertEquals(List.of("input", "dense", "output"), names());
        assertTrue(stage.getTitle().endsWith("*"), stage.getTitle());
        assertTrue(robot.lookup("#info-dense").queryAs(Label.class).getText().contains("(None, 32)"));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(List.of("input", "output"), names());
        assertEquals("Redo Add dense", doc.redoName().map(n -> "Redo " + n).orElseThrow());
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertEquals(List.of("input", "dense", "output"), names());
    }

    @Test
    void setAnArgumentAndMarkItTunedThenSeeAShapeErrorAppearAndDisappear(FxRobot robot) {
        robot.interact(() -> window.open(SeedSpecs.irisMlp(), DataShape.classification(Shape.flat(4), 3)));
        robot.clickOn("#block-dense");
        robot.doubleClickOn("#arg-dense_units").eraseText(3).write("-5");
        String problem = robot.lookup("#problem-dense_units").queryAs(Label.class).getText();
        assertFalse(problem.isEmpty(), "typing an impossible value shows a message at once");
        robot.type(KeyCode.ENTER);
        assertEquals(10, doc.value("dense_units"), "the impossible value is refused");
        robot.doubleClickOn("#arg-dense_units").eraseText(3).write("24").type(KeyCode.ENTER);
        assertEquals(24, doc.value("dense_units"));
        assertTrue(robot.lookup("#info-dense").queryAs(Label.class).getText().contains("(None, 24)"));
        robot.clickOn("#tune-dense_units");
        assertTrue(doc.tuned("dense_units"));
        assertTrue(robot.lookup("#tune-dense_units").queryAs(CheckBox.class).isSelected());

        // a conv2d in a flat stack: shape error, the block is marked and the problem selects it
        robot.drag("#palette-conv2d").dropTo("#block-output");
        assertTrue(names().contains("conv2d"), names().toString());
        assertFalse(doc.resolution().ok());
        assertTrue(robot.lookup("#block-conv2d").query().lookup(".invalid") != null);
        // the blocks upstream of the fault keep their shapes and parameters; the rest are unknown
        assertEquals("(None, 4) · 0 p", info(robot, "input"));
        assertEquals("(None, 24) · 120 p", info(robot, "dense"));
        assertEquals("shape ?", info(robot, "conv2d"));
        assertEquals("shape ?", info(robot, "output"));
        assertEquals("≥ 120 params (partial: 1 error)", robot.lookup("#paramTotal").queryAs(Label.class).getText());
        assertTrue(window.statusBar().getText().contains("≥ 120 parameters (partial: 1 error)"),
                window.statusBar().getText());
        ListView<Problem> problems = robot.lookup("#problems").queryListView();
        assertFalse(problems.getItems().isEmpty());
        robot.clickOn("#block-input");
        robot.clickOn(problems.lookup(".list-cell"));
        assertEquals(List.of("conv2d"), List.copyOf(doc.selection()));
        robot.type(KeyCode.DELETE);
        assertTrue(doc.resolution().ok(), doc.resolution().errorMessage());
        assertTrue(problems.getItems().isEmpty());
        assertEquals("(None, 3) · 75 p", info(robot, "output"));
        assertEquals("195 params", robot.lookup("#paramTotal").queryAs(Label.class).getText());
    }

    private static String info(FxRobot robot, String block) {
        return robot.lookup("#info-" + block).queryAs(Label.class).getText();
    }

    @Test
    void wireTwoTowersIntoAConcatenateByDraggingPorts(FxRobot robot) {
        FunctionalSpec g = FunctionalSpec.named("towers")
                .add("main_input", org.blocktune.core.block.BlockCatalogue.builtin(
                        org.blocktune.core.block.LayerKind.INPUT))
                .add("output", org.blocktune.core.block.BlockCatalogue.builtin(
                        org.blocktune.core.block.LayerKind.OUTPUT));
        robot.interact(() -> window.open(g, DataShape.classification(Shape.flat(44), 2)));
        robot.drag("#palette-dense").dropTo("#canvas");
        robot.interact(() -> doc.rename("dense", "tower_a"));
        robot.drag("#palette-dense").dropTo("#canvas");
        robot.interact(() -> doc.rename("dense", "tower_b"));
        robot.drag("#palette-concatenate").dropTo("#canvas");
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        robot.drag("#out-main_input").dropTo("#in-tower_a-input");
        robot.drag("#out-main_input").dropTo("#in-tower_b-input");
        robot.drag("#out-tower_a").dropTo("#in-concatenate-input_a");
        robot.drag("#out-tower_b").dropTo("#in-concatenate-input_b");
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        robot.drag("#out-concatenate").dropTo("#in-output-input");
        Node concat = doc.spec().node("concatenate").orElseThrow();
        assertEquals(java.util.Map.of("input_a", "tower_a", "input_b", "tower_b"), concat.inputs());
        assertTrue(doc.resolution().ok(), doc.resolution().errorMessage());
        assertTrue(robot.lookup("#info-concatenate").queryAs(Label.class).getText().contains("(None, 64)"));
        assertTrue(robot.lookup("#edgelabel-concatenate-input_a").queryAs(Label.class).getText()
                .startsWith("input_a"));
        // delete an edge: click its label, press Delete
        robot.clickOn("#edgelabel-concatenate-input_b").type(KeyCode.DELETE);
        assertFalse(doc.resolution().ok());
        assertEquals("Disconnect concatenate.input_b", doc.undoName().orElseThrow());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertTrue(doc.resolution().ok());
    }

    @Test
    void mergePortLabelsDoNotRunIntoTheNextPort(FxRobot robot) {
        robot.interact(() -> window.open(SeedSpecs.attritionTowers(), DataShape.classification(Shape.flat(44), 2)));
        List<String> ports = List.of("input_a", "input_b", "input_c");
        for (int i = 0; i < ports.size(); i++) {
            javafx.scene.text.Text label = robot.lookup("#portlabel-joined-" + ports.get(i))
                    .queryAs(javafx.scene.text.Text.class);
            assertFalse(label.getText().isEmpty());
            assertTrue(ports.get(i).endsWith(label.getText()) || label.getText().equals(ports.get(i)),
                    label.getText());
            if (i + 1 < ports.size()) {
                javafx.scene.Node next = robot.lookup("#in-joined-" + ports.get(i + 1)).query();
                assertFalse(label.getBoundsInParent().intersects(next.getBoundsInParent()),
                        ports.get(i) + " label " + label.getBoundsInParent() + " runs into the next port "
                                + next.getBoundsInParent());
            }
        }
    }

    @Test
    void movingABlockIsOneUndoStep(FxRobot robot) {
        robot.interact(() -> window.open(SeedSpecs.attritionTowers(), DataShape.classification(Shape.flat(44), 2)));
        double x0 = doc.state().layout().get("tower_a").x();
        robot.drag("#block-tower_a").moveBy(40, 0).moveBy(40, 10).drop();
        assertEquals("Move block", doc.undoName().orElseThrow());
        assertTrue(doc.state().layout().get("tower_a").x() > x0 + 50);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(x0, doc.state().layout().get("tower_a").x(), 1e-9);
    }

    @Test
    void saveAndReopenPutsBackTheGraphAndPositions(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(() -> window.open(SeedSpecs.attritionTowers(), DataShape.classification(Shape.flat(44), 2)));
        robot.drag("#block-tower_b").moveBy(60, 30).drop();
        robot.interact(() -> doc.setTuned("tower_a_units", true));
        Path file = dir.resolve("towers.blocktune.json");
        robot.interact(() -> assertTrue(window.saveTo(file)));
        assertFalse(stage.getTitle().contains("*"), stage.getTitle());
        var saved = doc.state();
        robot.drag("#block-tower_a").moveBy(80, 0).drop();
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL); // saves to the same file
        var resaved = doc.state();
        assertFalse(stage.getTitle().contains("*"));
        robot.interact(() -> window.open(SeedSpecs.irisMlp(), DataShape.classification(Shape.flat(4), 3)));
        robot.interact(() -> assertTrue(window.openFile(file)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(resaved, doc.state());
        assertFalse(saved.equals(doc.state()));
        assertTrue(Files.readString(file).contains("\"format\" : \"blocktune-project\""));
    }

    /** A point a quarter along a wire's line (away from its label), in screen coordinates. */
    private static javafx.geometry.Point2D onWire(FxRobot robot, String id) {
        javafx.scene.shape.CubicCurve c = (javafx.scene.shape.CubicCurve) robot.lookup(id).queryAs(javafx.scene.Group.class)
                .getChildren().stream().filter(n -> n.getStyleClass().contains("edge")).findFirst().orElseThrow();
        double t = 0.25;
        double u = 1 - t;
        double x = u * u * u * c.getStartX() + 3 * u * u * t * c.getControlX1() + 3 * u * t * t * c.getControlX2()
                + t * t * t * c.getEndX();
        double y = u * u * u * c.getStartY() + 3 * u * u * t * c.getControlY1() + 3 * u * t * t * c.getControlY2()
                + t * t * t * c.getEndY();
        return c.localToScreen(x, y);
    }

    @Test
    void wiresAreSelectedByTheirLineAndBlocksAndWiresHaveContextMenusAndShowTunedArguments(FxRobot robot) {
        FunctionalSpec g = FunctionalSpec.named("small")
                .add("main_input", org.blocktune.core.block.BlockCatalogue.builtin(org.blocktune.core.block.LayerKind.INPUT))
                .add("hidden", org.blocktune.core.block.BlockCatalogue.builtin(org.blocktune.core.block.LayerKind.DENSE),
                        "main_input")
                .add("output", org.blocktune.core.block.BlockCatalogue.builtin(org.blocktune.core.block.LayerKind.OUTPUT),
                        "hidden");
        robot.interact(() -> window.open(g, DataShape.classification(Shape.flat(4), 3)));
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        assertTrue(doc.resolution().ok(), doc.resolution().errorMessage());

        // a click on the line itself (not its label) selects the wire; Delete disconnects it
        robot.clickOn(onWire(robot, "#edge-hidden-output-input")).type(KeyCode.DELETE);
        assertEquals("Disconnect output.input", doc.undoName().orElseThrow());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertTrue(doc.resolution().ok());

        // right-click on a wire: Delete wire
        robot.rightClickOn(onWire(robot, "#edge-main_input-hidden-input"));
        robot.clickOn("Delete wire");
        assertEquals("Disconnect hidden.input", doc.undoName().orElseThrow());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);

        // right-click on a block: Duplicate, Delete (and Rename…)
        robot.rightClickOn("#block-hidden");
        robot.clickOn("Duplicate");
        assertEquals(4, doc.spec().nodes().size(), names().toString());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.rightClickOn("#block-hidden");
        assertTrue(robot.lookup("Rename…").tryQuery().isPresent(), "the block menu offers Rename…");
        robot.clickOn("Delete");
        assertFalse(names().contains("hidden"), names().toString());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);

        // the block says which of its arguments are tuned
        assertEquals("dense", robot.lookup("#type-hidden").queryAs(Label.class).getText());
        robot.interact(() -> {
            doc.setTuned("hidden_units", true);
            doc.setTuned("num_hidden", true);
        });
        assertEquals("dense · tune: num, units", robot.lookup("#type-hidden").queryAs(Label.class).getText());
    }
}
