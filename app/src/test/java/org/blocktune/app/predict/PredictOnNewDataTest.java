package org.blocktune.app.predict;

import static org.blocktune.app.FxThread.fx;
import static org.blocktune.app.FxThread.startWindow;
import static org.blocktune.app.FxThread.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.blocktune.app.MainWindow;
import org.blocktune.app.workbench.Step;
import org.blocktune.app.workbench.Workbench;
import org.blocktune.core.data.CsvReader;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.recipe.Normalize;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.fit.FitListener;
import org.blocktune.core.fit.FitRequest;
import org.blocktune.core.fit.FittedModel;
import org.blocktune.core.fit.ModelFitter;
import org.blocktune.core.task.CancellationToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Predict on new data, in the real window: the final model in memory or a saved .model.zip, a CSV of new
 * iris rows (without the outcome), the predictions beside the input columns, Save predictions as CSV;
 * a CSV lacking a predictor column is refused with a message naming it.
 */
@ExtendWith(ApplicationExtension.class)
class PredictOnNewDataTest {
    private static final Path IRIS = Path.of("..", "resources", "datasets", "iris.csv").toAbsolutePath().normalize();
    private static Table iris;
    private static FittedModel model;
    private MainWindow window;
    private Workbench wb;

    @BeforeAll
    static void fit() throws Exception {
        iris = CsvReader.read(IRIS);
        model = ModelFitter.fit(new FitRequest(SeedSpecs.irisMlp(), Map.of("dense_units", 8, "learn_rate", 0.05,
                "fit_epochs", 5, "fit_batch_size", 16), Recipe.of(new Normalize()), Roles.of(iris, "Species"), 7),
                iris, FitListener.NONE, CancellationToken.none());
    }

    @Start
    void start(Stage stage) {
        window = startWindow(stage);
        wb = window.workbench();
    }

    /** The first {@code n} iris rows without some columns, as a CSV file. */
    private static Path csvWithout(Path dir, String name, int n, List<String> dropped) throws Exception {
        List<String> lines = Files.readAllLines(IRIS);
        List<String> header = List.of(lines.get(0).split(","));
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (!dropped.contains(header.get(i).replace("\"", ""))) {
                keep.add(i);
            }
        }
        List<String> out = new ArrayList<>();
        for (String line : lines.subList(0, n + 1)) {
            String[] cells = line.split(",");
            out.add(String.join(",", keep.stream().map(i -> cells[i]).toList()));
        }
        return Files.write(dir.resolve(name), out);
    }

    private PredictWindow openPredictFromResults(FxRobot robot) throws Exception {
        robot.interact(() -> window.showStep(Step.RESULTS));
        robot.clickOn("#predictFromEmpty");
        waitUntil(10, () -> window.resultsScreen().predictWindow() != null
                && window.resultsScreen().predictWindow().stage().isShowing());
        return window.resultsScreen().predictWindow();
    }

    private static String text(FxRobot robot, String id) throws Exception {
        return fx(() -> robot.lookup(id).queryAs(Labeled.class).getText());
    }

    @Test
    void theFinalModelPredictsNewRowsAndThePredictionsSaveAsCsv(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(() -> wb.finalModel().fitted("cand_003", model, Map.of("accuracy", 0.9)));
        PredictWindow predict = openPredictFromResults(robot);
        assertTrue(text(robot, "#predictModel").startsWith("Model: the final model (cand_003)"), text(robot, "#predictModel"));
        assertTrue(fx(() -> robot.lookup("#predictSave").queryAs(Button.class).isDisabled()), "nothing to save yet");

        Path csv = csvWithout(dir, "new-flowers.csv", 12, List.of("Species"));
        robot.interact(() -> predict.predict(csv));
        TableView<?> table = robot.lookup("#predictTable").queryTableView();
        waitUntil(30, () -> table.getItems().size() == 12);
        List<String> columns = fx(() -> table.getColumns().stream().map(TableColumn::getText).toList());
        assertEquals(List.of("Sepal.Length", "Sepal.Width", "Petal.Length", "Petal.Width", ".pred_class",
                ".pred_setosa", ".pred_versicolor", ".pred_virginica"), columns);
        Table expected = model.predict(iris.rows(java.util.stream.IntStream.range(0, 12).toArray()));
        TableColumn<?, ?> predClass = fx(() -> table.getColumns().get(4));
        for (int i = 0; i < 12; i++) {
            int row = i;
            assertEquals(expected.categorical(".pred_class").get(i), fx(() -> predClass.getCellData(row)));
        }
        assertTrue(text(robot, "#predictMessage").startsWith("Predicted 12 rows of new-flowers.csv with the final model"),
                text(robot, "#predictMessage"));
        assertFalse(text(robot, "#predictMessage").contains("accuracy"), "no outcome in the file, so no metrics");

        Path saved = dir.resolve("predictions.csv");
        robot.interact(() -> predict.savePredictions(saved));
        waitUntil(10, () -> text(robot, "#predictMessage").startsWith("Saved 12 predictions"));
        List<String> lines = Files.readAllLines(saved);
        assertEquals(13, lines.size());
        assertEquals("Sepal.Length,Sepal.Width,Petal.Length,Petal.Width,.pred_class,.pred_setosa,.pred_versicolor,"
                + ".pred_virginica", lines.get(0));
        for (int i = 0; i < 12; i++) {
            String[] cells = lines.get(i + 1).split(",");
            assertEquals(expected.categorical(".pred_class").get(i), cells[4]);
            assertEquals(expected.numeric(".pred_setosa").get(i), Double.parseDouble(cells[5]), 1e-12);
        }
    }

    @Test
    void aCsvLackingAPredictorIsRefusedWithItsName(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(() -> wb.finalModel().fitted("cand_001", model, Map.of()));
        PredictWindow predict = openPredictFromResults(robot);
        Path csv = csvWithout(dir, "no-petal-width.csv", 5, List.of("Species", "Petal.Width"));
        robot.interact(() -> predict.predict(csv));
        waitUntil(30, () -> text(robot, "#predictMessage").contains("lacks"));
        String message = text(robot, "#predictMessage");
        assertTrue(message.startsWith("no-petal-width.csv lacks the column 'Petal.Width' that the model was trained with"),
                message);
        assertEquals(0, fx(() -> robot.lookup("#predictTable").queryTableView().getItems().size()));
        assertTrue(fx(() -> robot.lookup("#predictSave").queryAs(Button.class).isDisabled()));
        assertFalse(fx(() -> robot.lookup("#predictOpenCsv").queryAs(Button.class).isDisabled()), "another file can be opened");
    }

    @Test
    void aSavedModelFilePredictsAndScoresRowsWithTheOutcome(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("iris.model.zip");
        model.save(file);
        PredictWindow predict = openPredictFromResults(robot);
        assertTrue(text(robot, "#predictModel").startsWith("No model yet"), text(robot, "#predictModel"));
        assertTrue(fx(() -> robot.lookup("#predictOpenCsv").queryAs(Button.class).isDisabled()));
        robot.interact(() -> predict.openModel(file));
        waitUntil(30, () -> text(robot, "#predictModel").startsWith("Model: " + file.toAbsolutePath()));
        robot.interact(() -> predict.predict(IRIS));
        waitUntil(30, () -> robot.lookup("#predictTable").queryTableView().getItems().size() == 150);
        String message = text(robot, "#predictMessage");
        assertTrue(message.contains("The file holds the outcome too: accuracy "), message);
        assertTrue(fx(() -> robot.lookup("#predictTable").queryTableView().getColumns().stream()
                .anyMatch(c -> c.getText().equals("Species"))), "the input columns are shown as read");

        // a broken model file is said, and the model in use stays
        Path broken = Files.writeString(dir.resolve("broken.model.zip"), "not a zip");
        robot.interact(() -> predict.openModel(broken));
        waitUntil(30, () -> text(robot, "#predictMessage").startsWith("Could not open the model broken.model.zip"));
        assertTrue(text(robot, "#predictModel").startsWith("Model: " + file.toAbsolutePath()));
    }
}
