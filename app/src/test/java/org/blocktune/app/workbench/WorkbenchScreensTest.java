package org.blocktune.app.workbench;

import static org.blocktune.app.FxThread.startWindow;
import static org.blocktune.app.FxThread.fx;
import static org.blocktune.app.FxThread.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;



import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.blocktune.app.MainWindow;
import org.blocktune.app.editor.model.EditorDocument;
import org.blocktune.core.compile.CompiledRow;
import org.blocktune.core.data.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;


/** The workbench steps: Data, Search space and Dry run, driven through the UI on the Iris example. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchScreensTest {
    private MainWindow window;
    private Workbench wb;
    private EditorDocument doc;

    @Start
    void start(Stage stage) {
        window = startWindow(stage);
        wb = window.workbench();
        doc = window.document();
    }



    private void openIrisAndWait(FxRobot robot) throws Exception {
        robot.interact(window::openIrisWorkflow);
        waitUntil(30, () -> wb.dataCheckProperty().get() != null && wb.dataShape() != null
                && wb.candidates() != null && wb.candidates().size() == 9);
    }

    private String text(FxRobot robot, String id) throws Exception {
        return fx(() -> robot.lookup(id).queryLabeled().getText());
    }

    @Test
    void theIrisExampleLoadsTheDataWithPreviewRolesAndClassification(FxRobot robot) throws Exception {
        robot.clickOn("Examples").clickOn("Iris Workflow (data, model, search space)");
        waitUntil(30, () -> wb.dataCheckProperty().get() != null);
        assertEquals(Step.DATA, fx(window::currentStep));
        TableView<?> preview = robot.lookup("#dataPreview").queryTableView();
        assertEquals(150, fx(() -> preview.getItems().size()));
        assertTrue(fx(() -> preview.getColumns().stream().anyMatch(c -> "Species".equals(c.getUserData()))));
        assertTrue(text(robot, "#previewTitle").contains("150 rows × 5 columns"), text(robot, "#previewTitle"));
        assertEquals("Species", fx(() -> robot.lookup("#outcomeChoice").queryComboBox().getValue()));
        assertTrue(text(robot, "#taskLabel").startsWith("Classification"), text(robot, "#taskLabel"));
        assertTrue(text(robot, "#taskLabel").contains("setosa"));
        assertEquals(Task.CLASSIFICATION, wb.task());
        String line = text(robot, "#resamplingLine");
        assertTrue(line.contains("150 rows → 111 training + 39 testing") && line.contains("3 folds of ~74/37"), line);
        assertTrue(text(robot, "#shapeLine").contains("input (None, 4)"), text(robot, "#shapeLine"));
        assertEquals("iris_mlp", doc.spec().name());

        // switching the outcome to a number makes it regression; a bad v is flagged in place
        robot.interact(() -> robot.lookup("#outcomeChoice").queryComboBox().getSelectionModel()
                .select("Sepal.Length"));
        waitUntil(10, () -> text(robot, "#taskLabel").startsWith("Regression"));
        robot.doubleClickOn("#folds").write("x");
        assertFalse(text(robot, "#resamplingProblem").isEmpty());
        assertEquals(3, wb.resamplingProperty().get().folds(), "the last good value stays in use");
    }

    @Test
    void tuningAnotherArgumentChangesTheGridPreviewRowCount(FxRobot robot) throws Exception {
        openIrisAndWait(robot);
        robot.clickOn("3 Search space");
        waitUntil(10, () -> text(robot, "#gridRowCount").equals("9 candidates"));
        TableView<?> grid = robot.lookup("#gridPreview").queryTableView();
        assertEquals(9, fx(() -> grid.getItems().size()));
        robot.clickOn("#space-tune-num_dense");
        waitUntil(10, () -> text(robot, "#gridRowCount").equals("27 candidates"));
        assertTrue(doc.tuned("num_dense"), "the mark is the editor's, so the inspector shows it too");
        assertEquals(27, fx(() -> grid.getItems().size()));
        // fewer levels for one argument
        robot.clickOn("#domain-levels-num_dense").write("2");
        waitUntil(10, () -> text(robot, "#gridRowCount").equals("18 candidates"));
        // an impossible domain is flagged in place and the last good one stays
        robot.interact(() -> robot.lookup("#domain-upper-num_dense").queryAs(TextField.class).setText("0"));
        assertFalse(text(robot, "#domain-problem-num_dense").isEmpty());
        assertEquals(18, fx(() -> wb.candidates().size()));
        // ... and the preview says it is out of date, naming the argument, until the entry is fixed
        waitUntil(5, () -> text(robot, "#gridStale").contains("num_dense"));
        assertTrue(fx(() -> grid.getStyleClass().contains("stale-preview")));
        robot.interact(() -> robot.lookup("#domain-upper-num_dense").queryAs(TextField.class).setText("3"));
        waitUntil(5, () -> text(robot, "#gridStale").isEmpty());
        assertFalse(fx(() -> grid.getStyleClass().contains("stale-preview")));
        assertFalse(fx(() -> robot.lookup("#gridStale").query().isVisible()));
        // a bad grid setting marks it too
        robot.interact(() -> robot.lookup("#gridLevels").queryAs(TextField.class).setText("zero"));
        waitUntil(5, () -> text(robot, "#gridStale").contains("the grid's levels"));
        robot.interact(() -> robot.lookup("#gridLevels").queryAs(TextField.class).setText("3"));
        waitUntil(5, () -> text(robot, "#gridStale").isEmpty());
        // fixing it again in the editor's inspector removes it from the grid
        robot.interact(() -> doc.setTuned("num_dense", false));
        waitUntil(10, () -> text(robot, "#gridRowCount").equals("9 candidates"));
        // a refused fixed value stays in the field with the reason, the document keeps its value
        robot.doubleClickOn("#space-value-num_dense").write("-5");
        assertFalse(text(robot, "#space-problem-num_dense").isEmpty());
        assertEquals(1, doc.value("num_dense"));
    }

    @Test
    void theDryRunOfTheIrisExampleFillsTheTableAndTheHeadline(FxRobot robot) throws Exception {
        openIrisAndWait(robot);
        robot.clickOn("4 Dry run");
        assertFalse(fx(() -> robot.lookup("#noDataBox").query().isVisible()));
        robot.clickOn("#runDryRun");
        waitUntil(180, () -> text(robot, "#dryRunHeadline").contains("compiled"));
        assertEquals("All 9 models compiled successfully.", text(robot, "#dryRunHeadline"));
        TableView<?> table = robot.lookup("#dryRunTable").queryTableView();
        assertEquals(9, fx(() -> table.getItems().size()));
        assertTrue(fx(() -> table.getColumns().stream().anyMatch(c -> "dense_units".equals(c.getText()))));
        assertTrue(wb.dryRunProperty().get() != null);
        Node first = fx(() -> robot.from(table).lookup(".table-row-cell").queryAll().stream()
                .filter(n -> n instanceof TableRow<?> r && r.getIndex() == 0 && r.getItem() != null && r.isVisible())
                .findFirst().orElseThrow());
        robot.clickOn(first);
        waitUntil(5, () -> robot.lookup("#layerSummary").tryQuery().isPresent());
        assertTrue(text(robot, "#summaryTotal").startsWith("Total params: "));
        // all rows are valid: nothing to drop
        assertTrue(fx(() -> robot.lookup("#keepValid").queryAs(Button.class).isDisabled()));
    }

    @Test
    void aBadDomainValueGivesErrorRowsWhoseSelectionSelectsTheBlockInTheEditor(FxRobot robot) throws Exception {
        openIrisAndWait(robot);
        robot.interact(() -> window.showStep(Step.SPACE));
        robot.interact(() -> robot.lookup("#domain-lower-dense_units").queryAs(TextField.class).setText("-8"));
        assertTrue(text(robot, "#domain-warning-dense_units").contains("fail the dry run"),
                text(robot, "#domain-warning-dense_units"));
        waitUntil(10, () -> wb.candidates().rows().stream().anyMatch(r -> r.get("dense_units").equals(-8)));
        robot.interact(() -> window.showStep(Step.DRY_RUN));
        robot.clickOn("#runDryRun");
        waitUntil(180, () -> text(robot, "#dryRunHeadline").contains("compile"));
        assertEquals("3 of 9 models failed to compile.", text(robot, "#dryRunHeadline"));
        robot.interact(() -> doc.select(List.of(), false));
        TableView<?> table = robot.lookup("#dryRunTable").queryTableView();
        // the table lays its rows out on a later pulse than the headline changes: wait for a failing row's cell
        java.util.concurrent.Callable<java.util.Optional<Node>> failingRow = () -> robot.from(table)
                .lookup(".table-row-cell").queryAll().stream()
                .filter(n -> n instanceof TableRow<?> r && r.isVisible() && r.getItem() instanceof CompiledRow c && !c.ok())
                .findFirst();
        waitUntil(10, () -> fx(failingRow).isPresent());
        Node failing = fx(failingRow).orElseThrow();
        robot.clickOn(failing);
        waitUntil(5, () -> doc.selection().contains("dense"));
        assertEquals(List.of("dense"), List.copyOf(doc.selection()));
        assertTrue(fx(() -> robot.lookup("#dryRunError").queryTextInputControl().getText()).contains("dense"));
        // keep the valid rows for the run
        robot.clickOn("#keepValid");
        assertEquals(6, fx(() -> wb.runCandidates().size()));
        assertTrue(text(robot, "#keptLabel").contains("6 valid of 9"), text(robot, "#keptLabel"));
    }

    @Test
    void aLongDryRunShowsProgressAndStopsOnCancel(FxRobot robot) throws Exception {
        openIrisAndWait(robot);
        robot.interact(() -> wb.setGrid(new org.blocktune.core.space.GridSettings(
                org.blocktune.core.space.GridSettings.Kind.RANDOM, 3, 3000, 42, null)));
        waitUntil(20, () -> wb.candidates().size() == 3000);
        robot.interact(() -> window.showStep(Step.DRY_RUN));
        robot.clickOn("#runDryRun");
        waitUntil(120, () -> text(robot, "#dryRunProgressText").contains("of 3000 built"));
        assertTrue(fx(() -> robot.lookup("#runDryRun").queryAs(Button.class).isDisabled()), "one run at a time");
        robot.clickOn("#cancelDryRun");
        waitUntil(20, () -> text(robot, "#dryRunHeadline").startsWith("Cancelled after"));
        TableView<?> table = robot.lookup("#dryRunTable").queryTableView();
        int done = fx(() -> table.getItems().size());
        assertTrue(done > 0 && done < 3000, "rows kept: " + done);
        assertTrue(wb.dryRunProperty().get() == null, "a cancelled dry run is not the setup's dry run");
        assertFalse(fx(() -> robot.lookup("#runDryRun").queryAs(Button.class).isDisabled()));
    }

    @Test
    void aMalformedCsvShowsWhereTheProblemIs(FxRobot robot, @TempDir Path dir) throws Exception {
        Path bad = dir.resolve("broken.csv");
        Files.writeString(bad, "a,b,c,y\n1,2,3,x\n4,5,6,y\n7,8\n9,10,11,x\n");
        robot.interact(() -> window.showStep(Step.DATA));
        robot.interact(() -> window.dataScreen().loadCsv(bad));
        waitUntil(20, () -> robot.lookup("#loadError").query().isVisible());
        String where = text(robot, "#loadErrorWhere");
        assertTrue(where.contains("broken.csv") && where.contains("line 4"), where);
        assertFalse(text(robot, "#loadErrorMessage").isEmpty());
        assertTrue(wb.dataProperty().get() == null, "nothing half-loaded");
        // the dry run says there is no data and offers to load some
        robot.interact(() -> window.showStep(Step.DRY_RUN));
        assertTrue(fx(() -> robot.lookup("#noDataBox").query().isVisible()));
        assertTrue(fx(() -> robot.lookup("#runDryRun").queryAs(Button.class).isDisabled()));
        robot.clickOn("#loadIrisForDryRun");
        waitUntil(30, () -> wb.dataShape() != null);
        assertFalse(fx(() -> robot.lookup("#noDataBox").query().isVisible()));
        assertFalse(fx(() -> robot.lookup("#loadError").query().isVisible()));
    }
}
