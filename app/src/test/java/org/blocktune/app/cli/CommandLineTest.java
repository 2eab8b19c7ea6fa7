package org.blocktune.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.recipe.Normalize;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.io.DataRef;
import org.blocktune.core.io.DataSource;
import org.blocktune.core.io.Project;
import org.blocktune.core.io.ProjectFile;
import org.blocktune.core.space.GridSettings;
import org.blocktune.core.space.ParameterSet;
import org.blocktune.core.space.Domain;
import org.blocktune.core.tune.TuneControl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end on a small iris project: dry run, tune, resume, fit, predict, and bad input. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommandLineTest {
    @TempDir
    static Path dir;
    static Path project;

    record Result(int code, String out, String err) { }

    @BeforeAll
    static void writeProject() throws Exception {
        System.setProperty("blocktune.resources", Path.of("..", "resources").toAbsolutePath().normalize().toString());
        Roles roles = new Roles(List.of("Species"),
                Map.of("input", List.of("Sepal.Length", "Sepal.Width", "Petal.Length", "Petal.Width")));
        Project p = Project.of(SeedSpecs.irisMlp())
                .withData(new DataRef(new DataSource.Shipped("iris"), roles, Recipe.of(new Normalize(List.of()))))
                .withArguments(Map.of("fit_epochs", 8, "learn_rate", 0.05), List.of("dense_units"))
                .withSpace(ParameterSet.of(Map.of("dense_units", Domain.ValueSet.of(-4, 16))))
                .withGrid(GridSettings.regular(2))
                .withMetrics(List.of("accuracy"))
                .withControl(new TuneControl(1, 7, false));
        project = dir.resolve("iris.blocktune.json");
        ProjectFile.write(p, project);
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = BlockTuneCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void versionPrintsTheProjectVersion() {
        Result r = run("--version");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().trim().matches("BlockTune \\d+\\.\\d+\\.\\d+\\S*"), r.out());
        assertEquals("BlockTune " + org.blocktune.app.common.AppVersion.get(), r.out().trim());
    }

    @Test
    @Order(1)
    void compileGridReportsTheBadCandidateAndKeepsTheGood() {
        Result r = run("compile-grid", project.toString(), "--format", "csv");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("candidate,status,dense_units,params,error", lines[0]);
        assertTrue(lines[1].startsWith("cand_001,error,-4,,") && lines[1].contains("dense_units"), lines[1]);
        assertTrue(lines[2].startsWith("cand_002,ok,16,131,"), lines[2]);
        assertTrue(r.err().contains("1 of 2"), r.err());
    }

    @Test
    @Order(2)
    void tuneRecordsEveryFitAndPrintsTheBest() throws Exception {
        Result r = run("tune", project.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("best 1 by accuracy"), r.out());
        assertTrue(r.out().contains("cand_002"), r.out());
        assertTrue(r.err().contains("failed: cand_001"), r.err());
        List<String> records = Files.readAllLines(dir.resolve("iris.blocktune.runs").resolve("fits.jsonl"));
        assertEquals(6, records.size(), "2 candidates × 3 folds, each recorded");
    }

    @Test
    @Order(3)
    void resumingAFinishedRunFitsNothingAgain() {
        Result r = run("tune", project.toString(), "--resume", "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.err().contains("6/6"), r.err());
        assertTrue(r.out().contains("\"candidate\" : \"cand_002\""), r.out());
    }

    @Test
    @Order(4)
    void fitThenPredictWritesClassesAndProbabilities() throws Exception {
        Result fit = run("fit", project.toString());
        assertEquals(ExitCodes.OK, fit.code(), fit.err());
        assertTrue(fit.err().contains("chose cand_002"), fit.err());
        Path model = dir.resolve("iris.model.zip");
        assertTrue(Files.size(model) > 0);
        double accuracy = Double.parseDouble(fit.out().lines().filter(l -> l.startsWith("accuracy"))
                .findFirst().orElseThrow().split("\\s+")[1]);
        assertTrue(accuracy > 0.7, "test accuracy " + accuracy);

        Path preds = dir.resolve("preds.csv");
        Result predict = run("predict", model.toString(), Path.of("..", "resources", "datasets", "iris.csv").toString(),
                "--keep", "Species", "-o", preds.toString());
        assertEquals(ExitCodes.OK, predict.code(), predict.err());
        List<String> lines = Files.readAllLines(preds);
        assertEquals("Species,.pred_class,.pred_setosa,.pred_versicolor,.pred_virginica", lines.get(0));
        assertEquals(151, lines.size());
        assertTrue(predict.err().contains("accuracy"), predict.err());
    }

    @Test
    @Order(5)
    void fitTakesTheRunFromTheGivenFolderAndWarnsWhenTheProjectChangedSince() throws Exception {
        Path changed = dir.resolve("changed.blocktune.json");
        ProjectFile.write(ProjectFile.read(project).withControl(new TuneControl(1, 8, false)), changed);
        // its own run folder (changed.blocktune.runs) holds no run
        Result none = run("fit", changed.toString());
        assertEquals(ExitCodes.BAD_INPUT, none.code(), none.err());
        assertTrue(none.err().contains("there is no finished tune run in") && none.err().contains("changed.blocktune.runs"),
                none.err());
        // the first project's run, named with --run-folder: fitted, with a warning naming what differs
        Path runs = dir.resolve("iris.blocktune.runs");
        Result fit = run("fit", changed.toString(), "--run-folder", runs.toString(), "--model", dir.resolve("c.zip").toString());
        assertEquals(ExitCodes.OK, fit.code(), fit.err());
        assertTrue(fit.err().contains("chose cand_002"), fit.err());
        assertTrue(fit.err().contains("warning: the run in " + runs.toAbsolutePath()) && fit.err().contains("seed 7 vs 8"),
                fit.err());
        // the project that made the run gets no warning
        Result same = run("fit", project.toString(), "--run-folder", runs.toString(), "--model", dir.resolve("s.zip").toString());
        assertEquals(ExitCodes.OK, same.code(), same.err());
        assertFalse(same.err().contains("warning"), same.err());
    }

    @Test
    void aMissingOrBrokenProjectIsBadInputWithTheReason() throws Exception {
        Result missing = run("tune", dir.resolve("nope.json").toString());
        assertEquals(ExitCodes.BAD_INPUT, missing.code());
        assertTrue(missing.err().contains("there is no project file"), missing.err());

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\n  \"format\" : \"blocktune-project\",\n  \"version\" : 1,\n  oops\n}");
        Result r = run("compile-grid", broken.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("line 4"), r.err());
    }

    @Test
    void aWrongCommandLineIsAUsageError() {
        Result r = run("tune", "--workers", "many", project.toString());
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("--workers"), r.err());
    }
}
