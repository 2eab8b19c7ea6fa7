package org.blocktune.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.blocktune.app.cli.CommandLineTest.Result;
import org.blocktune.core.block.BlockCatalogue;
import org.blocktune.core.block.LayerKind;
import org.blocktune.core.data.CsvOptions;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.recipe.Dummy;
import org.blocktune.core.data.recipe.Normalize;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.io.DataRef;
import org.blocktune.core.io.DataSource;
import org.blocktune.core.io.Project;
import org.blocktune.core.io.ProjectFile;
import org.blocktune.core.resample.ResamplingSettings;
import org.blocktune.core.spec.FunctionalSpec;
import org.blocktune.core.spec.SequentialSpec;
import org.blocktune.core.spec.Spec;
import org.blocktune.core.tune.TuneControl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fit and predict from the command line with two outputs (kerasnip's column names) and with a multistep outcome. */
class MultiOutputCommandLineTest {
    @TempDir
    static Path dir;
    static Path csv;

    @BeforeAll
    static void smallDiamonds() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("..", "resources", "datasets", "diamonds.csv"));
        csv = dir.resolve("diamonds-300.csv");
        Files.write(csv, new ArrayList<>(lines.subList(0, 301)));
    }

    private static Path project(String name, Spec spec, List<String> outcomes, Map<String, Object> values)
            throws Exception {
        List<String> preds = new ArrayList<>(List.of("carat", "cut", "color", "clarity", "depth", "table", "price", "x",
                "y", "z"));
        preds.removeAll(outcomes);
        Project p = Project.of(spec)
                .withData(new DataRef(new DataSource.CsvFile(csv, CsvOptions.defaults()),
                        new Roles(outcomes, Map.of("input", preds)), Recipe.of(new Dummy(false), new Normalize())))
                .withArguments(values, List.of())
                .withResampling(new ResamplingSettings(0.8, false, ResamplingSettings.Scheme.VFOLD, 2, 1, 25, 0.75))
                .withControl(new TuneControl(1, 3, false));
        Path file = dir.resolve(name + ".blocktune.json");
        ProjectFile.write(p, file);
        return file;
    }

    @Test
    void twoOutputsPredictWithKerasnipNamesAndMetricsPerOutput() throws Exception {
        FunctionalSpec spec = FunctionalSpec.named("two")
                .add("input", BlockCatalogue.builtin(LayerKind.INPUT))
                .add("trunk", BlockCatalogue.builtin(LayerKind.DENSE), "input")
                .add("price", BlockCatalogue.builtin(LayerKind.OUTPUT), "trunk")
                .add("cut", BlockCatalogue.builtin(LayerKind.OUTPUT), "trunk");
        Path project = project("two", spec, List.of("price", "cut"), Map.of("fit_epochs", 2,
                "compile_loss", "price: mean_absolute_error; cut: categorical_crossentropy"));
        Path model = dir.resolve("two.zip");
        Result fit = CommandLineTest.run("fit", project.toString(), "--params", "defaults", "--model", model.toString());
        assertEquals(ExitCodes.OK, fit.code(), fit.err());
        assertTrue(fit.out().contains("price rmse") && fit.out().contains("cut accuracy"), fit.out());

        Result predict = CommandLineTest.run("predict", model.toString(), csv.toString(), "--format", "csv");
        assertEquals(ExitCodes.OK, predict.code(), predict.err());
        String header = predict.out().lines().findFirst().orElseThrow();
        assertTrue(header.startsWith(".pred_price,.pred_class_cut,.pred_cut_"), header);
        assertEquals(301, predict.out().lines().count(), "a header and one line per row");
        assertTrue(predict.err().contains("price rmse") && predict.err().contains("cut roc_auc"), predict.err());
    }

    @Test
    void aMultistepOutcomeComesBackAsOneRowPerStep() throws Exception {
        SequentialSpec spec = SequentialSpec.named("vec")
                .add("input", BlockCatalogue.builtin(LayerKind.INPUT))
                .add("dense", BlockCatalogue.builtin(LayerKind.DENSE))
                .add("output", BlockCatalogue.builtin(LayerKind.OUTPUT));
        Path project = project("steps", spec, List.of("x", "y", "z"), Map.of("fit_epochs", 2));
        Path model = dir.resolve("steps.zip");
        Result fit = CommandLineTest.run("fit", project.toString(), "--params", "defaults", "--model", model.toString());
        assertEquals(ExitCodes.OK, fit.code(), fit.err());
        Result predict = CommandLineTest.run("predict", model.toString(), csv.toString(), "--format", "csv",
                "--keep", "price");
        assertEquals(ExitCodes.OK, predict.code(), predict.err());
        List<String> lines = predict.out().lines().toList();
        assertEquals("price,.row,.step,.pred", lines.get(0));
        assertEquals(1 + 300 * 3, lines.size(), "three steps per row");
        assertTrue(lines.get(2).startsWith("326.0,1,2,"), lines.get(2));
        Result wide = CommandLineTest.run("predict", model.toString(), csv.toString(), "--format", "csv", "--wide");
        assertEquals(".pred_x,.pred_y,.pred_z", wide.out().lines().findFirst().orElseThrow());
    }
}
