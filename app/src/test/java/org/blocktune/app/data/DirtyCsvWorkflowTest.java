package org.blocktune.app.data;

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
import java.util.Locale;
import java.util.Random;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.blocktune.app.MainWindow;
import org.blocktune.app.workbench.Step;
import org.blocktune.app.workbench.Workbench;
import org.blocktune.core.data.ColumnType;
import org.blocktune.core.data.ProfileWarning;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Task;
import org.blocktune.core.data.recipe.DropMissing;
import org.blocktune.core.data.recipe.Impute;
import org.blocktune.core.data.recipe.Normalize;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.io.DataSource;
import org.blocktune.core.resample.ResamplingSettings;
import org.blocktune.core.space.GridSettings;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.Shape;
import org.blocktune.core.tune.FitRecord;
import org.blocktune.core.tune.TuneResults;
import org.controlsfx.control.CheckListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Real-world CSV files reach a finished tune run in the workbench without editing the file: an
 * airquality-like file written by R's write.csv (row names, NA in the outcome and a predictor), and
 * a spreadsheet export with semicolons, decimal commas and an ID-like name column.
 */
@ExtendWith(ApplicationExtension.class)
class DirtyCsvWorkflowTest {
    private MainWindow window;
    private Workbench wb;

    @Start
    void start(Stage stage) {
        window = startWindow(stage);
        wb = window.workbench();
    }

    /** As R writes airquality with write.csv: quoted row names under an empty header, NA for missing. */
    static Path airquality(Path dir) throws Exception {
        Random r = new Random(11);
        List<String> lines = new ArrayList<>(List.of("\"\",\"Ozone\",\"Solar.R\",\"Wind\",\"Temp\",\"Month\",\"Day\""));
        for (int i = 1; i <= 90; i++) {
            double solar = 10 + r.nextDouble() * 300;
            double wind = 2 + r.nextDouble() * 18;
            double temp = 55 + r.nextDouble() * 40;
            double ozone = Math.max(1, -60 + 0.06 * solar - 3 * wind + 1.6 * temp + 8 * r.nextGaussian());
            lines.add(String.format(Locale.ROOT, "\"%d\",%s,%s,%.1f,%.0f,%d,%d", i,
                    i % 6 == 2 ? "NA" : String.format(Locale.ROOT, "%.0f", ozone),
                    i % 11 == 4 ? "NA" : String.format(Locale.ROOT, "%.0f", solar), wind, temp, 5 + i / 31, 1 + (i - 1) % 31));
        }
        Path f = dir.resolve("airquality.csv");
        Files.write(f, lines);
        return f;
    }

    @Test
    void anRCsvWithRowNamesAndAMissingOutcomeReachesAFinishedTuneRun(FxRobot robot, @TempDir Path dir) throws Exception {
        Path data = airquality(dir);
        robot.interact(() -> {
            window.open(SeedSpecs.diamondMlp(), DataShape.regression(Shape.flat(5), 1));
            window.showStep(Step.DATA);
            window.dataScreen().loadCsv(data);
        });
        waitUntil(60, () -> wb.dataProperty().get() != null && wb.rolesProperty().get() != null);
        // the empty first header is read as row names, said in a notice, and never a predictor
        assertEquals("rowname", wb.dataProperty().get().table().names().get(0));
        assertTrue(fx(() -> robot.lookup("#importNotices").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .anyMatch(n -> ((Label) n).getText().contains("row names"))), "row names notice shown");
        assertEquals("Day", wb.rolesProperty().get().outcomes().get(0));
        assertFalse(wb.rolesProperty().get().predictors().contains("rowname"));

        // choose Ozone as the outcome in the combo box, as a user does
        @SuppressWarnings("unchecked")
        ComboBox<String> outcome = robot.lookup("#outcomeChoice").queryAs(ComboBox.class);
        robot.interact(() -> outcome.setValue("Ozone"));
        Roles roles = wb.rolesProperty().get();
        assertEquals(List.of("Ozone"), roles.outcomes());
        assertEquals(List.of("Solar.R", "Wind", "Temp", "Month", "Day"), roles.predictors(),
                "the previous outcome Day is a predictor again; the row names are not");
        @SuppressWarnings("unchecked")
        CheckListView<String> ticks = robot.lookup("#predictorList").queryAs(CheckListView.class);
        assertEquals(5, fx(() -> ticks.getCheckModel().getCheckedItems().size()));
        // rows without Ozone are dropped by a first recipe step, added for the user
        assertTrue(wb.recipeProperty().get().steps().get(0) instanceof DropMissing, wb.recipeProperty().get().toString());

        // Solar.R has missing values: the data check says so before any fit
        waitUntil(30, () -> wb.dataCheckProperty().get() != null && !wb.dataCheckBusyProperty().get());
        assertTrue(wb.dataCheckProperty().get().problems().stream().anyMatch(p -> p.contains("'Solar.R'") && p.contains("impute")),
                wb.dataCheckProperty().get().problems().toString());

        // add impute and normalize from the recipe editor's menu
        robot.clickOn("#addStep").clickOn("#add-impute-missing-values-mean-mode-");
        robot.clickOn("#addStep").clickOn("#add-normalize-numeric-predictors");
        assertTrue(wb.recipeProperty().get().steps().get(1) instanceof Impute);
        assertTrue(wb.recipeProperty().get().steps().get(2) instanceof Normalize);
        robot.interact(() -> {
            wb.resamplingProperty().set(new ResamplingSettings(0.75, false, ResamplingSettings.Scheme.VFOLD, 2, 1, 25, 0.75));
            wb.setGrid(GridSettings.regular(1));
            assertTrue(window.document().setValue("fit_epochs", 2).isEmpty());
            wb.runFolderProperty().set(dir.resolve("runs"));
        });
        waitUntil(60, () -> wb.dataCheckProperty().get() != null && !wb.dataCheckBusyProperty().get()
                && wb.dataCheckProperty().get().ok() && !wb.candidatesBusyProperty().get() && wb.candidates().size() >= 1);
        assertEquals(Task.REGRESSION, wb.task());
        String shape = fx(() -> robot.lookup("#shapeLine").queryAs(Label.class).getText());
        assertTrue(shape.contains("The recipe drops") && shape.contains("training rows"), shape);

        robot.interact(() -> window.showStep(Step.RUN));
        waitUntil(10, () -> !window.root().lookup("#startRun").isDisabled());
        robot.clickOn("#startRun");
        waitUntil(180, () -> !window.tuningScreen().running());
        TuneResults results = wb.resultsProperty().get();
        assertTrue(results.records().size() >= 2);
        assertTrue(results.records().stream().allMatch(FitRecord::ok), results.failures().toString());
        assertTrue(results.records().stream().allMatch(rec -> Double.isFinite(rec.metrics().get("rmse"))));
    }

    @Test
    void aSemicolonFileWithDecimalCommasLoadsNumbersAndItsImportOptionsApplyLive(FxRobot robot, @TempDir Path dir)
            throws Exception {
        List<String> lines = new ArrayList<>(List.of("name;height;weight;group"));
        Random r = new Random(2);
        for (int i = 0; i < 32; i++) {
            lines.add(String.format(Locale.GERMANY, "person %d;%.2f;%.1f;%s", i, 1.5 + r.nextDouble() * 0.4,
                    50 + r.nextDouble() * 40, i % 2 == 0 ? "a" : "b"));
        }
        Path f = dir.resolve("people.csv");
        Files.write(f, lines);
        robot.interact(() -> {
            window.showStep(Step.DATA);
            window.dataScreen().loadCsv(f);
        });
        waitUntil(60, () -> wb.dataProperty().get() != null && wb.rolesProperty().get() != null);
        var d = wb.dataProperty().get();
        assertEquals(ColumnType.NUMERIC, d.table().column("height").type(), "decimal commas read as numbers");
        assertEquals(';', ((DataSource.CsvFile) d.origin()).options().delimiter());
        assertEquals("group", wb.rolesProperty().get().outcomes().get(0));
        assertEquals(List.of("height", "weight"), wb.rolesProperty().get().predictors(), "the ID-like name is not ticked");
        assertTrue(d.notices().get(0).contains("decimal commas"), d.notices().toString());

        // the profile tab shows each column and warns about the ID-like name
        robot.clickOn("#profileTab");
        TableView<?> profile = robot.lookup("#profileTable").queryTableView();
        waitUntil(20, () -> fx(() -> profile.getItems().size()) == 4);
        waitUntil(20, () -> fx(() -> robot.lookup("#profileWarnings").queryAs(javafx.scene.layout.VBox.class).getChildren()
                .stream().anyMatch(n -> n.getUserData() == ProfileWarning.Kind.ID_LIKE)));

        // change the decimal mark live: the numbers become text, and a notice says which mark the file uses
        @SuppressWarnings("unchecked")
        ComboBox<String> decimal = robot.lookup("#optDecimal").queryAs(ComboBox.class);
        robot.interact(() -> decimal.setValue("."));
        waitUntil(30, () -> wb.dataProperty().get() != d);
        assertEquals(ColumnType.CATEGORICAL, wb.dataProperty().get().table().column("height").type());
        assertTrue(wb.dataProperty().get().notices().stream().anyMatch(n -> n.contains("'height'") && n.contains("decimal mark")),
                wb.dataProperty().get().notices().toString());
        robot.interact(() -> decimal.setValue(","));
        waitUntil(30, () -> wb.dataProperty().get().table().column("height").type() == ColumnType.NUMERIC);

        // read the name as an ID column: kept, never a predictor, and stored in the import options
        @SuppressWarnings("unchecked")
        ComboBox<String> column = robot.lookup("#optColumn").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<org.blocktune.core.data.ColumnChoice> choice = robot.lookup("#optColumnChoice").queryAs(ComboBox.class);
        var before = wb.dataProperty().get();
        robot.interact(() -> column.setValue("name"));
        robot.interact(() -> choice.setValue(org.blocktune.core.data.ColumnChoice.ID));
        waitUntil(30, () -> wb.dataProperty().get() != before);
        assertEquals(List.of("name"), wb.dataProperty().get().idColumns());
        assertEquals(List.of("name"), ((DataSource.CsvFile) wb.dataProperty().get().origin()).options().idColumns());
        Node preview = robot.lookup("#dataPreview").query();
        assertTrue(preview != null);

        // the import options are saved with the project and used when it is opened again
        Path project = dir.resolve("people.blocktune.json");
        robot.interact(() -> assertTrue(window.saveTo(project)));
        String text = Files.readString(project);
        assertTrue(text.contains("\"decimalMark\" : \",\"") && text.contains("\"idColumns\" : [ \"name\" ]"), text);
        robot.interact(() -> window.open(SeedSpecs.irisMlp(), DataShape.classification(Shape.flat(4), 3)));
        robot.interact(() -> assertTrue(window.openFile(project)));
        waitUntil(30, () -> wb.dataProperty().get() != null && wb.dataProperty().get().name().equals("people.csv"));
        assertEquals(ColumnType.NUMERIC, wb.dataProperty().get().table().column("weight").type());
        assertEquals(List.of("name"), wb.dataProperty().get().idColumns());
    }
}
