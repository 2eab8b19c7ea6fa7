package org.blocktune.app.editor;

import static org.blocktune.app.FxThread.fx;
import static org.blocktune.app.FxThread.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.blocktune.app.FxThread;
import org.blocktune.app.MainWindow;
import org.blocktune.app.editor.model.EditorDocument;
import org.blocktune.core.block.Block;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The model editor from the keyboard alone: palette, canvas, inspector, wiring, moving, menus, renaming. */
@ExtendWith(ApplicationExtension.class)
class KeyboardEditorTest {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = FxThread.startWindow(stage);
    }

    private String focusId() throws Exception {
        return fx(() -> {
            Node f = stage.getScene().getFocusOwner();
            return f == null ? null : f.getId();
        });
    }

    /** Presses Tab until the control with {@code id} has the focus (it must be reachable by Tab). */
    private void tabTo(FxRobot robot, String id) throws Exception {
        for (int i = 0; i < 80 && !id.equals(focusId()); i++) {
            robot.type(KeyCode.TAB);
        }
        assertEquals(id, focusId(), "Tab reaches #" + id);
    }

    /** Moves the palette's choice with the arrow keys until {@code block} is chosen. */
    private void choose(FxRobot robot, String block) throws Exception {
        ListView<Block> palette = robot.lookup("#palette").queryListView();
        robot.type(KeyCode.HOME);
        for (int i = 0; i < 40 && !block.equals(fx(() -> palette.getSelectionModel().getSelectedItem().name())); i++) {
            robot.type(KeyCode.DOWN);
        }
        assertEquals(block, fx(() -> palette.getSelectionModel().getSelectedItem().name()));
    }

    private EditorDocument doc() {
        return window.document();
    }

    private List<String> names() throws Exception {
        return fx(() -> doc().spec().nodes().stream().map(org.blocktune.core.spec.Node::name).toList());
    }

    @Test
    void irisModelBuiltWithKeysAloneHasTheRightGraphAndACleanDryRun(FxRobot robot) throws Exception {
        assertEquals(List.of("input", "output"), names());
        tabTo(robot, "canvas");
        robot.type(KeyCode.HOME);
        assertEquals(Set.of("input"), fx(() -> doc().selection()));
        robot.type(KeyCode.INSERT); // to the palette
        assertEquals("palette", focusId());
        choose(robot, "dense");
        robot.type(KeyCode.ENTER);
        choose(robot, "dropout");
        robot.type(KeyCode.ENTER);
        assertEquals(List.of("input", "dense", "dropout", "output"), names());
        assertEquals(Set.of("dropout"), fx(() -> doc().selection()), "the new block is selected");

        tabTo(robot, "canvas");
        robot.type(KeyCode.HOME).type(KeyCode.DOWN);
        assertEquals(Set.of("dense"), fx(() -> doc().selection()));
        robot.type(KeyCode.ENTER); // into the inspector
        assertEquals("blockName", focusId());
        tabTo(robot, "tune-dense_units");
        robot.type(KeyCode.SPACE);
        assertTrue(fx(() -> doc().tuned("dense_units")), "units marked tune from the keyboard");
        robot.type(KeyCode.ESCAPE);
        assertEquals("canvas", focusId(), "Escape returns to the canvas");
        assertEquals(Set.of("dense_units"), fx(() -> doc().state().tuned()));
        assertTrue(fx(() -> doc().resolution().ok()), () -> "the model resolves: " + doc().resolution().problems());

        // the dry run (its buttons reached by Tab as well)
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        tabTo(robot, "loadIrisForDryRun");
        robot.type(KeyCode.SPACE);
        waitUntil(60, () -> window.workbench().dataShape() != null);
        waitUntil(10, () -> !robot.lookup("#runDryRun").queryButton().isDisabled());
        tabTo(robot, "runDryRun");
        robot.type(KeyCode.SPACE);
        waitUntil(180, () -> robot.lookup("#dryRunHeadline").queryLabeled().getText().contains("compiled"));
        String headline = fx(() -> robot.lookup("#dryRunHeadline").queryLabeled().getText());
        assertTrue(headline.matches("All \\d+ models compiled successfully\\."), headline);
        assertEquals(List.of("input", "dense", "dropout", "output"), names(), "the dry run left the model alone");
    }

    @Test
    void aGraphIsWiredMovedAndEditedFromTheKeyboard(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.N).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertTrue(fx(() -> doc().functional()), "Ctrl+Shift+N made a functional model");
        tabTo(robot, "canvas");
        robot.type(KeyCode.HOME).type(KeyCode.INSERT);
        choose(robot, "dense");
        robot.type(KeyCode.ENTER);
        assertEquals("input", fx(() -> doc().spec().node("dense").orElseThrow().inputs().get("input")),
                "the new block is wired after the selected one");
        assertTrue(fx(() -> doc().state().layout().get("dense").y() > doc().state().layout().get("input").y()),
                "and placed below it");

        tabTo(robot, "canvas");
        assertEquals(Set.of("dense"), fx(() -> doc().selection()));
        robot.type(KeyCode.C); // Connect to…: the only port left is output's
        waitUntil(5, () -> robot.lookup("#connectChoices").tryQuery().isPresent());
        ListView<String> choices = robot.lookup("#connectChoices").queryListView();
        assertEquals(List.of("output · input (now reads input)"), fx(() -> List.copyOf(choices.getItems())));
        robot.type(KeyCode.ENTER);
        waitUntil(5, () -> "dense".equals(doc().spec().node("output").orElseThrow().inputs().get("input")));
        assertEquals("canvas", focusId());

        robot.type(KeyCode.W).type(KeyCode.W); // the wires of dense, in the graph's order
        assertTrue(fx(() -> robotMessage().contains("Wire input → dense.input selected")), fx(this::robotMessage));
        robot.type(KeyCode.DELETE);
        assertTrue(fx(() -> doc().spec().node("dense").orElseThrow().inputs().isEmpty()), "Delete removed the wire");
        assertEquals("dense", fx(() -> doc().spec().node("output").orElseThrow().inputs().get("input")),
                "and only that wire");
        assertEquals(List.of("input", "output", "dense"), names(), "and no block");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals("input", fx(() -> doc().spec().node("dense").orElseThrow().inputs().get("input")));

        double x = fx(() -> doc().state().layout().get("dense").x());
        robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
        assertEquals(x + 20, fx(() -> doc().state().layout().get("dense").x()), 1e-9, "Alt+Right moves the block");
        assertEquals("Move block", fx(() -> doc().undoName().orElse("")));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(x, fx(() -> doc().state().layout().get("dense").x()), 1e-9, "and the move undoes");

        robot.press(KeyCode.SHIFT).type(KeyCode.F10).release(KeyCode.SHIFT);
        waitUntil(5, () -> Window.getWindows().stream().anyMatch(w -> w instanceof ContextMenu c && c.isShowing()));
        assertTrue(fx(() -> Window.getWindows().stream().filter(w -> w instanceof ContextMenu).map(w -> (ContextMenu) w)
                .filter(ContextMenu::isShowing).anyMatch(c -> c.getItems().stream()
                        .anyMatch(i -> "Connect to…".equals(i.getText())))), "Shift+F10 opened the block's menu");
        robot.type(KeyCode.ESCAPE);
        waitUntil(5, () -> Window.getWindows().stream().noneMatch(w -> w instanceof ContextMenu c && c.isShowing()));

        assertEquals("canvas", focusId(), "closing the menu gives the canvas its focus back");
        robot.type(KeyCode.F2);
        waitUntil(5, () -> robot.lookup("#renameBlockDialog").tryQuery().isPresent());
        assertEquals("dense", fx(() -> robot.lookup("#renameBlockDialog .text-field").queryTextInputControl()
                .getText()), "F2 renames the selected block");
        // (TestFX's write() does not reach dialogs on Monocle; the name is set as NewcomerDetailsTest does)
        robot.interact(() -> robot.lookup("#renameBlockDialog .text-field").queryTextInputControl().setText("hidden"));
        robot.type(KeyCode.ENTER);
        waitUntil(5, () -> names().contains("hidden"));
        assertEquals("hidden", fx(() -> doc().spec().node("output").orElseThrow().inputs().get("input")),
                "the wire follows the renamed block");
    }

    @Test
    void alternativeArrowsReorderAStackAndTheSelectedBlockShowsAFocusRing(FxRobot robot) throws Exception {
        tabTo(robot, "canvas");
        robot.type(KeyCode.HOME).type(KeyCode.INSERT);
        choose(robot, "dense");
        robot.type(KeyCode.ENTER);
        choose(robot, "dropout");
        robot.type(KeyCode.ENTER);
        tabTo(robot, "canvas");
        assertEquals(Set.of("dropout"), fx(() -> doc().selection()));
        double focused = ringWidth("dropout");
        robot.press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
        assertEquals(List.of("input", "dropout", "dense", "output"), names(), "Alt+Up moved dropout up");
        assertEquals(Set.of("dropout"), fx(() -> doc().selection()), "and kept it selected");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(List.of("input", "dense", "dropout", "output"), names());
        robot.type(KeyCode.DOWN);
        assertEquals(Set.of("output"), fx(() -> doc().selection()));
        robot.type(KeyCode.DELETE);
        assertFalse(names().contains("output"), "Delete removed the selected block");

        robot.type(KeyCode.UP);
        double focusedNow = ringWidth("dropout");
        robot.type(KeyCode.TAB); // the canvas loses the focus: the selection stays, the ring goes
        assertFalse("canvas".equals(focusId()));
        double unfocused = ringWidth("dropout");
        assertTrue(focused > unfocused && focusedNow > unfocused,
                "focused ring " + focused + " is thicker than the plain selection " + unfocused);
    }

    private String robotMessage() {
        return window.editor().canvas().message();
    }

    /** The border width of a block's body (the selection mark, thicker while the canvas has the focus). */
    private double ringWidth(String block) throws Exception {
        return fx(() -> {
            Node v = window.editor().canvas().blockNode(block);
            v.getScene().getRoot().applyCss();
            Region body = (Region) ((Group) v).getChildren().get(0);
            return body.getBorder().getStrokes().get(0).getWidths().getTop();
        });
    }
}
