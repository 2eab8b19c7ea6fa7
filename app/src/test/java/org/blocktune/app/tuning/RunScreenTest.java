package org.blocktune.app.tuning;

import static org.blocktune.app.FxThread.startWindow;
import static org.blocktune.app.FxThread.fx;
import static org.blocktune.app.FxThread.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;



import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.blocktune.app.FxStallProbe;
import org.blocktune.app.MainWindow;
import org.blocktune.app.editor.model.EditorDocument;
import org.blocktune.app.workbench.Step;
import org.blocktune.app.workbench.Workbench;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.resample.ResamplingSettings;
import org.blocktune.core.space.Domain;
import org.blocktune.core.space.GridSettings;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.Shape;
import org.blocktune.core.tune.FitRecord;
import org.blocktune.core.tune.RunFolder;
import org.blocktune.core.tune.TuneResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;


/** The Run step on the Iris example (2 levels × 2 arguments = 4 candidates × 3 folds = 12 fits, tiny epochs). */
@ExtendWith(ApplicationExtension.class)
class RunScreenTest {
    private MainWindow window;
    private Workbench wb;
    private EditorDocument doc;
    private TuningScreen screen;

    @Start
    void start(Stage stage) {
        window = startWindow(stage);
        wb = window.workbench();
        doc = window.document();
        screen = window.tuningScreen();
    }



    private String text(FxRobot robot, String id) throws Exception {
        return fx(() -> robot.lookup(id).queryAs(Labeled.class).getText());
    }

    /** The Iris example with a 2-level grid, {@code epochs} epochs and its run going to {@code folder}. */
    private void smallIris(FxRobot robot, int epochs, Path folder) throws Exception {
        robot.interact(() -> {
            wb.setGrid(GridSettings.regular(2));
            assertTrue(doc.setValue("fit_epochs", epochs).isEmpty());
            wb.runFolderProperty().set(folder);
        });
        waitUntil(60, () -> wb.dataShape() != null && wb.candidates() != null && wb.candidates().size() == 4
                && !wb.candidatesBusyProperty().get());
        robot.interact(() -> window.showStep(Step.RUN));
        waitUntil(10, () -> !robot.lookup("#startRun").queryAs(Button.class).isDisabled());
    }

    private TableView<?> table(FxRobot robot) {
        return robot.lookup("#runTable").queryTableView();
    }

    private void waitForEnd(int seconds) throws Exception {
        waitUntil(seconds, () -> !screen.running());
    }

    @Test
    void aRunShowsProgressFillsTheTableAndSetsTheResults(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.clickOn("Examples").clickOn("Iris Workflow (data, model, search space)");
        // 5,000 epochs keep the run going for a few seconds on the fast dense engine, so that it is still
        // running right after Start and its progress can be seen between 0 and 1 (3 epochs took milliseconds)
        smallIris(robot, 5_000, dir.resolve("runs"));
        assertEquals("4 candidates × 3 resamples = 12 fits.", text(robot, "#runPlanLine"));
        assertTrue(text(robot, "#runWorkersLine").startsWith("0 = automatic: "), text(robot, "#runWorkersLine"));
        String idle = FxStallProbe.idle(3);
        FxStallProbe probe = FxStallProbe.start();
        robot.clickOn("#startRun");
        assertTrue(screen.running());
        double[] seen = {0};
        waitUntil(180, () -> {
            double p = robot.lookup("#runProgress").queryAs(ProgressBar.class).getProgress();
            if (p > 0 && p < 1) {
                seen[0] = Math.max(seen[0], p);
            }
            return !screen.running();
        });
        probe.stop();
        System.out.println("FX thread on the Run screen before the run, " + idle);
        System.out.println("FX thread during the 12-fit Iris run, " + probe.report("run", 5));
        assertTrue(seen[0] > 0, "the overall progress moved during the run");
        assertEquals(12, fx(() -> table(robot).getItems().size()));
        TuneResults results = wb.resultsProperty().get();
        assertNotNull(results);
        assertEquals(12, results.records().size());
        assertTrue(results.records().stream().allMatch(FitRecord::ok), results.failures().toString());
        assertFalse(results.cancelled());
        assertNotNull(wb.runPlanProperty().get());
        assertEquals(dir.resolve("runs").toAbsolutePath(), wb.runPlanProperty().get().job().folder());
        assertTrue(text(robot, "#runHeadline").startsWith("Finished: 12 fits succeeded, 0 failed"),
                text(robot, "#runHeadline"));
        assertTrue(screen.chartSeries() > 0, "the loss curves stay after the run");
        assertTrue(fx(() -> table(robot).getColumns().stream().anyMatch(c -> "accuracy".equals(c.getUserData()))));
        assertFalse(fx(() -> robot.lookup("#showResults").queryAs(Button.class).isDisabled()));
        System.out.println("FX pulses during the 12-fit Iris run: " + fx(screen::pulseReport));
        robot.clickOn("#showResults");
        assertEquals(Step.RESULTS, fx(window::currentStep));
        // opening another model forgets this run: its Run step starts empty, not with these fits
        robot.interact(wb::resetSearch);
        assertEquals(0, fx(() -> table(robot).getItems().size()));
        assertEquals(0, fx(screen::chartSeries));
        assertEquals("Not run yet.", text(robot, "#runHeadline"));
        assertFalse(fx(() -> robot.lookup("#runHeadline").query().getStyleClass().contains("headline-ok")),
                "\"Not run yet.\" is not shown in the finished run's green");
        assertFalse(fx(() -> table(robot).getColumns().stream().anyMatch(c -> "accuracy".equals(c.getUserData()))),
                "the old run's metric columns are gone");
        assertEquals(0.0, fx(() -> robot.lookup("#runProgress").queryAs(ProgressBar.class).getProgress()));
    }

    @Test
    void cancelKeepsTheFinishedFitsAndResumeRunsOnlyTheRest(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(window::openIrisWorkflow);
        Path folder = dir.resolve("runs");
        // long enough that Cancel lands mid-run: the fast dense engine trains 30 iris epochs in milliseconds,
        // and all 12 fits had ended before the click (20,000 epochs: about two seconds per fit)
        smallIris(robot, 20_000, folder);
        robot.clickOn("#startRun");
        waitUntil(180, () -> table(robot).getItems().size() >= 1);
        robot.clickOn("#cancelRun");
        long asked = System.nanoTime();
        waitForEnd(30);
        double stopSeconds = (System.nanoTime() - asked) / 1e9;
        System.out.printf("Cancel: the run stopped %.2f s after Cancel was clicked%n", stopSeconds);
        int kept = fx(() -> table(robot).getItems().size());
        assertTrue(kept >= 1 && kept < 12, "fits kept: " + kept);
        assertTrue(text(robot, "#runHeadline").startsWith("Cancelled after"), text(robot, "#runHeadline"));
        assertTrue(wb.resultsProperty().get().cancelled());
        waitUntil(10, () -> screen.folderState().map(FolderState::unfinished).orElse(false));
        assertFalse(fx(() -> robot.lookup("#resumeRun").queryAs(Button.class).isDisabled()));

        robot.clickOn("#resumeRun");
        waitUntil(10, () -> text(robot, "#runHeadline").startsWith("Resumed: " + kept + " of 12"));
        waitForEnd(300);
        TuneResults results = wb.resultsProperty().get();
        assertEquals(12, results.records().size());
        assertFalse(results.cancelled());
        Set<String> fits = new HashSet<>();
        results.records().forEach(r -> assertTrue(fits.add(r.candidateId() + "/" + r.splitId()), "twice: " + r));
        assertEquals(12, fx(() -> table(robot).getItems().size()));
        long lines = Files.readAllLines(folder.resolve(RunFolder.FITS_FILE)).stream().filter(l -> !l.isBlank()).count();
        assertEquals(12, lines, "every fit recorded once on disk");
    }

    @Test
    void aFailingCandidateShowsItsMessageInTheTable(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(window::openIrisWorkflow);
        robot.interact(() -> wb.setDomain("dense_units", new Domain.IntRange(-8, 16)));
        smallIris(robot, 3, dir.resolve("runs"));
        robot.clickOn("#startRun");
        waitForEnd(180);
        TuneResults results = wb.resultsProperty().get();
        assertEquals(12, results.records().size());
        assertEquals(6, results.failures().size(), "dense_units = -8 fails on every fold");
        String message = results.failures().get(0).message();
        assertTrue(message != null && message.contains("dense"), message);
        assertTrue(text(robot, "#runHeadline").contains("6 failed"), text(robot, "#runHeadline"));
        TableView<?> t = table(robot);
        assertTrue(fx(() -> robot.from(t).lookup(".table-cell").queryAll().stream()
                .anyMatch(n -> n instanceof Labeled l && message.equals(l.getText()))), "the message is in the table");
        assertTrue(fx(() -> robot.from(t).lookup(".status-error").queryAll().stream()
                .anyMatch(n -> n instanceof Labeled l && "failed".equals(l.getText()))));
    }

    @Test
    void aNewRunsHeadlineStartsInTheNormalColourAfterAFailedRun(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(window::openIrisWorkflow);
        javafx.scene.paint.Paint normal = fx(() -> robot.lookup("#runHeadline").queryAs(Labeled.class).getTextFill());
        robot.interact(() -> wb.setDomain("dense_units", new Domain.IntRange(-8, -4)));
        smallIris(robot, 3, dir.resolve("failing"));
        robot.clickOn("#startRun");
        waitForEnd(180);
        assertTrue(text(robot, "#runHeadline").contains("0 fits succeeded, 12 failed"), text(robot, "#runHeadline"));
        assertFalse(normal.equals(fx(() -> robot.lookup("#runHeadline").queryAs(Labeled.class).getTextFill())),
                "a run whose fits all failed ends in the error colour");
        assertTrue(fx(() -> robot.lookup("#runHeadline").queryAs(Labeled.class).getStyleClass()
                .contains("headline-error")));
        // the second run fails too (no fit trains: a long training run here would warm the engine so much that the
        // next test's run ends before it can see its progress), so its "Running" headline is seen when it is set
        List<String> seenStyles = new java.util.ArrayList<>();
        robot.interact(() -> robot.lookup("#runHeadline").queryAs(Labeled.class).textProperty().addListener(
                (o, a, b) -> seenStyles.add(b + " " + robot.lookup("#runHeadline").queryAs(Labeled.class)
                        .getStyleClass())));
        smallIris(robot, 3, dir.resolve("again"));
        robot.clickOn("#startRun");
        waitForEnd(180);
        List<String> running = fx(() -> seenStyles.stream().filter(t -> t.startsWith("Running 12 fits…")).toList());
        assertEquals(1, running.size(), seenStyles.toString());
        assertFalse(running.get(0).contains("headline-error"), "the new run's headline is not in the last run's "
                + "error colour: " + running.get(0));
        assertFalse(fx(() -> seenStyles.stream().filter(t -> t.startsWith("Starting")).toList()).toString()
                .contains("headline-error"), seenStyles.toString());
    }

    @Test
    void saveAndReopenRestoresTheWorkbenchAndShowsTheResultsWithoutRunning(FxRobot robot, @TempDir Path dir)
            throws Exception {
        robot.interact(window::openIrisWorkflow);
        Path folder = dir.resolve("iris.runs");
        smallIris(robot, 3, folder);
        robot.interact(() -> {
            wb.setLevels("learn_rate", 2);
            wb.seedProperty().set(7);
            wb.metricsProperty().set(List.of("roc_auc", "accuracy"));
            wb.workersProperty().set(1);
            wb.resamplingProperty().set(new ResamplingSettings(0.8, true, ResamplingSettings.Scheme.VFOLD, 3, 1, 25,
                    0.75));
        });
        waitUntil(30, () -> !wb.candidatesBusyProperty().get() && wb.dataCheckProperty().get() != null
                && !robot.lookup("#startRun").queryAs(Button.class).isDisabled());
        robot.clickOn("#startRun");
        waitForEnd(180);
        assertEquals(12, wb.resultsProperty().get().records().size());
        Path file = dir.resolve("iris.blocktune.json");
        assertTrue(fx(() -> window.saveTo(file)));
        // the levels are in the core project, so the command line runs the same 4 candidates
        assertEquals(Map.of("learn_rate", 2), org.blocktune.core.io.ProjectFile.read(file).grid().parameterLevels());
        long written = Files.size(folder.resolve(RunFolder.FITS_FILE));

        // another model replaces everything …
        robot.interact(() -> window.open(SeedSpecs.irisMlp(), DataShape.classification(Shape.flat(4), 3)));
        robot.interact(() -> wb.seedProperty().set(42));
        assertNull(wb.resultsProperty().get());
        assertTrue(wb.domainsProperty().get().isEmpty());

        // … and opening the project brings the whole workbench and the run's results back
        assertTrue(fx(() -> window.openFile(file)));
        waitUntil(60, () -> wb.resultsProperty().get() != null && wb.dataCheckProperty().get() != null
                && wb.runPlanProperty().get() != null);
        assertFalse(screen.running(), "nothing runs on open");
        assertEquals(written, Files.size(folder.resolve(RunFolder.FITS_FILE)));
        assertEquals(12, wb.resultsProperty().get().records().size());
        assertEquals(new Domain.IntRange(4, 16), wb.domainsProperty().get().get("dense_units"));
        assertEquals(2, wb.levelsProperty().get().get("learn_rate"));
        assertEquals(2, wb.gridProperty().get().levels());
        assertEquals(7, wb.seedProperty().get());
        assertEquals(List.of("roc_auc", "accuracy"), wb.metricsProperty().get());
        assertEquals(1, wb.workersProperty().get());
        assertEquals(0.8, wb.resamplingProperty().get().trainProp());
        assertEquals(folder.toAbsolutePath(), wb.runFolderProperty().get().toAbsolutePath());
        assertEquals("Species", wb.rolesProperty().get().outcomes().get(0));
        assertEquals(150, wb.dataProperty().get().table().rowCount());
        assertEquals(3, doc.value("fit_epochs"));
        assertEquals(4, wb.candidates().size());
        robot.interact(() -> window.showStep(Step.RUN));
        assertEquals(12, fx(() -> table(robot).getItems().size()));
        assertTrue(text(robot, "#runHeadline").startsWith("Results of a run: 12 fits recorded"),
                text(robot, "#runHeadline"));
        assertTrue(text(robot, "#runFolderState").contains("finished run (12 fits)"), text(robot, "#runFolderState"));
    }
}
