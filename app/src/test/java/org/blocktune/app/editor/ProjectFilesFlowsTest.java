package org.blocktune.app.editor;

import static org.blocktune.app.FxThread.startWindow;
import static org.blocktune.app.FxThread.fx;
import static org.blocktune.app.FxThread.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.layout.Region;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.blocktune.app.MainWindow;
import org.blocktune.app.common.Settings;
import org.blocktune.app.editor.model.EditorDocument;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.Node;
import org.blocktune.core.spec.Shape;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** New, Open Recent and closing the window with unsaved changes; the recent files list. */
@ExtendWith(ApplicationExtension.class)
class ProjectFilesFlowsTest {
    private Stage stage;
    private MainWindow window;
    private EditorDocument doc;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        System.setProperty(Settings.FOLDER_PROPERTY, dir.resolve("settings").toString());
        window = startWindow(stage);
        doc = window.document();
    }

    private List<String> names() {
        return doc.spec().nodes().stream().map(Node::name).toList();
    }

    /** Opens the towers example and saves it to a file, then moves a block: dirty, with a file to save to. */
    private Path savedTowersWithAnEdit(FxRobot robot, String fileName) {
        robot.interact(() -> window.open(SeedSpecs.attritionTowers(), DataShape.classification(Shape.flat(44), 2)));
        Path file = dir.resolve(fileName);
        robot.interact(() -> assertTrue(window.saveTo(file)));
        robot.drag("#block-tower_b").moveBy(70, 20).drop();
        assertTrue(doc.dirty());
        return file;
    }

    @Test
    void newWithUnsavedChangesCancelKeepsTheGraphAndDontSaveDiscardsIt(FxRobot robot) throws Exception {
        Path file = savedTowersWithAnEdit(robot, "towers.blocktune.json");
        String onDisk = Files.readString(file);
        var edited = doc.state();

        robot.clickOn("File").clickOn("New Sequential Model");
        answer(robot, "Cancel");
        assertEquals(edited, doc.state(), "Cancel keeps the graph and its edits");
        assertTrue(doc.dirty());
        assertTrue(stage.getTitle().contains(" *"), stage.getTitle());

        robot.clickOn("File").clickOn("New Sequential Model");
        answer(robot, "Don't Save");
        assertEquals(List.of("input", "output"), names(), "a new model");
        assertFalse(doc.dirty());
        assertEquals(onDisk, Files.readString(file), "the file keeps what was saved");
    }

    @Test
    void openRecentWithUnsavedChangesSaveWritesTheEditThenOpens(FxRobot robot) throws Exception {
        Path other = dir.resolve("iris.blocktune.json");
        robot.interact(() -> window.open(SeedSpecs.irisMlp(), DataShape.classification(Shape.flat(4), 3)));
        robot.interact(() -> assertTrue(window.saveTo(other)));
        Path file = savedTowersWithAnEdit(robot, "towers.blocktune.json");
        double movedX = doc.state().layout().get("tower_b").x();

        robot.clickOn("File").clickOn("Open Recent").clickOn(other.toString());
        answer(robot, "Save");
        waitUntil(10, () -> doc.spec().name().equals("iris_mlp"));
        assertFalse(doc.dirty());
        assertTrue(stage.getTitle().contains("iris.blocktune.json"), stage.getTitle());

        robot.interact(() -> assertTrue(window.openFile(file)));
        assertEquals(movedX, doc.state().layout().get("tower_b").x(), 1e-9, "Save wrote the moved block");
    }

    @Test
    void closingTheWindowWithUnsavedChangesAsksFirst(FxRobot robot) throws Exception {
        savedTowersWithAnEdit(robot, "towers.blocktune.json");
        var edited = doc.state();

        CompletableFuture<Boolean> stays = requestClose();
        answer(robot, "Cancel");
        assertTrue(stays.get(20, TimeUnit.SECONDS), "Cancel keeps the window open");
        assertEquals(edited, doc.state());
        assertTrue(stage.isShowing());

        stays = requestClose();
        answer(robot, "Don't Save");
        assertFalse(stays.get(20, TimeUnit.SECONDS), "Don't Save lets the window close");
    }

    @Test
    void openRecentListsSavedProjectsNewestFirstAndDropsOneThatIsGone(FxRobot robot) throws Exception {
        Path first = dir.resolve("first.blocktune.json");
        Path second = dir.resolve("second.blocktune.json");
        robot.interact(() -> window.open(SeedSpecs.irisMlp(), DataShape.classification(Shape.flat(4), 3)));
        robot.interact(() -> assertTrue(window.saveTo(first)));
        robot.interact(() -> window.open(SeedSpecs.attritionTowers(), DataShape.classification(Shape.flat(44), 2)));
        robot.interact(() -> assertTrue(window.saveTo(second)));
        assertEquals(List.of(second.toString(), first.toString()), recentEntries(robot));

        robot.clickOn("File").clickOn("Open Recent").clickOn(first.toString());
        waitUntil(10, () -> doc.spec().name().equals("iris_mlp"));
        assertTrue(stage.getTitle().contains("first.blocktune.json"), stage.getTitle());
        assertEquals(List.of(first.toString(), second.toString()), recentEntries(robot), "opening moves it to the top");

        Files.delete(second);
        robot.clickOn("File").clickOn("Open Recent").clickOn(second.toString());
        String status = robot.lookup("#status").queryAs(StatusBar.class).getText();
        assertTrue(status.contains("second.blocktune.json no longer exists"), status);
        assertEquals(List.of(first.toString()), recentEntries(robot));
        assertEquals("iris_mlp", doc.spec().name(), "the open model stays");
        assertEquals(List.of(first.toAbsolutePath()), new RecentFiles().list(), "the kept list forgets it too");
    }

    @Test
    void anOpenedFileIsShownWhole(FxRobot robot) throws Exception {
        Path file = savedTowersWithAnEdit(robot, "towers.blocktune.json");
        robot.interact(() -> assertTrue(window.saveTo(file)));
        for (int i = 0; i < 6; i++) {
            robot.clickOn("#zoomInButton");
        }
        assertFalse(allBlocksInView(robot), "zoomed in far, some of the graph is out of view");
        robot.clickOn("File").clickOn("Open Recent").clickOn(file.toString());
        assertTrue(allBlocksInView(robot), "opening a file shows all of it");
    }

    private boolean allBlocksInView(FxRobot robot) throws Exception {
        Region canvas = robot.lookup("#canvas").queryAs(Region.class);
        return fx(() -> {
            Bounds view = canvas.localToScreen(canvas.getBoundsInLocal());
            for (String n : names()) {
                javafx.scene.Node body = robot.lookup("#block-" + n).query().lookup(".block");
                if (!view.contains(body.localToScreen(body.getBoundsInLocal()))) {
                    return false;
                }
            }
            return true;
        });
    }

    private List<String> recentEntries(FxRobot robot) throws Exception {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        return fx(() -> bar.getMenus().get(0).getItems().stream().filter(m -> m instanceof Menu)
                .map(m -> (Menu) m).filter(m -> m.getText().equals("Open Recent")).findFirst().orElseThrow()
                .getItems().stream().map(MenuItem::getText).toList());
    }

    /** Asks the window to close, as the window manager does; completes with whether it stays open. */
    private CompletableFuture<Boolean> requestClose() {
        CompletableFuture<Boolean> stays = new CompletableFuture<>();
        Platform.runLater(() -> {
            WindowEvent e = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
            stage.getOnCloseRequest().handle(e);
            stays.complete(e.isConsumed());
        });
        return stays;
    }

    /** Waits for the unsaved-changes question and presses one of its buttons. */
    private static void answer(FxRobot robot, String button) throws Exception {
        waitUntil(10, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(fx(() -> pane.getContentText().contains("unsaved changes")), pane.getContentText());
        ButtonType type = fx(() -> pane.getButtonTypes().stream().filter(b -> b.getText().equals(button))
                .findFirst().orElseThrow());
        robot.clickOn(pane.lookupButton(type));
        waitUntil(10, () -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
    }
}
