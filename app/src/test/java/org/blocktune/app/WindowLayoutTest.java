package org.blocktune.app;

import static org.blocktune.app.FxThread.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.blocktune.app.common.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window's size, place and dividers survive closing and reopening the workbench (issue 21, item 2). */
@ExtendWith(ApplicationExtension.class)
class WindowLayoutTest {
    @TempDir
    static Path settings;
    private static String before;
    private Stage stage;

    @BeforeEach
    void pointSettingsAtATemporaryFolder() {
        before = System.getProperty(Settings.FOLDER_PROPERTY);
    }

    @Start
    void start(Stage stage) {
        System.setProperty(Settings.FOLDER_PROPERTY, settings.toString());
        this.stage = stage;
        FxThread.startWindow(stage);
    }

    @AfterEach
    void restoreSettingsFolder() {
        if (before != null) {
            System.setProperty(Settings.FOLDER_PROPERTY, before);
        } else {
            System.clearProperty(Settings.FOLDER_PROPERTY);
        }
    }

    @Test
    void aClosedWindowReopensAtItsSizeWithItsDividers(FxRobot robot) throws Exception {
        assertEquals(1200, fx(stage::getWidth), 1, "a first start opens at the default size, not the minimum");
        assertEquals(760, fx(stage::getHeight), 1);
        SplitPane inspector = fx(() -> (SplitPane) robot.lookup(".split-pane").queryAll().stream()
                .filter(n -> n instanceof SplitPane s && s.getItems().size() == 2
                        && s.getOrientation() == javafx.geometry.Orientation.HORIZONTAL
                        && s.getItems().get(1).lookup("#inspector") != null
                        && s.getItems().get(1).lookupAll(".split-pane").isEmpty())
                .findFirst().orElseThrow());
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1000);
            stage.setHeight(650);
        });
        javafx.scene.Node divider = fx(() -> inspector.lookupAll(".split-pane-divider").stream()
                .filter(n -> n.getParent() == inspector).findFirst().orElseThrow());
        double moved = fx(() -> inspector.getDividerPositions()[0]);
        robot.drag(divider, javafx.scene.input.MouseButton.PRIMARY).moveBy(-200, 0).release(
                javafx.scene.input.MouseButton.PRIMARY);
        double dragged = fx(() -> inspector.getDividerPositions()[0]);
        assertEquals(true, dragged < moved - 0.1, "the drag moved the divider: " + moved + " -> " + dragged);
        // the user closes the window (the window manager's close button)
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        String kept = Files.readString(settings.resolve("settings.properties"));
        assertEquals(true, kept.contains("window.bounds=40.0,30.0,1000.0,650.0"), kept);

        Stage second = fx(Stage::new);
        robot.interact(() -> FxThread.startWindow(second));
        try {
            assertEquals(1000, fx(second::getWidth), 1);
            assertEquals(650, fx(second::getHeight), 1);
            assertEquals(40, fx(second::getX), 1);
            SplitPane again = fx(() -> (SplitPane) second.getScene().getRoot().lookupAll(".split-pane").stream()
                    .filter(n -> n instanceof SplitPane s && s.getItems().size() == 2
                            && s.getOrientation() == javafx.geometry.Orientation.HORIZONTAL
                            && s.getItems().get(1).lookup("#inspector") != null
                        && s.getItems().get(1).lookupAll(".split-pane").isEmpty())
                    .findFirst().orElseThrow());
            assertEquals(dragged, fx(() -> again.getDividerPositions()[0]), 0.01);
        } finally {
            robot.interact(second::close);
        }
    }

    @Test
    void aWindowRememberedOffEveryScreenOpensCentredAtTheDefaultSize(FxRobot robot) throws Exception {
        Settings.put("window.bounds", "5000.0,4000.0,900.0,600.0");
        Stage second = fx(Stage::new);
        robot.interact(() -> FxThread.startWindow(second));
        try {
            assertEquals(1200, fx(second::getWidth), 1);
            double screen = fx(() -> javafx.stage.Screen.getPrimary().getVisualBounds().getWidth());
            assertEquals((screen - 1200) / 2, fx(second::getX), 1, "centred on the primary screen");
        } finally {
            robot.interact(second::close);
        }
    }
}
