package org.blocktune.app;

import static org.blocktune.app.FxThread.startWindow;
import static org.blocktune.app.FxThread.fx;
import static org.blocktune.app.FxThread.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.blocktune.app.tuning.TuningScreen;
import org.blocktune.app.workbench.Step;
import org.blocktune.app.workbench.Workbench;
import org.blocktune.core.compile.CompiledRow;
import org.blocktune.core.tune.FitRecord;
import org.blocktune.core.tune.TuneResults;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The whole Iris workflow as a user goes through it, in the real window: Examples ▸ Iris Workflow,
 * a smaller grid and fewer epochs on the Search space step, the dry run, the tuning run, the
 * results table and charts, Select best, and the final fit with its test metrics and confusion
 * matrix. Controls are clicked (or fired) as a user would; nothing is set on the model directly.
 */
@ExtendWith(ApplicationExtension.class)
class IrisWorkflowEndToEndTest {
    /** 2 levels × 2 tuned arguments = 4 candidates; × 3 folds = 12 fits. */
    private static final int CANDIDATES = 4;
    private static final int FITS = 12;

    private MainWindow window;
    private Workbench wb;

    @Start
    void start(Stage stage) {
        window = startWindow(stage);
        wb = window.workbench();
    }

    @Test
    void fromTheExamplesMenuToAFinalFit(FxRobot robot, @TempDir Path dir) throws Exception {
        long began = System.nanoTime();
        // Examples ▸ Iris Workflow
        robot.clickOn("Examples").clickOn("Iris Workflow (data, model, search space)");
        waitUntil(60, () -> wb.dataCheckProperty().get() != null && wb.dataCheckProperty().get().ok());
        assertEquals(Step.DATA, fx(window::currentStep));

        // Search space: a 2-level grid and 10 epochs, typed into the form's fields
        robot.clickOn("#tab-space");
        TextField levels = robot.lookup("#gridLevels").queryAs(TextField.class);
        robot.interact(() -> levels.setText("2"));
        TextField epochs = robot.lookup("#space-value-fit_epochs").queryAs(TextField.class);
        robot.interact(() -> {
            epochs.setText("10");
            epochs.fireEvent(new ActionEvent());
        });
        assertEquals(10, window.document().value("fit_epochs"));
        waitUntil(30, () -> !wb.candidatesBusyProperty().get() && wb.candidates().size() == CANDIDATES);

        // Dry run: every candidate builds
        robot.clickOn("#tab-dry_run");
        robot.clickOn("#runDryRun");
        TableView<?> dry = robot.lookup("#dryRunTable").queryTableView();
        waitUntil(60, () -> dry.getItems().size() == CANDIDATES && wb.dryRunProperty().get() != null);
        assertTrue(fx(() -> dry.getItems().stream().allMatch(r -> ((CompiledRow) r).ok())), "every row builds");
        assertEquals(CANDIDATES, fx(() -> robot.from(dry).lookup(".status-ok").queryAll().stream()
                .filter(n -> n instanceof Labeled l && "✔ ok".equals(l.getText())).count()).intValue());

        // Run: start, wait for the end
        robot.clickOn("#tab-run");
        robot.interact(() -> wb.runFolderProperty().set(dir.resolve("runs")));
        assertEquals(CANDIDATES + " candidates × 3 resamples = " + FITS + " fits.", text(robot, "#runPlanLine"));
        TuningScreen run = window.tuningScreen();
        waitUntil(10, () -> !robot.lookup("#startRun").queryAs(Button.class).isDisabled());
        String idle = FxStallProbe.idle(3);
        FxStallProbe probe = FxStallProbe.start();
        long started = System.nanoTime();
        robot.clickOn("#startRun");
        waitUntil(240, () -> !run.running());
        double runSeconds = (System.nanoTime() - started) / 1e9;
        probe.stop();
        System.out.println("Iris end to end, FX thread on the Run step before the run, " + idle);
        System.out.println("Iris end to end, FX thread during the run, " + probe.report("run", 5));
        TuneResults results = wb.resultsProperty().get();
        assertNotNull(results);
        assertTrue(results.records().stream().allMatch(FitRecord::ok), results.failures().toString());
        assertEquals(FITS, fx(() -> robot.lookup("#runTable").queryTableView().getItems().size()));
        assertTrue(text(robot, "#runHeadline").startsWith("Finished: " + FITS + " fits succeeded, 0 failed"),
                text(robot, "#runHeadline"));

        // Results: one row per candidate with mean ± std err and n, the best selected and highlighted
        robot.clickOn("#showResults");
        assertEquals(Step.RESULTS, fx(window::currentStep));
        TableView<?> table = robot.lookup("#resultsTable").queryTableView();
        assertEquals(CANDIDATES, fx(() -> table.getItems().size()));
        @SuppressWarnings("unchecked")
        String metric = fx(() -> ((ComboBox<String>) robot.lookup("#metricChoice").query()).getValue());
        assertEquals("accuracy", metric);
        TableColumn<?, ?> n = fx(() -> column(table, "col-n-accuracy"));
        for (int i = 0; i < CANDIDATES; i++) {
            int row = i;
            assertEquals(3, fx(() -> n.getCellData(row)), "each candidate's accuracy is a mean of 3 folds");
        }
        long meanCells = fx(() -> robot.from(table).lookup(".table-cell").queryAll().stream()
                .filter(c -> c instanceof Labeled l && l.getText() != null
                        && l.getText().matches("[0-9.]+ ± [0-9.]+")).count());
        assertTrue(meanCells >= CANDIDATES, "mean ± std err shown for every candidate, saw " + meanCells);
        String best = results.selectBest("accuracy").id();
        assertEquals(List.of(best), fx(() -> table.getSelectionModel().getSelectedIndices().stream()
                .map(i -> String.valueOf(column(table, "col-candidate").getCellData(i))).toList()),
                "the best candidate is selected when the run ends");
        TableColumn<?, ?> ids = fx(() -> column(table, "col-candidate"));
        assertTrue(fx(() -> table.lookupAll(".table-row-cell").stream().map(x -> (TableRow<?>) x)
                .filter(r -> r.getItem() != null && best.equals(ids.getCellData(r.getIndex())))
                .anyMatch(r -> r.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("best")))));

        // the chart of the metric against each tuned argument has a point per candidate
        CombinedRangeXYPlot autoplot = fx(() -> (CombinedRangeXYPlot) robot.lookup("#autoplotChartViewer")
                .queryAs(ChartViewer.class).getChart().getPlot());
        for (XYPlot panel : fx(autoplot::getSubplots)) {
            assertEquals(CANDIDATES, panel.getDataset().getItemCount(0));
        }

        // Select best, then the final fit on the test set
        robot.clickOn("#selectBest");
        assertTrue(text(robot, "#resultsStatus").contains(best), text(robot, "#resultsStatus"));
        robot.clickOn("#tab-finalfit");
        robot.clickOn("#finalizeFit");
        waitUntil(120, () -> window.root().lookup("#confusionGrid") != null);
        double accuracy = Double.parseDouble(text(robot, "#testMetric-accuracy"));
        int testRows = wb.runPlanProperty().get().testing().rowCount();
        Node grid = robot.lookup("#confusionGrid").query();
        int sum = fx(() -> grid.lookupAll(".confusion-cell").stream()
                .mapToInt(c -> Integer.parseInt(((Label) c).getText())).sum());
        System.out.printf(Locale.ROOT, "Iris end to end: %d fits in %.1f s; the whole test %.1f s; test accuracy of %s "
                        + "%.3f on %d rows; longest gap between FX pulses during the run %.1f ms%n", FITS, runSeconds,
                (System.nanoTime() - began) / 1e9, best, accuracy, testRows, run.longestPulseGapMillis());
        assertTrue(accuracy > 0.6, "well above chance (1/3): " + accuracy);
        assertEquals(testRows, sum, "the confusion matrix counts every test row once");
        assertFalse(fx(() -> robot.lookup("#saveModel").queryAs(Button.class).isDisabled()));
    }

    private static String text(FxRobot robot, String id) throws Exception {
        return fx(() -> robot.lookup(id).queryAs(Labeled.class).getText());
    }

    private static TableColumn<?, ?> column(TableView<?> table, String id) {
        return table.getVisibleLeafColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }
}
