package org.blocktune.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.blocktune.core.resample.ResamplingSettings;
import org.blocktune.core.space.Domain;
import org.blocktune.core.space.GridSettings;
import org.blocktune.core.space.ParameterSet;
import org.blocktune.core.tune.TuneControl;
import org.blocktune.core.tune.TuneResults;
import org.blocktune.core.tune.strategy.SearchStrategy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code blocktune tune} with a search strategy: the project file stores it (and a project without
 * one is written as before), racing drops a hopeless candidate, Hyperband prints its brackets, and a
 * wrong strategy name is refused with the valid ones.
 */
class TuneStrategyCommandTest {
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
        space.put("learn_rate", Domain.ValueSet.of(0.000001, 0.05));
        project = Project.of(SeedSpecs.irisMlp())
                .withData(new DataRef(new DataSource.Shipped("iris"), roles, Recipe.of(new Normalize(List.of()))))
                .withArguments(Map.of("fit_epochs", 9), List.of("dense_units", "learn_rate"))
                .withSpace(ParameterSet.of(space))
                .withGrid(GridSettings.regular(2))
                .withResampling(new ResamplingSettings(0.8, true, ResamplingSettings.Scheme.VFOLD, 5, 1, 25, 0.75))
                .withMetrics(List.of("accuracy"))
                .withControl(new TuneControl(2, 7, false));
    }

    @Test
    void theProjectFileStoresTheStrategyOnlyWhenOneIsChosen() throws Exception {
        Path plain = dir.resolve("plain.blocktune.json");
        ProjectFile.write(project, plain);
        JsonNode p = JSON.readTree(plain.toFile());
        assertFalse(p.has("strategy"), "a plain grid project is written as before");
        assertTrue(p.get("version").intValue() < 4);
        Path raced = dir.resolve("raced.blocktune.json");
        SearchStrategy race = SearchStrategy.of(SearchStrategy.Kind.RACE_ANOVA)
                .withRace(new SearchStrategy.RaceSettings(3, 0.1, 10, false));
        ProjectFile.write(project.withStrategy(race), raced);
        JsonNode r = JSON.readTree(raced.toFile());
        assertEquals(4, r.get("version").intValue());
        assertEquals("race", r.get("strategy").get("kind").asText());
        assertEquals(race, ProjectFile.read(raced).strategy());
        assertEquals(SearchStrategy.grid(), ProjectFile.read(plain).strategy());
    }

    @Test
    void aRacedProjectDropsTheHopelessCandidates() throws Exception {
        Path file = dir.resolve("race.blocktune.json");
        ProjectFile.write(project.withStrategy(SearchStrategy.of(SearchStrategy.Kind.RACE_ANOVA)), file);
        Path runs = dir.resolve("race.runs");
        CommandLineTest.Result res = CommandLineTest.run("tune", file.toString(), "--run-folder", runs.toString());
        assertEquals(ExitCodes.OK, res.code(), res.err());
        assertTrue(res.err().contains("strategy race (burn-in 3, alpha 0.05)"), res.err());
        assertTrue(res.err().contains("epochs trained;"), res.err());
        // learn_rate 1e-6 barely moves the weights in 9 epochs: both such candidates are dropped after 3 folds
        TuneResults results = TuneResults.load(runs);
        assertTrue(results.race().orElseThrow().eliminated("cand_001"), res.err());
        assertTrue(results.race().orElseThrow().eliminated("cand_002"), res.err());
        assertEquals(3, results.race().orElseThrow().fittedOn().get("cand_001"));
        assertTrue(Files.readString(runs.resolve("fits.jsonl")).contains("\"status\":\"ELIMINATED\""));
        assertTrue(res.out().contains("cand_003") || res.out().contains("cand_004"), res.out());
        assertFalse(res.out().contains("cand_001"), "show best lists only candidates that finished: " + res.out());
    }

    @Test
    void hyperbandFromTheCommandLinePrintsItsBrackets() throws Exception {
        Path file = dir.resolve("plain2.blocktune.json");
        ProjectFile.write(project, file);
        CommandLineTest.Result res = CommandLineTest.run("tune", file.toString(), "--strategy", "hyperband",
                "--max-epochs", "9", "--run-folder", dir.resolve("hb.runs").toString());
        assertEquals(ExitCodes.OK, res.code(), res.err());
        // 4 candidates: bracket 2 holds all 4 (of 9) for 1 epoch, then 3 ... capped at the 4 there are
        assertTrue(res.err().contains("bracket 2: 4 × 1 epochs → 3 × 3 epochs → 1 × 9 epochs"), res.err());
        assertTrue(res.err().contains("bracket 0: 3 × 9 epochs"), res.err());
    }

    @Test
    void anUnknownStrategyIsRefusedWithTheValidNames() throws Exception {
        Path file = dir.resolve("plain3.blocktune.json");
        ProjectFile.write(project, file);
        CommandLineTest.Result res = CommandLineTest.run("tune", file.toString(), "--strategy", "fastest");
        assertEquals(ExitCodes.BAD_INPUT, res.code(), res.err());
        assertTrue(res.err().contains("unknown search strategy 'fastest'; choose grid, race, race_win_loss or hyperband"),
                res.err());
        assertFalse(Files.exists(dir.resolve("plain3.blocktune.runs")), "nothing was run");
    }
}
