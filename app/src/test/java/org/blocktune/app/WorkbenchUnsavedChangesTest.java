package org.blocktune.app;

import static org.blocktune.app.FxThread.startWindow;
import static org.blocktune.app.FxThread.fx;
import static org.blocktune.app.FxThread.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.blocktune.app.workbench.Workbench;
import org.blocktune.core.compile.CompiledRow;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.space.Domain;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Workbench edits count as unsaved changes like graph edits (the title's marker), and the rows a
 * dry run kept ("keep valid rows only") are saved with the project and run again after reopening.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchUnsavedChangesTest {
    private Stage stage;
    private MainWindow window;
    private Workbench wb;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = startWindow(stage);
        wb = window.workbench();
    }

    private boolean marked() throws Exception {
        return fx(() -> stage.getTitle().contains(" *"));
    }

    private void openIris(FxRobot robot) throws Exception {
        robot.interact(window::openIrisWorkflow);
        waitUntil(60, () -> wb.dataCheckProperty().get() != null && !wb.candidatesBusyProperty().get());
    }

    @Test
    void changingTheFoldsMarksTheTitleAndSavingClearsIt(FxRobot robot, @TempDir Path dir) throws Exception {
        openIris(robot);
        assertFalse(marked(), "an example just opened has no unsaved changes: " + fx(stage::getTitle));
        robot.interact(() -> window.showStep(org.blocktune.app.workbench.Step.DATA));
        TextField folds = robot.lookup("#folds").queryAs(TextField.class);
        robot.interact(() -> folds.setText("4"));
        assertEquals(4, wb.resamplingProperty().get().folds());
        assertTrue(marked(), fx(stage::getTitle));
        assertFalse(fx(() -> window.document().dirty()), "the model itself is unchanged");

        Path file = dir.resolve("iris.blocktune.json");
        assertTrue(fx(() -> window.saveTo(file)));
        assertFalse(marked(), fx(stage::getTitle));
        robot.interact(() -> folds.setText("3"));
        assertTrue(marked(), "back to 3 folds differs from the saved 4");
        robot.interact(() -> folds.setText("4"));
        assertFalse(marked(), "the same as saved again");

        // reopening (the data loads in the background) leaves no unsaved changes either
        assertTrue(fx(() -> window.openFile(file)));
        waitUntil(60, () -> wb.dataProperty().get() != null && wb.dataCheckProperty().get() != null);
        assertEquals(4, wb.resamplingProperty().get().folds());
        assertFalse(marked(), fx(stage::getTitle));
        robot.interact(() -> wb.metricsProperty().set(List.of("roc_auc", "accuracy")));
        assertTrue(marked(), "the metrics are a saved setting too");
    }

    @Test
    void keptRowsAreSavedAndTheReopenedProjectRunsTheSameCandidates(FxRobot robot, @TempDir Path dir)
            throws Exception {
        openIris(robot);
        robot.interact(() -> {
            robot.lookup("#gridLevels").queryAs(TextField.class).setText("2");
            wb.setDomain("dense_units", new Domain.IntRange(-8, 16));
        });
        waitUntil(30, () -> !wb.candidatesBusyProperty().get() && wb.candidates().size() == 4);
        robot.interact(() -> window.showStep(org.blocktune.app.workbench.Step.DRY_RUN));
        robot.clickOn("#runDryRun");
        TableView<?> dry = robot.lookup("#dryRunTable").queryTableView();
        waitUntil(60, () -> dry.getItems().size() == 4 && wb.dryRunProperty().get() != null);
        assertEquals(2, fx(() -> dry.getItems().stream().filter(r -> ((CompiledRow) r).ok()).count()).intValue(),
                "dense_units = -8 does not build");
        robot.clickOn("#keepValid");
        List<Map<String, Object>> kept = wb.keptProperty().get();
        assertNotNull(kept);
        assertEquals(2, kept.size());
        assertTrue(kept.stream().allMatch(r -> ((Number) r.get("dense_units")).intValue() == 16), kept.toString());
        assertTrue(marked(), "keeping rows is an unsaved change");

        Path file = dir.resolve("kept.blocktune.json");
        assertTrue(fx(() -> window.saveTo(file)));
        assertFalse(marked());
        assertEquals(kept, org.blocktune.core.io.ProjectFile.read(file).keptCandidates(),
                "the kept rows are the core project's, so the command line runs them too");

        // another model replaces everything, then the project comes back with its kept rows
        robot.interact(() -> window.open(SeedSpecs.irisMlp(), DataShape.classification(Shape.flat(4), 3)));
        assertEquals(null, wb.keptProperty().get());
        assertTrue(fx(() -> window.openFile(file)));
        waitUntil(60, () -> wb.keptProperty().get() != null && wb.dataCheckProperty().get() != null
                && !wb.candidatesBusyProperty().get());
        assertEquals(kept, wb.keptProperty().get());
        assertEquals(kept, wb.runCandidates());
        assertEquals(4, wb.candidates().size());
        assertFalse(marked(), "a reopened project has no unsaved changes: " + fx(stage::getTitle));
        robot.interact(() -> window.showStep(org.blocktune.app.workbench.Step.RUN));
        String plan = fx(() -> robot.lookup("#runPlanLine").queryAs(Labeled.class).getText());
        assertTrue(plan.startsWith("2 candidates (valid rows kept after the dry run) × 3 resamples = 6 fits"), plan);

        // Use all candidates is an unsaved change again
        robot.interact(() -> window.showStep(org.blocktune.app.workbench.Step.DRY_RUN));
        robot.interact(() -> robot.lookup("#useAllCandidates").queryAs(Button.class).fire());
        assertEquals(null, wb.keptProperty().get());
        assertTrue(marked());
    }
}
