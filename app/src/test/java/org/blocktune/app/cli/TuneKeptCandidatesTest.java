package org.blocktune.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.blocktune.core.space.Domain;
import org.blocktune.core.space.GridSettings;
import org.blocktune.core.space.ParameterSet;
import org.blocktune.core.tune.TuneControl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code blocktune tune} on a project whose dry run kept 2 of its 4 candidates fits only those 2 on
 * every resample, as the app's Run step does; so does a file that keeps them where earlier versions
 * of the app saved them (the layout's workbench node).
 */
class TuneKeptCandidatesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    static Project project;

    @BeforeAll
    static void irisProject() {
        System.setProperty("blocktune.resources", Path.of("..", "resources").toAbsolutePath().normalize().toString());
        Roles roles = new Roles(List.of("Species"),
                Map.of("input", List.of("Sepal.Length", "Sepal.Width", "Petal.Length", "Petal.Width")));
        Map<String, Domain> space = new LinkedHashMap<>();
        space.put("dense_units", Domain.ValueSet.of(8, 16));
        space.put("learn_rate", Domain.ValueSet.of(0.01, 0.1));
        project = Project.of(SeedSpecs.irisMlp())
                .withData(new DataRef(new DataSource.Shipped("iris"), roles, Recipe.of(new Normalize(List.of()))))
                .withArguments(Map.of("fit_epochs", 1), List.of("dense_units", "learn_rate"))
                .withSpace(ParameterSet.of(space))
                .withGrid(GridSettings.regular(2))
                .withMetrics(List.of("accuracy"))
                .withControl(new TuneControl(1, 7, false));
    }

    private static Map<String, Object> row(int units, double rate) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("dense_units", units);
        r.put("learn_rate", rate);
        return r;
    }

    /** Runs {@code tune} and returns the candidates of the run's run.json, after checking the fit count. */
    private static List<Map<String, Object>> tune(Path file, Path runs, int candidates) throws Exception {
        CommandLineTest.Result r = CommandLineTest.run("tune", file.toString(), "--run-folder", runs.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.err().contains("a run of " + candidates + " candidate(s) × 3 resample(s)"), r.err());
        List<String> fits = Files.readAllLines(runs.resolve("fits.jsonl"));
        assertEquals(candidates * 3, fits.size(), candidates + " candidates × 3 folds, each fitted once");
        List<Map<String, Object>> out = new ArrayList<>();
        for (JsonNode c : JSON.readTree(runs.resolve("run.json").toFile()).get("candidates")) {
            out.add(row(c.get("values").get("dense_units").intValue(), c.get("values").get("learn_rate").doubleValue()));
        }
        return out;
    }

    @Test
    void tuneRunsOnlyTheKeptCandidates() throws Exception {
        Path file = dir.resolve("kept.blocktune.json");
        // kept in another order than the grid's: the run takes them in the grid's order
        ProjectFile.write(project.withKeptCandidates(List.of(row(16, 0.1), row(8, 0.01))), file);
        long started = System.nanoTime();
        assertEquals(List.of(row(8, 0.01), row(16, 0.1)), tune(file, dir.resolve("kept.runs"), 2));
        System.out.printf("tune of 2 kept candidates × 3 folds (1 epoch): %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    @Test
    void keptRowsSavedByAnEarlierVersionInTheLayoutAreRunToo() throws Exception {
        Path file = dir.resolve("old.blocktune.json");
        ProjectFile.write(project, file);
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        ObjectNode workbench = ((ObjectNode) root.get("layout")).putObject("workbench");
        workbench.putObject("levels");
        workbench.putArray("kept").addObject().put("dense_units", 16).put("learn_rate", 0.01);
        JSON.writeValue(file.toFile(), root);
        assertEquals(List.of(row(16, 0.01)), tune(file, dir.resolve("old.runs"), 1));
    }

    @Test
    void aKeptRowOutsideTheSpaceIsBadInputNamingTheRowAndArgument() throws Exception {
        Path file = dir.resolve("stale.blocktune.json");
        ProjectFile.write(project.withKeptCandidates(List.of(row(8, 0.01), row(32, 0.1))), file);
        CommandLineTest.Result r = CommandLineTest.run("tune", file.toString(), "--run-folder",
                dir.resolve("stale.runs").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("kept candidate 2 of 2 {dense_units=32, learn_rate=0.1}: 'dense_units' = 32 is "
                + "outside its domain"), r.err());
        assertTrue(Files.notExists(dir.resolve("stale.runs").resolve("fits.jsonl")), "nothing was fitted");
    }
}
