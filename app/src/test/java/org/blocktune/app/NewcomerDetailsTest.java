package org.blocktune.app;

import static org.blocktune.app.FxThread.fx;
import static org.blocktune.app.FxThread.startWindow;
import static org.blocktune.app.FxThread.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.blocktune.app.workbench.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Small things a newcomer notices in the main window (issue 21, item 6). */
@ExtendWith(ApplicationExtension.class)
class NewcomerDetailsTest {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = startWindow(stage);
    }

    /** The texts drawn on screen (not the labels' text properties) that start with {@code prefix}. */
    private static List<String> drawn(FxRobot robot, String prefix) throws Exception {
        return fx(() -> robot.lookup((javafx.scene.Node n) -> n instanceof Text && n.isVisible()
                && ((Text) n).getText() != null && ((Text) n).getText().startsWith(prefix))
                .queryAllAs(Text.class).stream().map(Text::getText).collect(Collectors.toList()));
    }

    @Test
    void undoAndRedoMenuLabelsKeepUnderscoresInArgumentNames(FxRobot robot) throws Exception {
        robot.interact(() -> window.document().setTuned("learn_rate", true));
        robot.clickOn("Edit");
        waitUntil(5, () -> !drawn(robot, "Undo").isEmpty());
        assertEquals(List.of("Undo Tune learn_rate"), drawn(robot, "Undo"));
        robot.clickOn("Undo Tune learn_rate");
        robot.clickOn("Edit");
        waitUntil(5, () -> drawn(robot, "Redo").contains("Redo Tune learn_rate"));
        assertTrue(drawn(robot, "Redo").contains("Redo Tune learn_rate"), drawn(robot, "Redo").toString());
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    void controlAndADigitShowTheNumberedStep(FxRobot robot) throws Exception {
        javafx.scene.input.KeyCode[] digits = {javafx.scene.input.KeyCode.DIGIT1, javafx.scene.input.KeyCode.DIGIT2,
                javafx.scene.input.KeyCode.DIGIT3, javafx.scene.input.KeyCode.DIGIT4,
                javafx.scene.input.KeyCode.DIGIT5, javafx.scene.input.KeyCode.DIGIT6};
        Step[] order = {Step.RESULTS, Step.DATA, Step.DRY_RUN, Step.SPACE, Step.RUN, Step.MODEL};
        robot.clickOn("#tab-model");
        for (Step step : order) {
            robot.press(javafx.scene.input.KeyCode.SHORTCUT).type(digits[step.ordinal()])
                    .release(javafx.scene.input.KeyCode.SHORTCUT);
            waitUntil(5, () -> window.currentStep() == step);
            assertEquals(step, fx(window::currentStep));
        }
    }

    @Test
    void aboutShowsTheVersion(FxRobot robot) throws Exception {
        robot.clickOn("Help").clickOn("About BlockTune");
        waitUntil(5, () -> robot.lookup("#aboutDialog").tryQuery().isPresent());
        String header = fx(() -> robot.lookup("#aboutDialog").queryAs(javafx.scene.control.DialogPane.class)
                .getHeaderText());
        assertTrue(header.matches("BlockTune \\d+\\.\\d+\\.\\d+\\S*"), header);
        assertTrue(!drawn(robot, header).isEmpty(), "the version is on screen");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    void theWindowHasTheBlockTuneIcon() throws Exception {
        List<javafx.scene.image.Image> icons = fx(() -> List.copyOf(stage.getIcons()));
        assertEquals(1, icons.size(), "one window icon");
        assertTrue(!icons.get(0).isError() && icons.get(0).getWidth() == 256 && icons.get(0).getHeight() == 256,
                "the 256 × 256 installer icon");
    }

    @Test
    void aProjectOrCsvGivenToTheWindowIsOpenedAndAnythingElseIsExplained(FxRobot robot,
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path examples = java.nio.file.Path.of("..", "resources", "examples").toAbsolutePath().normalize();
        assertTrue(fx(() -> window.openGiven(examples.resolve("iris-quick.blocktune.json"))));
        assertEquals("iris-quick.blocktune.json",
                fx(() -> window.document().file().orElseThrow().getFileName().toString()));

        java.nio.file.Path csv = dir.resolve("mine.csv");
        java.nio.file.Files.writeString(csv, "a,b,y\n1,2,x\n3,4,z\n5,6,x\n7,8,z\n");
        assertTrue(fx(() -> window.openGiven(csv)));
        waitUntil(30, () -> window.workbench().dataProperty().get() != null
                && window.workbench().dataProperty().get().table().names().contains("b"));
        assertEquals(Step.DATA, fx(window::currentStep));

        java.nio.file.Path image = dir.resolve("photo.png");
        java.nio.file.Files.writeString(image, "not a project");
        assertTrue(!fx(() -> window.openGiven(image)));
        assertTrue(fx(() -> window.statusBar().getText()).contains("photo.png is neither"),
                fx(() -> window.statusBar().getText()));
        assertTrue(!fx(() -> window.openGiven(dir.resolve("gone.csv"))));
        assertTrue(fx(() -> window.statusBar().getText()).contains("there is no such file"));
    }

    @Test
    void fileDialogsStartInTheFolderOfTheLastSavedProjectNotTheWorkingFolder(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String before = System.getProperty(org.blocktune.app.common.Settings.FOLDER_PROPERTY);
        System.setProperty(org.blocktune.app.common.Settings.FOLDER_PROPERTY, dir.resolve("settings").toString());
        try {
            java.nio.file.Path home = java.nio.file.Path.of(System.getProperty("user.home"));
            assertEquals(home.toFile(), fx(() -> org.blocktune.app.common.Choosers.file("x").getInitialDirectory()),
                    "with nothing remembered, dialogs start in the home folder");
            java.nio.file.Path projects = java.nio.file.Files.createDirectories(dir.resolve("my projects"));
            assertTrue(fx(() -> window.saveTo(projects.resolve("first.blocktune.json"))));
            // the next export (a chart, the results table, a model) starts where the project went
            assertEquals(projects.toFile(), fx(() -> org.blocktune.app.common.Choosers.file("Save chart as PNG")
                    .getInitialDirectory()));
            assertEquals(projects.toFile(), fx(() -> org.blocktune.app.common.Choosers.folder("Run folder")
                    .getInitialDirectory()));
        } finally {
            if (before == null) {
                System.clearProperty(org.blocktune.app.common.Settings.FOLDER_PROPERTY);
            } else {
                System.setProperty(org.blocktune.app.common.Settings.FOLDER_PROPERTY, before);
            }
        }
    }

    @Test
    void anUntitledModelTakesItsFileNameOnSaveAndCanBeRenamed(FxRobot robot,
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        assertEquals("untitled", fx(() -> window.document().spec().name()));
        assertTrue(fx(() -> window.saveTo(dir.resolve("my flowers.blocktune.json"))));
        assertEquals("my_flowers", fx(() -> window.document().spec().name()));
        assertTrue(fx(stage::getTitle).startsWith("BlockTune — my_flowers"), fx(stage::getTitle));

        robot.clickOn("Edit").clickOn("Rename Model…");
        waitUntil(5, () -> robot.lookup("#renameModelDialog").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#renameModelDialog .text-field").queryAs(javafx.scene.control.TextField.class)
                .setText("iris_net"));
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(5, () -> "iris_net".equals(window.document().spec().name()));
        assertTrue(fx(stage::getTitle).startsWith("BlockTune — iris_net *"), fx(stage::getTitle));
        assertEquals(java.util.Optional.of("Rename model to iris_net"), fx(() -> window.document().undoName()));
        assertTrue(fx(() -> window.document().renameModel("2 bad")).isPresent(), "a name must start with a letter");
        assertEquals("iris_net", fx(() -> window.document().spec().name()));
    }
}
