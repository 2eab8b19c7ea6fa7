package org.blocktune.app.results;

import static org.blocktune.app.FxThread.fx;
import static org.blocktune.app.FxThread.startWindow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.blocktune.app.MainWindow;
import org.blocktune.app.workbench.Step;
import org.blocktune.app.workbench.WorkbenchProject;
import org.blocktune.core.data.CsvReader;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.Task;
import org.blocktune.core.data.recipe.Normalize;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.io.Project;
import org.blocktune.core.metrics.ClassMetric;
import org.blocktune.core.project.TunePlan;
import org.blocktune.core.resample.Resampling;
import org.blocktune.core.resample.Split;
import org.blocktune.core.tune.BracketRun;
import org.blocktune.core.tune.RaceRun;
import org.blocktune.core.tune.TuneControl;
import org.blocktune.core.tune.TuneJob;
import org.blocktune.core.tune.TuneResults;
import org.blocktune.core.tune.TuneRunner;
import org.blocktune.core.tune.strategy.SearchStrategy;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The search strategy in the workbench: chosen in the Search space step (and saved with the
 * project), and shown in Results as the compute saved, the racing plot with the dropped candidates
 * greyed where they were dropped, and the Hyperband bracket view. Real small iris runs (5 folds,
 * 6 candidates, two of which learn nothing at learn_rate 1e-6).
 */
@ExtendWith(ApplicationExtension.class)
class StrategyResultsTest {
    private static TunePlan plan;
    private static TuneResults raced;
    private static TuneResults hyperband;
    private MainWindow window;
    private ResultsScreen screen;

    @BeforeAll
    static void tune() throws Exception {
        Table iris = CsvReader.read(Path.of("..", "resources", "datasets", "iris.csv").toAbsolutePath().normalize());
        Split initial = Resampling.initialSplit(iris.rowCount(), 0.8, iris.categorical("Species").codes(), 3);
        Table training = iris.rows(initial.analysis());
        List<Split> folds = Resampling.vfold(training.rowCount(), 5, 1, training.categorical("Species").codes(), 11);
        List<Map<String, Object>> candidates = List.of(values(8, 0.05), values(16, 0.05), values(8, 0.000001),
                values(16, 0.000001), values(4, 0.05), values(12, 0.02));
        TuneJob job = TuneJob.ofCandidates(SeedSpecs.irisMlp(), Map.of("fit_epochs", 9, "fit_batch_size", 16), candidates,
                training, Roles.of(training, "Species"), Recipe.of(new Normalize()), folds, List.of(ClassMetric.ACCURACY),
                new TuneControl(2, 42, false), null);
        plan = new TunePlan(null, Task.CLASSIFICATION, training, iris.rows(initial.assessment()), job);
        raced = new TuneRunner().run(job, SearchStrategy.of(SearchStrategy.Kind.RACE_ANOVA), null, null);
        hyperband = new TuneRunner().run(job, SearchStrategy.of(SearchStrategy.Kind.HYPERBAND), null, null);
        assertTrue(raced.race().orElseThrow().eliminated("cand_003"), "learn_rate 1e-6 is dropped");
    }

    private static Map<String, Object> values(int units, double rate) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dense_units", units);
        m.put("learn_rate", rate);
        return m;
    }

    @Start
    void start(Stage stage) {
        window = startWindow(stage);
        screen = new ResultsScreen(window.workbench(), s -> { });
        new javafx.scene.Scene((javafx.scene.Parent) screen.node(), 1100, 700);
    }

    private void show(FxRobot robot, TuneResults results) {
        robot.interact(() -> {
            window.workbench().runPlanProperty().set(plan);
            window.workbench().resultsProperty().set(results);
            window.showStep(Step.RESULTS);
            TabPane charts = robot.lookup("#resultsCharts").queryAs(TabPane.class);
            charts.getSelectionModel().select(charts.getTabs().stream().filter(t -> "tab-strategy".equals(t.getId()))
                    .findFirst().orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void snapshot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage img = fx(() -> window.root().getScene().snapshot(null));
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", dir.resolve(name + ".png").toFile());
    }

    @Test
    void theRacingPlotGreysTheDroppedCandidatesWhereTheyWereDropped(FxRobot robot) throws Exception {
        show(robot, raced);
        Label compute = robot.lookup("#strategyCompute").queryAs(Label.class);
        assertEquals(raced.computeUse().describe(), compute.getText());
        assertTrue(compute.getText().matches("[\\d,]+ of 270 epochs trained; \\d+\\.\\d % saved"), compute.getText());
        String summary = robot.lookup("#strategySummary").queryAs(Label.class).getText();
        assertTrue(summary.contains("candidates were dropped"), summary);
        assertTrue(summary.contains("cand_003: eliminated after"), summary);
        RaceRun race = raced.race().orElseThrow();
        robot.interact(() -> screen.refreshForTest());
        XYPlot plot = fx(() -> (XYPlot) screen.strategyPane().chart().chart().getPlot());
        for (int i = 0; i < raced.candidates().size(); i++) {
            String id = raced.candidates().get(i).id();
            int points = plot.getDataset().getItemCount(i);
            Color paint = (Color) plot.getRenderer().getSeriesPaint(i);
            if (race.eliminated(id)) {
                assertEquals(race.fittedOn().get(id).intValue(), points, id + " ends where it was dropped");
                assertEquals(new Color(0xB8, 0xBF, 0xC7), paint, id + " is grey");
            } else {
                assertEquals(5, points, id + " ran on every resample");
                assertFalse(paint.equals(new Color(0xB8, 0xBF, 0xC7)), id + " is coloured");
            }
        }
        String best = robot.lookup("#resultsStatus").queryAs(Label.class).getText();
        assertNotNull(best);
        assertFalse(race.eliminated(raced.selectBest("accuracy").id()), "the best finished the race");
        snapshot("strategy-race");
    }

    @Test
    void theBracketViewHasABarPerCandidateAndBracket(FxRobot robot) throws Exception {
        show(robot, hyperband);
        List<BracketRun> brackets = hyperband.brackets();
        assertEquals(3, brackets.size(), "9 epochs, factor 3: three brackets");
        String summary = robot.lookup("#strategySummary").queryAs(Label.class).getText();
        assertTrue(summary.contains("bracket 2: 6 × 1 epoch → 3 × 3 epochs → 1 × 9 epochs"), summary);
        robot.interact(() -> screen.refreshForTest());
        XYPlot plot = fx(() -> (XYPlot) screen.strategyPane().chart().chart().getPlot());
        Map<String, Integer> rows = StrategyCharts.bracketRows(brackets);
        assertEquals(rows.size(), plot.getDataset().getSeriesCount());
        // the bar of bracket 0's candidates reaches 9 epochs; the longest bar is the max epochs
        assertEquals(9.0, plot.getDataset().getXValue(rows.size() - 1, 1), 0.0);
        assertEquals(hyperband.computeUse().describe(), robot.lookup("#strategyCompute").queryAs(Label.class).getText());
        snapshot("strategy-hyperband");
    }

    @Test
    void theStrategyIsChosenInTheSearchSpaceStepAndSaved(FxRobot robot) throws Exception {
        robot.interact(() -> window.showStep(Step.SPACE));
        @SuppressWarnings("unchecked")
        ComboBox<SearchStrategy.Kind> kind = robot.lookup("#strategyKind").queryAs(ComboBox.class);
        robot.interact(() -> kind.setValue(SearchStrategy.Kind.RACE_ANOVA));
        assertEquals(SearchStrategy.Kind.RACE_ANOVA, window.workbench().strategyProperty().get().kind());
        TextField burnIn = robot.lookup("#raceBurnIn").queryAs(TextField.class);
        robot.interact(() -> burnIn.setText("1"));
        assertTrue(robot.lookup("#strategyProblem").queryAs(Label.class).getText().contains("at least 2"));
        assertEquals(3, window.workbench().strategyProperty().get().race().burnIn(), "a bad burn-in changes nothing");
        robot.interact(() -> burnIn.setText("4"));
        assertEquals(4, window.workbench().strategyProperty().get().race().burnIn());
        assertTrue(window.workbench().unsaved(), "the strategy is a saved setting");
        Project saved = fx(() -> WorkbenchProject.store(window.workbench(), Project.of(SeedSpecs.irisMlp())));
        assertEquals(SearchStrategy.Kind.RACE_ANOVA, saved.strategy().kind());
        assertEquals(4, saved.strategy().race().burnIn());
        robot.interact(() -> kind.setValue(SearchStrategy.Kind.GRID));
        robot.interact(() -> robot.lookup("#pruneMedian").queryAs(javafx.scene.control.CheckBox.class).setSelected(true));
        assertNotNull(window.workbench().strategyProperty().get().pruning());
        assertTrue(robot.lookup("#strategyNote").queryAs(Label.class).getText().contains("MedianPruner"));
        snapshot("strategy-space");
    }
}
