package org.blocktune.app.editor;

import static org.blocktune.app.FxThread.startWindow;
import static org.blocktune.app.FxThread.fx;
import static org.blocktune.app.FxThread.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.blocktune.app.MainWindow;
import org.blocktune.app.common.Settings;
import org.blocktune.app.editor.model.EditorDocument;
import org.blocktune.app.editor.model.Position;
import org.blocktune.core.block.CompositeBlock;
import org.blocktune.core.block.FieldValue;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.Node;
import org.blocktune.core.spec.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The editor's gestures beyond editing blocks: composite blocks, theme, rubber band, zoom and fit. */
@ExtendWith(ApplicationExtension.class)
class EditorFlowsTest {
    private MainWindow window;
    private EditorDocument doc;

    @TempDir
    Path settings;

    @Start
    void start(Stage stage) throws Exception {
        System.setProperty(Settings.FOLDER_PROPERTY, settings.toString());
        window = startWindow(stage);
        doc = window.document();
    }

    private List<String> names() {
        return doc.spec().nodes().stream().map(Node::name).toList();
    }

    @Test
    void aCompositeMadeFromTwoSelectedLayersJoinsThePaletteAndResolvesOnTheCanvas(FxRobot robot) throws Exception {
        robot.drag("#palette-dense").dropTo("#block-output");
        robot.drag("#palette-dropout").dropTo("#block-output");
        assertEquals(List.of("input", "dense", "dropout", "output"), names());
        robot.clickOn("#block-dense");
        robot.press(KeyCode.SHIFT).clickOn("#block-dropout").release(KeyCode.SHIFT);
        assertEquals(Set.of("dense", "dropout"), Set.copyOf(doc.selection()));

        robot.clickOn("Edit").clickOn("Create Composite Block…");
        waitUntil(10, () -> robot.lookup("#compositeName").tryQuery().isPresent());
        robot.clickOn("#compositeName").write("wide_dropout");
        robot.clickOn("#expose-1-units");
        robot.doubleClickOn("#argName-1-units").eraseText(5).write("width");
        robot.doubleClickOn("#value-1-units").eraseText(5).write("48");
        robot.clickOn(dialog(robot).lookupButton(ButtonType.OK));
        waitUntil(10, () -> robot.lookup("#compositeName").tryQuery().isEmpty());

        CompositeBlock made = doc.state().composites().stream().filter(b -> b.name().equals("wide_dropout"))
                .findFirst().orElseThrow();
        assertEquals(List.of("width"), made.declared().stream().map(a -> a.name()).toList());
        assertEquals(48, made.declared().get(0).defaultValue());
        assertEquals(new FieldValue.ArgRef("width"), made.layers().get(0).fields().get("units"));

        robot.clickOn("#paletteSearch").write("wide_dropout");
        waitUntil(10, () -> robot.lookup("#palette-wide_dropout").tryQuery().isPresent());
        robot.drag("#palette-wide_dropout").dropTo("#block-output");
        assertTrue(names().contains("wide_dropout"), names().toString());
        assertInstanceOf(CompositeBlock.class, doc.spec().node("wide_dropout").orElseThrow().block());
        assertTrue(doc.resolution().ok(), doc.resolution().errorMessage());
        assertTrue(robot.lookup("#info-wide_dropout").queryAs(Label.class).getText().contains("(None, 48)"),
                robot.lookup("#info-wide_dropout").queryAs(Label.class).getText());
    }

    @Test
    void theDarkThemeDarkensTheCanvasAndTheLightThemeBringsItBack(FxRobot robot) throws Exception {
        Region canvas = robot.lookup("#canvas").queryAs(Region.class);
        double light = fx(() -> brightness(canvas));
        assertTrue(light > 0.8, "light canvas: " + light);
        robot.clickOn("View").clickOn("Dark Theme");
        waitUntil(10, () -> brightness(canvas) < 0.3);
        assertTrue(fx(() -> canvas.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("dark.css"))));
        robot.clickOn("View").clickOn("Light Theme");
        waitUntil(10, () -> brightness(canvas) > 0.8);
        assertEquals(light, fx(() -> brightness(canvas)), 1e-9);
    }

    @Test
    void aRubberBandSelectsTheBlocksInsideItAndDeleteAndUndoRemoveAndRestoreThem(FxRobot robot) throws Exception {
        robot.interact(() -> window.open(SeedSpecs.attritionTowers(), DataShape.classification(Shape.flat(44), 2)));
        Map<String, Position> before = doc.state().layout();
        Bounds a = blockOnScreen(robot, "tower_a");
        Bounds b = blockOnScreen(robot, "tower_b");
        Bounds joined = blockOnScreen(robot, "joined");
        double margin = 8;
        Point2D from = new Point2D(Math.min(a.getMinX(), b.getMinX()) - margin, a.getMinY() - margin);
        // down to the middle of 'joined': it is crossed by the band but not inside it
        Point2D to = new Point2D(Math.max(a.getMaxX(), b.getMaxX()) + margin, joined.getCenterY());
        robot.drag(from).dropTo(to);
        assertEquals(Set.of("tower_a", "tower_b"), Set.copyOf(doc.selection()));

        robot.type(KeyCode.DELETE);
        assertEquals(List.of("main_input", "joined", "output"), names());
        assertTrue(robot.lookup("#block-tower_a").tryQuery().isEmpty(), "the deleted blocks leave the canvas");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(List.of("main_input", "tower_a", "tower_b", "joined", "output"), names());
        assertEquals(before, doc.state().layout());
        assertTrue(robot.lookup("#block-tower_a").tryQuery().isPresent());
        assertTrue(doc.resolution().ok(), doc.resolution().errorMessage());
    }

    @Test
    void zoomButtonsScaleTheCanvasAndFitShowsTheWholeGraph(FxRobot robot) throws Exception {
        robot.interact(() -> window.open(SeedSpecs.attritionTowers(), DataShape.classification(Shape.flat(44), 2)));
        double z0 = drawnScale(robot);
        robot.clickOn("#zoomInButton");
        double z1 = drawnScale(robot);
        assertTrue(z1 > z0, z0 + " -> " + z1);
        robot.clickOn("#zoomOutButton").clickOn("#zoomOutButton");
        assertTrue(drawnScale(robot) < z1);
        for (int i = 0; i < 6; i++) {
            robot.clickOn("#zoomInButton");
        }
        assertFalse(allBlocksInView(robot), "zoomed in far, some of the graph is out of view");
        robot.clickOn("#fitButton");
        assertTrue(allBlocksInView(robot), "after Fit every block lies inside the canvas");
        assertTrue(drawnScale(robot) <= 1.5 + 1e-6, "Fit does not blow a small graph up: " + drawnScale(robot));
    }

    /** How large a block is drawn, relative to its size at 100 %. */
    private double drawnScale(FxRobot robot) throws Exception {
        return blockOnScreen(robot, "joined").getWidth() / EditorDocument.BLOCK_W;
    }

    private boolean allBlocksInView(FxRobot robot) throws Exception {
        Region canvas = robot.lookup("#canvas").queryAs(Region.class);
        Bounds view = fx(() -> canvas.localToScreen(canvas.getBoundsInLocal()));
        for (String n : names()) {
            Bounds b = blockOnScreen(robot, n);
            if (!view.contains(b)) {
                return false;
            }
        }
        return true;
    }

    /** The block's rectangle (without its port labels) on the screen. */
    private Bounds blockOnScreen(FxRobot robot, String name) throws Exception {
        javafx.scene.Node body = robot.lookup("#block-" + name).query().lookup(".block");
        return fx(() -> {
            Bounds s = body.localToScreen(body.getBoundsInLocal());
            return new BoundingBox(s.getMinX(), s.getMinY(), s.getWidth(), s.getHeight());
        });
    }

    private static DialogPane dialog(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    private static double brightness(Region r) {
        return ((Color) r.getBackground().getFills().get(0).getFill()).getBrightness();
    }
}
