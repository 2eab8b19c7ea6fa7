package org.blocktune.app.tuning;

import static org.blocktune.app.FxThread.fx;
import static org.blocktune.app.FxThread.startWindow;
import static org.blocktune.app.FxThread.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.blocktune.app.MainWindow;
import org.blocktune.app.common.Settings;
import org.blocktune.app.common.SparkModule;
import org.blocktune.app.workbench.Step;
import org.blocktune.app.workbench.Workbench;
import org.blocktune.core.space.GridSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Run step's "Run on" setting: "This computer" by default; "Spark cluster" with a master URL is
 * remembered for the next window; without the spark module (the app's own classpath, as installed)
 * Start says how to get it and starts nothing.
 */
@ExtendWith(ApplicationExtension.class)
class RunPlaceTest {
    private String previousSettings;
    private MainWindow window;
    private Workbench wb;
    private TuningScreen screen;

    @Start
    void start(Stage stage) throws Exception {
        previousSettings = System.getProperty(Settings.FOLDER_PROPERTY);
        System.setProperty(Settings.FOLDER_PROPERTY, Files.createTempDirectory("blocktune-settings").toString());
        window = startWindow(stage);
        wb = window.workbench();
        screen = window.tuningScreen();
    }

    @AfterEach
    void restoreSettings() {
        if (previousSettings == null) {
            System.clearProperty(Settings.FOLDER_PROPERTY);
        } else {
            System.setProperty(Settings.FOLDER_PROPERTY, previousSettings);
        }
    }

    private String text(FxRobot robot, String id) throws Exception {
        return fx(() -> robot.lookup(id).queryAs(Labeled.class).getText());
    }

    @Test
    void sparkClusterAndItsMasterAreRememberedAndStartExplainsAMissingModule(FxRobot robot) throws Exception {
        robot.clickOn("Examples").clickOn("Iris Workflow (data, model, search space)");
        robot.interact(() -> {
            wb.setGrid(GridSettings.regular(2));
            wb.runFolderProperty().set(Path.of(System.getProperty(Settings.FOLDER_PROPERTY)).resolve("runs"));
        });
        waitUntil(60, () -> wb.dataShape() != null && wb.candidates() != null && !wb.candidatesBusyProperty().get());
        robot.interact(() -> window.showStep(Step.RUN));
        waitUntil(10, () -> !robot.lookup("#startRun").queryAs(Button.class).isDisabled());

        assertTrue(fx(() -> robot.lookup("#runOnThisComputer").queryAs(RadioButton.class).isSelected()), "the default");
        assertTrue(fx(() -> robot.lookup("#sparkMaster").queryAs(TextField.class).isDisabled()));
        assertEquals("Fits run on this computer's worker threads.", text(robot, "#runPlaceLine"));

        robot.clickOn("#runOnSpark");
        assertFalse(fx(() -> robot.lookup("#sparkMaster").queryAs(TextField.class).isDisabled()));
        robot.interact(() -> robot.lookup("#sparkMaster").queryAs(TextField.class).clear());
        robot.clickOn("#sparkMaster").write("spark://127.0.0.1:7077").type(KeyCode.ENTER);
        assertFalse(SparkModule.available(), "the app's classpath has no spark module");
        assertEquals(SparkModule.ABSENT, text(robot, "#runPlaceLine"));

        robot.clickOn("#startRun");
        waitUntil(10, () -> robot.lookup("#runError").query().isVisible());
        assertEquals(SparkModule.ABSENT, text(robot, "#runErrorText"));
        assertFalse(screen.running(), "no run started");
        assertFalse(Files.exists(wb.runFolderProperty().get().resolve("fits.jsonl")));

        // remembered: a new Run step (the next window) starts on the Spark cluster with the same master
        assertEquals("spark", Settings.get(RunPlaceChooser.PLACE_KEY, null));
        assertEquals("spark://127.0.0.1:7077", Settings.get(RunPlaceChooser.MASTER_KEY, null));
        RunPlaceChooser next = fx(RunPlaceChooser::new);
        assertTrue(fx(next::onSpark));
        assertEquals("spark://127.0.0.1:7077", fx(next::masterUrl));

        robot.clickOn("#runOnThisComputer");
        assertEquals("local", Settings.get(RunPlaceChooser.PLACE_KEY, null));
        assertTrue(fx(() -> robot.lookup("#sparkMaster").queryAs(TextField.class).isDisabled()));
        RunPlaceChooser after = fx(RunPlaceChooser::new);
        assertFalse(fx(after::onSpark));
    }
}
