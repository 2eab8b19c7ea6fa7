package org.blocktune.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.blocktune.core.data.CsvOptions;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.recipe.DropMissing;
import org.blocktune.core.data.recipe.Impute;
import org.blocktune.core.data.recipe.Normalize;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.io.DataRef;
import org.blocktune.core.io.DataSource;
import org.blocktune.core.io.Project;
import org.blocktune.core.io.ProjectFile;
import org.blocktune.core.space.GridSettings;
import org.blocktune.core.tune.TuneControl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spreadsheet export (semicolons, decimal commas, R row names, NaN and missing outcomes) goes through
 * fit and predict on the command line without editing the file; bad new data gets plain messages.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DirtyDataCommandLineTest {
    @TempDir
    static Path dir;
    static Path project;

    /** Iris as R's write.csv2 writes it, with row names; every 10th Species is NA, every 9th Sepal.Width NaN. */
    static String messyIris(int from, int to, boolean withSpecies) throws Exception {
        List<String> lines = Files.readAllLines(Path.of("..", "resources", "datasets", "iris.csv"));
        StringBuilder sb = new StringBuilder(withSpecies ? "\"\";\"Sepal.Length\";\"Sepal.Width\";\"Petal.Length\";\"Petal.Width\";\"Species\"\n"
                : "\"\";\"Sepal.Length\";\"Sepal.Width\";\"Petal.Length\";\"Petal.Width\"\n");
        for (int i = from; i < to; i++) {
            String[] f = lines.get(i + 1).split(",");
            List<String> out = new ArrayList<>();
            out.add("\"" + (i + 1) + "\"");
            for (int k = 0; k < 4; k++) out.add(k == 1 && i % 9 == 4 ? "NaN" : f[k].replace('.', ','));
            if (withSpecies) out.add(i % 10 == 0 ? "NA" : f[4]);
            sb.append(String.join(";", out)).append('\n');
        }
        return sb.toString();
    }

    @BeforeAll
    static void writeProject() throws Exception {
        Path csv = dir.resolve("iris_eu.csv");
        Files.writeString(csv, messyIris(0, 150, true));
        Roles roles = new Roles(List.of("Species"),
                Map.of("input", List.of("Sepal.Length", "Sepal.Width", "Petal.Length", "Petal.Width")));
        Project p = Project.of(SeedSpecs.irisMlp())
                .withData(new DataRef(new DataSource.CsvFile(csv, CsvOptions.semicolonDecimalComma()), roles,
                        Recipe.of(new DropMissing(), new Impute(Impute.Method.MEDIAN), new Normalize())))
                .withArguments(Map.of("fit_epochs", 10, "learn_rate", 0.05, "dense_units", 16), List.of())
                .withGrid(GridSettings.regular(1))
                .withMetrics(List.of("accuracy", "roc_auc"))
                .withControl(new TuneControl(1, 7, false));
        project = dir.resolve("iris_eu.blocktune.json");
        ProjectFile.write(p, project);
    }

    @Test
    @Order(1)
    void fitAndPredictWithTheProjectsImportOptions() throws Exception {
        CommandLineTest.Result fit = CommandLineTest.run("fit", project.toString(), "--params", "defaults");
        assertEquals(ExitCodes.OK, fit.code(), fit.err());
        Path model = dir.resolve("iris_eu.model.zip");
        Path fresh = dir.resolve("new_eu.csv");
        Files.writeString(fresh, messyIris(100, 130, true));
        Path preds = dir.resolve("preds.csv");
        CommandLineTest.Result r = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> CommandLineTest.run("predict",
                model.toString(), fresh.toString(), "--project", project.toString(), "--keep", "rowname", "-o", preds.toString()));
        assertEquals(ExitCodes.OK, r.code(), r.err());
        List<String> lines = Files.readAllLines(preds);
        assertEquals("rowname,.pred_class,.pred_setosa,.pred_versicolor,.pred_virginica", lines.get(0));
        assertEquals(31, lines.size(), "a prediction for each of the 30 rows, also those without an outcome");
        assertTrue(lines.get(1).startsWith("101,"), lines.get(1));
        assertTrue(r.err().contains("row names"), r.err());
        assertTrue(r.err().contains("metrics on these 30 rows") && r.err().contains("roc_auc"), r.err());
    }

    @Test
    @Order(2)
    void withoutTheProjectTheDelimiterAndDecimalMarkAreGuessedAndSaid() throws Exception {
        Path fresh = dir.resolve("new_eu2.csv");
        Files.writeString(fresh, messyIris(0, 20, false));
        CommandLineTest.Result r = CommandLineTest.run("predict", dir.resolve("iris_eu.model.zip").toString(), fresh.toString(),
                "--format", "csv");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.err().contains("new_eu2.csv looks ';'-separated with decimal commas"), r.err());
        assertEquals(21, r.out().lines().count(), r.out());
    }

    @Test
    @Order(4)
    void theDryRunAndTuneReportDataEveryFitWouldRejectBeforeAnyFit() throws Exception {
        Project p = ProjectFile.read(project);
        Path noImpute = dir.resolve("no_impute.blocktune.json");
        ProjectFile.write(p.withData(new DataRef(p.data().source(), p.data().roles(), Recipe.of(new Normalize()))), noImpute);
        CommandLineTest.Result dry = CommandLineTest.run("compile-grid", noImpute.toString());
        assertEquals(ExitCodes.FAILED, dry.code(), dry.err());
        assertTrue(dry.out().contains("ok"), "the candidate itself compiles: " + dry.out());
        assertTrue(dry.err().contains("data check: every fit would fail") && dry.err().contains("outcome 'Species' is missing")
                && dry.err().contains("'Sepal.Width' still has") && dry.err().contains("impute"), dry.err());
        CommandLineTest.Result tune = CommandLineTest.run("tune", noImpute.toString());
        assertEquals(ExitCodes.BAD_INPUT, tune.code(), tune.err());
        assertTrue(tune.err().contains("the data is not ready"), tune.err());
        assertTrue(!Files.exists(dir.resolve("no_impute.blocktune.runs").resolve("fits.jsonl")), "no fit was started");
    }

    @Test
    @Order(3)
    void badNewDataGetsPlainMessages() throws Exception {
        String model = dir.resolve("iris_eu.model.zip").toString();
        CommandLineTest.Result missing = CommandLineTest.run("predict", model, dir.resolve("nope.csv").toString());
        assertEquals(ExitCodes.BAD_INPUT, missing.code());
        assertTrue(missing.err().contains("there is no file") && missing.err().contains("nope.csv; check the name"), missing.err());

        Path headerOnly = dir.resolve("header.csv");
        Files.writeString(headerOnly, "Sepal.Length,Sepal.Width,Petal.Length,Petal.Width\n");
        CommandLineTest.Result empty = CommandLineTest.run("predict", model, headerOnly.toString());
        assertEquals(ExitCodes.BAD_INPUT, empty.code());
        assertTrue(empty.err().contains("no data rows"), empty.err());

        Path huge = dir.resolve("huge.csv");
        Files.writeString(huge, "Sepal.Length,Sepal.Width,Petal.Length,Petal.Width\n5.1,3.5,1.4,0.2\n5.0,1e400,1.3,0.2\n");
        CommandLineTest.Result inf = CommandLineTest.run("predict", model, huge.toString());
        assertEquals(ExitCodes.BAD_INPUT, inf.code());
        assertTrue(inf.err().contains("huge.csv, line 3, column 2") && inf.err().contains("'1e400'"), inf.err());
    }
}
