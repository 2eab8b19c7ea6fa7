package org.blocktune.app.teach;

import static org.blocktune.app.FxThread.fx;
import static org.blocktune.app.FxThread.startWindow;
import static org.blocktune.app.FxThread.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.blocktune.app.MainWindow;
import org.blocktune.app.workbench.Step;
import org.blocktune.app.workbench.Workbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Help ▸ Lessons as a learner uses it, in a 1024 × 700 window: the iris lesson walked from its first step to
 * its end with the real controls (the tick and Next follow each action, both ways), Restart going back to
 * step 1 with the example opened afresh, a teacher's own lesson from the user folder, and a bad lesson file
 * explained with its line instead of started.
 */
@ExtendWith(ApplicationExtension.class)
class LessonWalkTest {
    private MainWindow window;
    private Workbench wb;
    private Stage stage;
    @TempDir
    Path dir;

    @Start
    void start(Stage s) {
        stage = s;
        window = startWindow(s);
        wb = window.workbench();
        s.setWidth(1024);
        s.setHeight(700);
    }

    @AfterEach
    void clearProperty() {
        System.clearProperty(LessonFiles.PROPERTY);
    }

    @Test
    void theIrisLessonIsWalkedFromItsFirstStepToItsEndWithTheRealControls(FxRobot robot) throws Exception {
        long began = System.nanoTime();
        openIrisLesson(robot);
        assertEquals("Iris: tune how a network trains", text(robot, "#lessonTitle"));
        assertPanelFitsBesideTheSteps(robot);

        // 1: select the dense block
        assertStep(robot, 1, "Meet the model", false);
        robot.clickOn("#block-dense");
        assertStep(robot, 1, "Meet the model", true);
        robot.clickOn("#lessonNext");

        // 2: tune its units; unticking takes the tick away again
        assertStep(robot, 2, "Tune the hidden layer's width", false);
        robot.clickOn("#tune-dense_units");
        assertStep(robot, 2, "Tune the hidden layer's width", true);
        robot.clickOn("#tune-dense_units");
        assertStep(robot, 2, "Tune the hidden layer's width", false);
        robot.clickOn("#tune-dense_units");
        assertTrue(fx(() -> robot.lookup("#tune-dense_units").queryAs(CheckBox.class).isSelected()));
        assertStep(robot, 2, "Tune the hidden layer's width", true);
        robot.clickOn("#lessonNext");

        // 3: the Data step (three checks: step, outcome, task)
        assertStep(robot, 3, "Look at the data", false);
        assertEquals("✔", fx(() -> tick(robot, 1)), "the outcome is already Species: its own tick is on");
        robot.clickOn("#tab-data");
        waitUntil(60, () -> wb.dataCheckProperty().get() != null && wb.dataCheckProperty().get().ok());
        assertStep(robot, 3, "Look at the data", true);
        // Back shows step 2 still done (units are still tuned), Next returns
        robot.clickOn("#lessonBack");
        assertStep(robot, 2, "Tune the hidden layer's width", true);
        robot.clickOn("#lessonNext");
        assertStep(robot, 3, "Look at the data", true);
        robot.clickOn("#lessonNext");

        // 4: the search space: 2 optimizers × 2 losses × 2 widths
        assertStep(robot, 4, "Read the search space", false);
        robot.clickOn("#tab-space");
        waitUntil(30, () -> !wb.candidatesBusyProperty().get() && wb.candidates().size() == 8);
        assertStep(robot, 4, "Read the search space", true);
        robot.clickOn("#lessonNext");

        // 5: the dry run
        assertStep(robot, 5, "Check every candidate with a dry run", false);
        robot.clickOn("#tab-dry_run");
        assertStep(robot, 5, "Check every candidate with a dry run", false);
        robot.clickOn("#runDryRun");
        waitUntil(60, () -> wb.dryRunProperty().get() != null);
        assertStep(robot, 5, "Check every candidate with a dry run", true);
        robot.clickOn("#lessonNext");

        // 6: tune (8 candidates × 3 folds of 30 iris epochs)
        assertStep(robot, 6, "Tune", false);
        robot.clickOn("#tab-run");
        robot.interact(() -> wb.runFolderProperty().set(dir.resolve("runs")));
        waitUntil(20, () -> !robot.lookup("#startRun").queryAs(Button.class).isDisabled());
        robot.clickOn("#startRun");
        waitUntil(180, () -> !window.tuningScreen().running() && wb.resultsProperty().get() != null);
        assertEquals(24, wb.resultsProperty().get().records().size());
        assertStep(robot, 6, "Tune", true);
        robot.clickOn("#lessonNext");

        // 7: the Results step
        assertStep(robot, 7, "Read the results", false);
        robot.clickOn("#tab-results");
        assertStep(robot, 7, "Read the results", true);
        robot.clickOn("#lessonNext");

        // 8: the final fit; the last step's button reads Finish
        assertStep(robot, 8, "Fit the best candidate", false);
        assertEquals("Finish", text(robot, "#lessonNext"));
        robot.clickOn("#tab-finalfit");
        robot.clickOn("#finalizeFit");
        waitUntil(120, () -> window.finalFitDoneProperty().get());
        assertStep(robot, 8, "Fit the best candidate", true);
        robot.clickOn("#lessonNext");
        assertEquals("Finished: 8 of 8 steps", text(robot, "#lessonStepNumber"));
        assertEquals("Well done", text(robot, "#lessonStepTitle"));
        assertTrue(fx(() -> robot.lookup("#lessonNext").queryAs(Button.class).isDisabled()));
        assertPanelFitsBesideTheSteps(robot);

        robot.clickOn("#lessonClose");
        assertNull(fx(() -> window.root().lookup("#lessonPanel")), "Close puts the lesson away");
        System.out.printf(Locale.ROOT, "Iris lesson walked end to end in %.1f s%n", (System.nanoTime() - began) / 1e9);
    }

    @Test
    void restartGoesBackToStepOneWithTheExampleOpenedAfresh(FxRobot robot) throws Exception {
        openIrisLesson(robot);
        robot.clickOn("#block-dense");
        robot.clickOn("#lessonNext");
        robot.clickOn("#tune-dense_units");
        assertStep(robot, 2, "Tune the hidden layer's width", true);
        robot.clickOn("#lessonNext");
        robot.clickOn("#tab-data");
        assertStep(robot, 3, "Look at the data", true);

        robot.clickOn("#lessonRestart");
        robot.clickOn("Don't Save"); // the example was changed: the usual question, so nothing is lost unasked
        waitUntil(20, () -> "Step 1 of 8".equals(robot.lookup("#lessonStepNumber").queryAs(Labeled.class).getText()));
        assertStep(robot, 1, "Meet the model", false);
        assertFalse(fx(() -> wb.setup().tuned().contains("dense_units")), "the example is opened afresh");
        assertEquals(Step.MODEL, fx(window::currentStep));
        assertTrue(fx(() -> window.document().selection().isEmpty()));
        // and the lesson works again from there
        robot.clickOn("#block-dense");
        assertStep(robot, 1, "Meet the model", true);
    }

    @Test
    void aTeachersOwnLessonComesFromTheUserFolderAndABadOneIsExplainedNotStarted(FxRobot robot) throws Exception {
        Files.writeString(dir.resolve("my-first.lesson.md"), """
                # My first lesson
                start: current project

                ## Go to the data
                Open the Data step. That is where the data is loaded.
                check: step is Data
                """);
        Path bad = dir.resolve("broken.lesson.md");
        Files.writeString(bad, "# Broken\n## Step one\nDo something.\ncheck: the model is good\n");
        System.setProperty(LessonFiles.PROPERTY, dir.toString());

        // into the submenu straight across (a diagonal move over the Help menu's lower items would close it)
        help(robot).clickOn("#lessonsMenu").moveTo("#lesson-01-iris").clickOn("#lesson-my-first");
        waitUntil(10, () -> window.root().lookup("#lessonPanel") != null);
        assertEquals("My first lesson", text(robot, "#lessonTitle"));
        assertStep(robot, 1, 1, "Go to the data", false);
        robot.clickOn("#tab-data");
        assertStep(robot, 1, 1, "Go to the data", true);
        assertEquals("Finish", text(robot, "#lessonNext"));
        robot.clickOn("#lessonClose");

        // the bad lesson is listed as having problems; choosing it explains them and starts nothing
        help(robot).clickOn("#lessonsMenu").moveTo("#lesson-01-iris");
        assertEquals("broken.lesson.md (has problems)", fx(() -> window.lessons().menu().getItems().stream()
                .filter(i -> "lesson-broken".equals(i.getId())).findFirst().orElseThrow().getText()));
        robot.clickOn("#lesson-broken");
        waitUntil(10, () -> robot.lookup("#lessonProblems").tryQuery().isPresent());
        String said = fx(() -> robot.lookup("#lessonProblems").queryAs(DialogPane.class).getContentText());
        assertTrue(said.startsWith("broken.lesson.md, line 4: unknown check 'the model is good'"), said);
        assertNull(fx(() -> window.root().lookup("#lessonPanel")));
        robot.clickOn("OK");
    }

    /** Opens the window's Help menu (looked up in this window's menu bar only). */
    private org.testfx.api.FxRobotInterface help(FxRobot robot) {
        return robot.clickOn(robot.from(window.root().lookup("#menuBar")).lookup((Labeled l) -> "Help".equals(l.getText())
                && l.getScene() != null && l.isVisible()).queryLabeled());
    }

    private void openIrisLesson(FxRobot robot) throws Exception {
        help(robot).clickOn("#lessonsMenu").clickOn("#lesson-01-iris");
        waitUntil(60, () -> window.root().lookup("#lessonPanel") != null && wb.dataCheckProperty().get() != null
                && !wb.dataCheckBusyProperty().get() && wb.candidates() != null);
    }

    /** Step n's number and title are on show, and its ticks and Next say done or not (after pending changes). */
    private void assertStep(FxRobot robot, int n, String title, boolean done) throws Exception {
        assertStep(robot, n, 8, title, done);
    }

    private void assertStep(FxRobot robot, int n, int of, String title, boolean done) throws Exception {
        String where = "step " + n + " '" + title + "' " + (done ? "done" : "not done");
        try {
            waitUntil(10, () -> robot.lookup("#lessonNext").queryAs(Button.class).isDisabled() != done);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(where + ": Next stayed " + (done ? "disabled" : "enabled"), e);
        }
        assertEquals("Step " + n + " of " + of, text(robot, "#lessonStepNumber"), where);
        assertEquals(title, text(robot, "#lessonStepTitle"), where);
        if (done) {
            int checks = fx(() -> robot.lookup("#lessonChecks").queryAs(javafx.scene.layout.VBox.class).getChildren().size());
            for (int i = 0; i < checks; i++) {
                int k = i;
                assertEquals("✔", fx(() -> tick(robot, k)), where + ", check " + i);
            }
            assertTrue(text(robot, "#lessonVerdict").startsWith("Done."), where);
        } else {
            assertTrue(fx(() -> robot.lookup("#lessonChecks").queryAs(javafx.scene.layout.VBox.class).getChildren()
                    .stream().anyMatch(r -> "○".equals(((Labeled) ((javafx.scene.layout.HBox) r).getChildren().get(0))
                            .getText()))), where + ": a check without its tick");
        }
    }

    private static String tick(FxRobot robot, int i) {
        return ((Labeled) robot.lookup("#lessonCheck-" + i).queryAs(javafx.scene.layout.HBox.class).getChildren()
                .get(0)).getText();
    }

    /** At 1024 × 700 the panel is docked under the steps (covering none of them) and its buttons are inside the window. */
    private void assertPanelFitsBesideTheSteps(FxRobot robot) throws Exception {
        assertEquals(1024, fx(() -> stage.getWidth()), 1);
        Bounds panel = fx(() -> bounds(window.root().lookup("#lessonPanel")));
        Bounds steps = fx(() -> bounds(window.root().lookup("#steps")));
        assertTrue(panel.getMinY() >= steps.getMaxY() - 1, "the panel is under the steps, not over them: "
                + panel + " / " + steps);
        assertEquals(fx(() -> window.root().getScene().getWidth()), steps.getWidth(), 1, "the steps keep the whole width");
        assertTrue(steps.getHeight() >= 420, "the steps keep most of the height: " + steps.getHeight());
        double sceneHeight = fx(() -> window.root().getScene().getHeight());
        for (String id : new String[] {"#lessonNext", "#lessonBack", "#lessonRestart", "#lessonClose"}) {
            Bounds b = fx(() -> bounds(window.root().lookup(id)));
            assertTrue(b.getMaxY() <= sceneHeight && b.getMaxX() <= 1024 && b.getWidth() > 20, id + " at " + b);
        }
    }

    private static Bounds bounds(Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }

    private static String text(FxRobot robot, String id) throws Exception {
        return fx(() -> {
            Node n = robot.lookup(id).query();
            return n instanceof Labeled l ? l.getText() : null;
        });
    }
}
