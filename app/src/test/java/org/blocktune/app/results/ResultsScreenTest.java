package org.blocktune.app.results;

import static org.blocktune.app.FxThread.startWindow;
import static org.blocktune.app.FxThread.fx;
import static org.blocktune.app.FxThread.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;



import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.blocktune.app.MainWindow;
import org.blocktune.app.workbench.Step;
import org.blocktune.core.metrics.ConfusionMatrix;
import org.blocktune.core.project.TunePlan;
import org.blocktune.core.tune.MetricSummary;
import org.blocktune.core.tune.TuneResults;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Results screen on a real small iris run (4 candidates, one of which fails, × 3 folds): the
 * table, best highlight and sorting, the charts, select best / one std err, the final fit with its
 * confusion matrix, and the exports. Screenshots go to {@code target/screenshots/}.
 */
@ExtendWith(ApplicationExtension.class)
class ResultsScreenTest {
    private static TunePlan plan;
    private static TuneResults results;
    private MainWindow window;
    private ResultsScreen screen;

    @BeforeAll
    static void tune() throws Exception {
        plan = IrisRun.plan();
        results = IrisRun.run(plan);
        assertEquals(IrisRun.FOLDS, results.failures().size(), "the 0-unit candidate fails on every fold");
    }

    @Start
    void start(Stage stage) {
        window = startWindow(stage);
        // a second view of the same workbench (in a scene, not shown), for the screen's package-private parts;
        // clicks go to the main window's screen
        screen = new ResultsScreen(window.workbench(), s -> { });
        Scene scene = new Scene((javafx.scene.Parent) screen.node(), 1100, 700);
        scene.getStylesheets().addAll(window.root().getStylesheets());
    }



    private void showResults(FxRobot robot) {
        robot.interact(() -> {
            window.workbench().runPlanProperty().set(plan);
            window.workbench().resultsProperty().set(results);
            window.showStep(Step.RESULTS);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Saves a snapshot of the main window to target/screenshots (for looking at the screen). */
    private void snapshot(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage img = fx(() -> window.root().getScene().snapshot(null));
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", dir.resolve(name + ".png").toFile());
    }

    @Test
    void withoutResultsItSaysToGoToRun(FxRobot robot) throws Exception {
        robot.interact(() -> window.showStep(Step.RESULTS));
        Node empty = robot.lookup("#resultsEmpty").query();
        assertTrue(fx(empty::isVisible));
        assertFalse(fx(() -> robot.lookup("#resultsContent").query().isVisible()));
        snapshot(robot, "results-empty");
        robot.clickOn(fx(() -> window.root().lookup("#goToRun")));
        assertEquals(Step.RUN, fx(window::currentStep));
    }

    @Test
    void theTableHasOneRowPerCandidateWithMeansTheBestHighlightedAndSorts(FxRobot robot) throws Exception {
        showResults(robot);
        var table = screen.table().view();
        assertEquals(IrisRun.CANDIDATES, fx(() -> table.getItems().size()));
        for (MetricSummary s : results.summary("accuracy")) {
            CandidateRow row = fx(() -> table.getItems().stream().filter(r -> r.id().equals(s.candidateId())).findFirst()
                    .orElseThrow());
            assertEquals(s.mean(), row.mean("accuracy"), 1e-12);
            assertEquals(IrisRun.FOLDS, row.n("accuracy"));
        }
        String best = results.selectBest("accuracy").id();
        assertEquals(best, fx(() -> screen.table().bestIdProperty().get()));
        // the best row is drawn highlighted in the main window's table
        assertTrue(fx(() -> robot.lookup("#resultsTable").queryAll().stream()
                .flatMap(t -> t.lookupAll(".table-row-cell").stream())
                .map(n -> (TableRow<?>) n)
                .filter(r -> r.getItem() instanceof CandidateRow c && c.id().equals(best))
                .anyMatch(r -> r.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("best")))));
        // the failed fits are listed with their messages
        assertEquals(IrisRun.FOLDS, fx(() -> robot.lookup("#failuresTable").queryTableView().getItems().size()));

        // sorting by the mean of accuracy, largest first, puts the best on top
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            TableColumn<CandidateRow, ?> mean = (TableColumn<CandidateRow, ?>) table.getColumns().stream()
                    .filter(c -> "col-metric-accuracy".equals(c.getId())).findFirst().orElseThrow().getColumns().get(0);
            mean.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(mean));
        });
        assertEquals(best, fx(() -> table.getItems().get(0).id()));
        robot.interact(() -> {
            var units = table.getColumns().stream().filter(c -> "col-param-dense_units".equals(c.getId())).findFirst().orElseThrow();
            units.setSortType(TableColumn.SortType.ASCENDING);
            table.getSortOrder().setAll(List.of(units));
        });
        assertEquals(List.of("cand_004", "cand_001", "cand_002", "cand_003"),
                fx(() -> table.getItems().stream().map(CandidateRow::id).toList()));

        // a metric to minimise: the best is the smallest log loss
        robot.interact(() -> screen.metricChoice().setValue("mn_log_loss"));
        assertEquals(results.selectBest("mn_log_loss").id(), fx(() -> screen.table().bestIdProperty().get()));
        snapshot(robot, "results-table");
    }

    @Test
    void theAutoplotHasAPointPerCandidateAndOnePanelPerParameter(FxRobot robot) throws Exception {
        showResults(robot);
        CombinedRangeXYPlot plot = fx(() -> (CombinedRangeXYPlot) screen.autoplot().chart().getPlot());
        List<XYPlot> panels = plot.getSubplots();
        assertEquals(2, panels.size());
        long withValue = results.summary("accuracy").size();
        assertEquals(3, withValue, "the failed candidate has no mean");
        for (XYPlot p : panels) {
            assertEquals(withValue, p.getDataset().getItemCount(0));
        }
        assertTrue(panels.get(1).getDomainAxis() instanceof LogAxis, "learn_rate is log-spaced");
        robot.interact(() -> screen.charts().getSelectionModel().select(0));
        snapshot(robot, "results-autoplot");
        robot.interact(() -> {
            screen.table().select("cand_003");
            window.root().lookupAll("#resultsCharts").forEach(n ->
                    ((javafx.scene.control.TabPane) n).getSelectionModel().select(1));
        });
        snapshot(robot, "results-parallel");
    }

    @Test
    void selectingARowDrawsItsHistoryOneLinePerFold(FxRobot robot) throws Exception {
        showResults(robot);
        robot.interact(() -> {
            screen.table().select("cand_002");
            ((javafx.scene.control.TableView<?>) window.root().lookup("#resultsTable")).getSelectionModel().clearAndSelect(1);
        });
        CombinedDomainXYPlot plot = fx(() -> (CombinedDomainXYPlot) screen.history().chart().getPlot());
        XYPlot loss = plot.getSubplots().get(0);
        int training = 0;
        int validation = 0;
        for (int i = 0; i < loss.getDataset().getSeriesCount(); i++) {
            String key = String.valueOf(loss.getDataset().getSeriesKey(i));
            if (key.endsWith("training")) {
                training++;
                assertEquals(4, loss.getDataset().getItemCount(i), "one point per epoch");
            } else if (key.endsWith("validation")) {
                validation++;
            }
        }
        assertEquals(IrisRun.FOLDS, training);
        assertEquals(IrisRun.FOLDS, validation);
        assertEquals(2, plot.getSubplots().size(), "loss and accuracy panels");
        robot.interact(() -> window.root().lookupAll("#resultsCharts").forEach(n ->
                ((javafx.scene.control.TabPane) n).getSelectionModel().select(2)));
        snapshot(robot, "results-history");
    }

    @Test
    void theSelectionFollowsTheBestAsFitsArriveUntilTheUserChoosesARow(FxRobot robot) throws Exception {
        String best = results.selectBest("accuracy").id();
        String other = results.summary("accuracy").stream().map(MetricSummary::candidateId)
                .filter(id -> !id.equals(best)).findFirst().orElseThrow();
        // partly run: only another candidate has finished fits, so it is the best so far and selected
        TuneResults partial = new TuneResults(results.info(), results.candidates(), results.records().stream()
                .filter(r -> r.candidateId().equals(other)).toList(), List.of(), false);
        robot.interact(() -> {
            window.workbench().runPlanProperty().set(plan);
            window.workbench().resultsProperty().set(partial);
        });
        assertEquals(List.of(other), fx(() -> screen.table().selectedIds()));
        // the run ends: the selection moves to the best, which is highlighted
        robot.interact(() -> window.workbench().resultsProperty().set(results));
        assertEquals(List.of(best), fx(() -> screen.table().selectedIds()));
        assertEquals(best, fx(() -> screen.table().bestIdProperty().get()));
        // a row the user chose stays chosen when the results change again
        robot.interact(() -> {
            var view = screen.table().view();
            for (int i = 0; i < view.getItems().size(); i++) {
                if (view.getItems().get(i).id().equals(other)) {
                    view.getSelectionModel().clearAndSelect(i);
                }
            }
        });
        robot.interact(() -> window.workbench().resultsProperty().set(new TuneResults(results.info(),
                results.candidates(), results.records(), List.of(), false)));
        assertEquals(List.of(other), fx(() -> screen.table().selectedIds()));
    }

    @Test
    void selectBestAndOneStdErrSelectTheirRows(FxRobot robot) throws Exception {
        showResults(robot);
        robot.interact(screen::selectBest);
        assertEquals(List.of(results.selectBest("accuracy").id()), fx(() -> screen.table().selectedIds()));
        robot.interact(screen::selectByOneStdErr);
        assertEquals(List.of(results.selectByOneStdErr("accuracy", "dense_units", true).id()),
                fx(() -> screen.table().selectedIds()));
        // through the buttons of the main window too
        robot.clickOn(fx(() -> window.root().lookup("#selectBest")));
        assertTrue(fx(() -> robot.lookup("#resultsStatus").queryLabeled().getText())
                .contains(results.selectBest("accuracy").id()));
    }

    @Test
    void finalizeShowsTestMetricsAndAConfusionMatrixOfTheTestRows(FxRobot robot, @TempDir Path dir) throws Exception {
        showResults(robot);
        robot.interact(screen::selectBest);
        robot.interact(() -> screen.charts().getSelectionModel().select(3));
        robot.interact(() -> screen.finalFit().start());
        try {
            waitUntil(60, () -> screen.finalFit().outcomeProperty().get() != null);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no final fit; the pane says: " + fx(() -> ((Label) screen.node().lookup("#finalFitMessage"))
                    .getText() + " / " + ((Label) screen.node().lookup("#finalFitNote")).getText()
                    + " / disabled " + screen.node().lookup("#finalizeFit").isDisabled()), e);
        }
        FinalFitOutcome o = fx(() -> screen.finalFit().outcomeProperty().get());
        assertTrue(o.fit().testMetrics().containsKey("accuracy"));
        ConfusionMatrix cm = o.confusion();
        assertNotNull(cm);
        assertEquals(plan.testing().rowCount(), cm.total());
        robot.interact(() -> {
            screen.node().applyCss();
            ((javafx.scene.Parent) screen.node()).layout();
        });
        Node grid = fx(() -> screen.node().lookup("#confusionGrid"));
        int sum = fx(() -> grid.lookupAll(".confusion-cell").stream()
                .mapToInt(n -> Integer.parseInt(((Label) n).getText())).sum());
        assertEquals(plan.testing().rowCount(), sum);
        assertTrue(fx(() -> ((Label) screen.node().lookup("#testMetric-accuracy")).getText()).matches("[0-9.]+"));
        String best = results.selectBest("accuracy").id();
        assertTrue(fx(() -> ((Label) screen.node().lookup("#finalFitTitle")).getText()).startsWith(best + " on the test set"));
        // choosing another row says the figures on show are still the best's, until that row is finalised
        robot.interact(() -> screen.table().view().getSelectionModel().clearAndSelect(
                screen.table().view().getItems().stream().map(CandidateRow::id).toList().indexOf(
                        results.summary("accuracy").stream().map(MetricSummary::candidateId)
                                .filter(id -> !id.equals(best)).findFirst().orElseThrow())));
        String other = fx(() -> screen.table().selectedIds().get(0));
        String note = fx(() -> ((Label) screen.node().lookup("#finalFitNote")).getText());
        assertTrue(note.contains("final fit of " + best) && note.contains("Finalize " + other), note);
        robot.interact(screen::selectBest);
        assertTrue(fx(() -> ((Label) screen.node().lookup("#finalFitNote")).getText()).startsWith("Fits " + best));
        // the final model saves to a file
        Path model = dir.resolve("final.model.zip");
        robot.interact(() -> screen.finalFit().saveModel(model));
        waitUntil(30, () -> Files.exists(model) && Files.size(model) > 0
                && ((Label) screen.node().lookup("#resultsStatus")).getText().startsWith("Saved the final model"));
        // the main window's screen has its own final fit: fit it too for the screenshot
        robot.interact(() -> {
            window.root().lookupAll("#resultsCharts").forEach(n ->
                    ((javafx.scene.control.TabPane) n).getSelectionModel().select(3));
        });
        robot.clickOn(fx(() -> window.root().lookup("#selectBest")));
        robot.clickOn(fx(() -> window.root().lookup("#finalizeFit")));
        waitUntil(60, () -> window.root().lookup("#confusionGrid") != null);
        snapshot(robot, "results-finalfit");
    }

    @Test
    void exportsWriteTheTableAndTheCharts(FxRobot robot, @TempDir Path dir) throws Exception {
        showResults(robot);
        Path csv = dir.resolve("results.csv");
        robot.interact(() -> screen.exportCsv(csv));
        List<String> lines = Files.readAllLines(csv);
        assertEquals(1 + IrisRun.CANDIDATES, lines.size());
        assertTrue(lines.get(0).startsWith("candidate,dense_units,learn_rate,accuracy_mean,accuracy_std_err,accuracy_n"),
                lines.get(0));
        for (ChartCard card : List.of(screen.autoplot(), screen.parallel(), screen.history())) {
            Path png = dir.resolve("chart.png");
            Path svg = dir.resolve("chart.svg");
            robot.interact(() -> {
                card.savePng(png);
                card.saveSvg(svg);
            });
            byte[] bytes = Files.readAllBytes(png);
            assertTrue(bytes.length > 1000);
            assertEquals((byte) 0x89, bytes[0]);
            assertEquals('P', bytes[1]);
            String text = Files.readString(svg, StandardCharsets.UTF_8).stripLeading();
            assertTrue(text.startsWith("<svg") || text.startsWith("<?xml"), text.substring(0, 40));
            assertTrue(text.length() > 1000);
        }
    }
}
