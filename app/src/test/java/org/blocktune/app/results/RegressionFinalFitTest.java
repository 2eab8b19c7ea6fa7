package org.blocktune.app.results;

import static org.blocktune.app.FxThread.startWindow;
import static org.blocktune.app.FxThread.fx;
import static org.blocktune.app.FxThread.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.blocktune.app.MainWindow;
import org.blocktune.app.workbench.Step;
import org.blocktune.app.workbench.Workbench;
import org.blocktune.core.data.Task;
import org.blocktune.core.data.recipe.Normalize;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.resample.ResamplingSettings;
import org.blocktune.core.space.Domain;
import org.blocktune.core.space.GridSettings;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.Shape;
import org.blocktune.core.tune.FitRecord;
import org.blocktune.core.tune.TuneResults;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A real regression tune (the diamonds MLP on a small synthetic CSV, 2 candidates × 2 folds, 2
 * epochs) set up through the workbench, then the final fit in the window: RMSE, R² and MAE on the
 * test set and a predicted-vs-observed chart with one point per test row.
 */
@ExtendWith(ApplicationExtension.class)
class RegressionFinalFitTest {
    private MainWindow window;
    private Workbench wb;

    @Start
    void start(Stage stage) {
        window = startWindow(stage);
        wb = window.workbench();
    }

    /** y = 3 a − 2 b + a little noise, 120 rows. */
    private static Path csv(Path dir) throws Exception {
        Random r = new Random(5);
        List<String> lines = new ArrayList<>(List.of("a,b,y"));
        for (int i = 0; i < 120; i++) {
            double a = r.nextDouble() * 4;
            double b = r.nextDouble() * 2;
            lines.add(String.format(Locale.ROOT, "%.4f,%.4f,%.4f", a, b, 3 * a - 2 * b + 0.1 * r.nextGaussian()));
        }
        Path f = dir.resolve("linear.csv");
        Files.write(f, lines);
        return f;
    }

    @Test
    void theFinalFitOfARegressionTuneShowsItsErrorsAndAPointPerTestRow(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Path data = csv(dir);
        robot.interact(() -> {
            window.open(SeedSpecs.diamondMlp(), DataShape.regression(Shape.flat(2), 1));
            window.dataScreen().loadCsv(data);
        });
        waitUntil(60, () -> wb.dataCheckProperty().get() != null && wb.task() == Task.REGRESSION);
        robot.interact(() -> {
            wb.recipeProperty().set(Recipe.of(new Normalize()));
            wb.resamplingProperty().set(new ResamplingSettings(0.75, false, ResamplingSettings.Scheme.VFOLD, 2, 1,
                    25, 0.75));
            wb.setTuned("body_units", true);
            wb.setDomain("body_units", new Domain.IntRange(4, 16));
            wb.setGrid(GridSettings.regular(2));
            assertTrue(window.document().setValue("fit_epochs", 2).isEmpty());
            wb.runFolderProperty().set(dir.resolve("runs"));
        });
        waitUntil(60, () -> wb.dataCheckProperty().get().ok() && !wb.candidatesBusyProperty().get()
                && !wb.dataCheckBusyProperty().get() && wb.candidates().size() == 2);
        assertNull(wb.candidates().problem());

        robot.interact(() -> window.showStep(Step.RUN));
        waitUntil(10, () -> !window.root().lookup("#startRun").isDisabled());
        robot.clickOn("#startRun");
        waitUntil(180, () -> !window.tuningScreen().running());
        TuneResults results = wb.resultsProperty().get();
        assertEquals(4, results.records().size(), "2 candidates × 2 folds");
        assertTrue(results.records().stream().allMatch(FitRecord::ok), results.failures().toString());
        assertEquals("rmse", results.metricNames().get(0));

        robot.clickOn("#showResults");
        robot.clickOn("#selectBest");
        robot.clickOn("#tab-finalfit");
        robot.clickOn("#finalizeFit");
        waitUntil(120, () -> window.root().lookup("#testMetric-rmse") != null);
        int testRows = wb.runPlanProperty().get().testing().rowCount();
        assertEquals(30, testRows);
        for (String m : List.of("rmse", "rsq", "mae")) {
            String text = fx(() -> ((Labeled) window.root().lookup("#testMetric-" + m)).getText());
            assertTrue(text.matches("-?[0-9.]+(E-?[0-9]+)?"), m + " = " + text);
        }
        XYPlot plot = fx(() -> robot.lookup("#predictedObservedChartViewer").queryAs(ChartViewer.class).getChart()
                .getXYPlot());
        assertEquals(testRows, fx(() -> plot.getDataset().getItemCount(0)), "one point per test row");
        System.out.println("Regression final fit: rmse " + fx(() -> ((Labeled) window.root().lookup("#testMetric-rmse"))
                .getText()) + ", rsq " + fx(() -> ((Labeled) window.root().lookup("#testMetric-rsq")).getText())
                + " on " + testRows + " test rows");
    }
}
