package org.blocktune.app.results;

import static org.blocktune.app.FxThread.fx;
import static org.blocktune.app.FxThread.startWindow;
import static org.blocktune.app.FxThread.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.blocktune.app.MainWindow;
import org.blocktune.app.workbench.Step;
import org.blocktune.app.workbench.Workbench;
import org.blocktune.core.block.BlockCatalogue;
import org.blocktune.core.block.LayerKind;
import org.blocktune.core.data.recipe.Dummy;
import org.blocktune.core.data.recipe.Normalize;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.resample.ResamplingSettings;
import org.blocktune.core.space.Domain;
import org.blocktune.core.space.GridSettings;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.FunctionalSpec;
import org.blocktune.core.spec.Shape;
import org.blocktune.core.tune.FitRecord;
import org.blocktune.core.tune.TuneResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A network with two outputs through the workbench: two outcome columns chosen in the Data step (a number
 * and a class), a second output block dragged from the palette (it takes the unmatched outcome's name) and
 * wired by dragging ports, a tune of 2 candidates × 2 folds with a metric per output, and the final fit.
 */
@ExtendWith(ApplicationExtension.class)
class TwoOutputWorkflowTest {
    private MainWindow window;
    private Workbench wb;

    @Start
    void start(Stage stage) {
        window = startWindow(stage);
        wb = window.workbench();
    }

    /** a, b → cls (hi when a > 2) and y = 3 a − 2 b + noise, 120 rows. */
    private static Path csv(Path dir) throws Exception {
        Random r = new Random(5);
        List<String> lines = new ArrayList<>(List.of("a,b,cls,y"));
        for (int i = 0; i < 120; i++) {
            double a = r.nextDouble() * 4;
            double b = r.nextDouble() * 2;
            lines.add(String.format(Locale.ROOT, "%.4f,%.4f,%s,%.4f", a, b, a > 2 ? "hi" : "lo",
                    3 * a - 2 * b + 0.1 * r.nextGaussian()));
        }
        Path f = dir.resolve("two.csv");
        Files.write(f, lines);
        return f;
    }

    @Test
    @SuppressWarnings("unchecked")
    void chooseTwoOutcomesWireTwoOutputBlocksTuneAndFit(FxRobot robot, @TempDir Path dir) throws Exception {
        Path data = csv(dir);
        FunctionalSpec spec = FunctionalSpec.named("two_heads")
                .add("input", BlockCatalogue.builtin(LayerKind.INPUT))
                .add("trunk", BlockCatalogue.builtin(LayerKind.DENSE), "input")
                .add("y", BlockCatalogue.builtin(LayerKind.OUTPUT), "trunk");
        robot.interact(() -> {
            window.open(spec, DataShape.regression(Shape.flat(2), 1));
            window.dataScreen().loadCsv(data);
        });
        waitUntil(60, () -> wb.dataCheckProperty().get() != null && wb.rolesProperty().get() != null);
        robot.interact(() -> window.showStep(Step.DATA));
        assertEquals("y", fx(() -> ((ComboBox<String>) window.root().lookup("#outcomeChoice")).getValue()));
        // tick cls as a second outcome in the "More outcomes" menu beside the outcome, as a click on it does
        robot.interact(() -> {
            javafx.scene.control.MenuButton more = (javafx.scene.control.MenuButton) window.root()
                    .lookup("#moreOutcomesButton");
            javafx.scene.control.CheckMenuItem cls = (javafx.scene.control.CheckMenuItem) more.getItems().stream()
                    .filter(i -> i.getText().equals("cls")).findFirst().orElseThrow();
            cls.setSelected(true);
            cls.fire();
        });
        waitUntil(60, () -> wb.rolesProperty().get().outcomes().equals(List.of("y", "cls"))
                && wb.dataCheckProperty().get() != null && wb.dataCheckProperty().get().shape() != null
                && wb.dataCheckProperty().get().shape().outputs().size() == 2);
        assertEquals(List.of("a", "b"), wb.rolesProperty().get().predictors());
        robot.interact(() -> wb.recipeProperty().set(Recipe.of(new Dummy(false), new Normalize())));

        // the Model step: the output block predicting y shows it; a new output block takes the name cls
        robot.interact(() -> window.showStep(Step.MODEL));
        assertEquals("→ y", fx(() -> ((Text) window.root().lookup("#outcome-y")).getText()));
        robot.drag("#palette-output").dropTo(robot.point("#block-y").atOffset(new javafx.geometry.Point2D(220, 0)));
        robot.sleep(500);
        String blocks = fx(() -> window.document().spec().nodes().stream().map(n -> n.name()).toList() + ", outcomes "
                + window.document().outcomeNames());
        assertTrue(fx(() -> window.document().spec().node("cls").isPresent()), "blocks after the drop: " + blocks);
        robot.drag("#out-trunk").dropTo("#in-cls-input");
        robot.sleep(300);
        String wiring = fx(() -> window.document().spec().nodes().toString());
        assertTrue(fx(() -> window.document().spec().node("cls").orElseThrow().inputs().containsValue("trunk")), wiring);
        assertEquals("→ cls", fx(() -> ((Text) window.root().lookup("#outcome-cls")).getText()));

        robot.interact(() -> {
            wb.resamplingProperty().set(new ResamplingSettings(0.75, false, ResamplingSettings.Scheme.VFOLD, 2, 1,
                    25, 0.75));
            wb.setTuned("trunk_units", true);
            wb.setDomain("trunk_units", new Domain.IntRange(4, 16));
            wb.setGrid(GridSettings.regular(2));
            assertTrue(window.document().setValue("fit_epochs", 3).isEmpty());
            assertTrue(window.document().setValue("compile_loss", "y: mean_squared_error; cls: categorical_crossentropy")
                    .isEmpty());
            wb.metricsProperty().set(List.of("cls accuracy", "y rmse"));
            wb.runFolderProperty().set(dir.resolve("runs"));
        });
        waitUntil(60, () -> wb.dataCheckProperty().get().ok() && !wb.candidatesBusyProperty().get()
                && !wb.dataCheckBusyProperty().get() && wb.candidates().size() == 2);
        String problems = fx(() -> window.document().resolution().problems().toString());
        assertTrue(fx(() -> window.document().resolution().problems().stream().noneMatch(p -> p.isError())), problems);

        robot.interact(() -> window.showStep(Step.RUN));
        waitUntil(10, () -> !window.root().lookup("#startRun").isDisabled());
        robot.clickOn("#startRun");
        waitUntil(180, () -> !window.tuningScreen().running());
        TuneResults results = wb.resultsProperty().get();
        assertEquals(4, results.records().size(), "2 candidates × 2 folds");
        assertTrue(results.records().stream().allMatch(FitRecord::ok), results.failures().toString());
        assertEquals(List.of("cls accuracy", "y rmse"), results.metricNames(), "ranked by the chosen output's metric");

        robot.clickOn("#showResults");
        robot.clickOn("#selectBest");
        robot.clickOn("#tab-finalfit");
        robot.clickOn("#finalizeFit");
        waitUntil(120, () -> window.root().lookup("#testMetric-cls-accuracy") != null);
        for (String m : List.of("cls-accuracy", "y-rmse")) {
            String text = fx(() -> ((Labeled) window.root().lookup("#testMetric-" + m)).getText());
            assertTrue(text.matches("-?[0-9.]+(E-?[0-9]+)?"), m + " = " + text);
        }
        assertTrue(wb.runPlanProperty().get() != null);
    }
}
