package org.blocktune.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.blocktune.core.data.ColumnChoice;
import org.blocktune.core.data.CsvOptions;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.recipe.DropMissing;
import org.blocktune.core.data.recipe.Dummy;
import org.blocktune.core.data.recipe.FilterRows;
import org.blocktune.core.data.recipe.Impute;
import org.blocktune.core.data.recipe.LogTransform;
import org.blocktune.core.data.recipe.Normalize;
import org.blocktune.core.data.recipe.PoolRare;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.data.recipe.RemoveColumns;
import org.blocktune.core.data.recipe.ScaleImages;
import org.blocktune.core.data.recipe.YeoJohnson;
import org.blocktune.core.data.recipe.ZeroVariance;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.resample.ResamplingSettings;
import org.blocktune.core.space.BayesianSettings;
import org.blocktune.core.space.Direction;
import org.blocktune.core.space.GridSettings;
import org.blocktune.core.tune.TuneControl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published JSON Schema of the project file ({@code resources/schema/blocktune-project.schema.json})
 * accepts every shipped example and every part BlockTune writes, refuses what the reader refuses,
 * and names fields as the reader's messages do.
 */
class ProjectSchemaTest {
    static final Path SCHEMA = Path.of("..", "resources", "schema", "blocktune-project.schema.json");
    static Schema schema;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() throws Exception {
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(SCHEMA), InputFormat.JSON);
    }

    private static List<String> problems(String json) {
        List<String> out = new ArrayList<>();
        for (Error e : schema.validate(json, InputFormat.JSON)) out.add(e.toString());
        return out;
    }

    @Test
    void everyShippedExampleIsValid() throws Exception {
        List<Path> examples;
        try (Stream<Path> s = Files.list(Path.of("..", "resources", "examples"))) {
            examples = s.filter(p -> p.toString().endsWith(".blocktune.json")).sorted().toList();
        }
        // every shipped example in both budgets (a quick and a full file each)
        assertEquals(2 * org.blocktune.core.examples.ExampleProjects.all().size(), examples.size(), examples.toString());
        for (Path e : examples) {
            assertEquals(List.of(), problems(Files.readString(e)), e.toString());
        }
    }

    @Test
    void aProjectUsingEveryPartIsValid() throws Exception {
        CsvOptions o = CsvOptions.semicolonDecimalComma().withHeader(true).withSkipLines(1).withEncoding("windows-1252")
                .withColumn("zip", ColumnChoice.CATEGORY).withColumn("name", ColumnChoice.ID)
                .withColumn("when", ColumnChoice.IGNORE).requiring("y");
        Recipe recipe = Recipe.of(new DropMissing(), FilterRows.range("y", 0.0, null), FilterRows.levels("zip", List.of("1")),
                new PoolRare(0.1, List.of("zip")), new LogTransform(10, 1, List.of("n")), new YeoJohnson(),
                new RemoveColumns(List.of("a")), new Impute(Impute.Method.MEDIAN), new Dummy(true), new ZeroVariance(),
                new Normalize(), new ScaleImages());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("fit_epochs", 7);
        values.put("fit_shuffle", false);
        values.put("compile_optimizer", "adam");
        values.put("tower_b_dropout", 0.25);
        Project p = Project.of(SeedSpecs.attritionTowers())
                .withData(new DataRef(new org.blocktune.core.io.DataSource.CsvFile(tmp.resolve("d.csv"), o),
                        new Roles(List.of("y"), Map.of("input", List.of("zip", "n"))), recipe))
                .withLayout((ObjectNode) JsonFields.MAPPER.readTree("{\"positions\":{\"joined\":{\"x\":1,\"y\":2}}}"))
                .withArguments(values, List.of("tower_a_units", "learn_rate", "compile_optimizer", "tower_a_dropout"))
                .withSpace(SpaceJsonTest.EVERY_DOMAIN)
                .withGrid(new GridSettings(GridSettings.Kind.BAYESIAN, 3, 20, 99,
                        BayesianSettings.defaults(Direction.MINIMIZE)).withParameterLevels(Map.of("learn_rate", 4)))
                .withResampling(new ResamplingSettings(0.8, false, ResamplingSettings.Scheme.BOOTSTRAP, 5, 2, 30, 0.7))
                .withMetrics(List.of("roc_auc"))
                .withControl(new TuneControl(2, 7L, false))
                .withRunFolder(tmp.resolve("runs"))
                .withKeptCandidates(List.of(Map.of("tower_a_units", 16, "learn_rate", 0.01, "compile_optimizer", "sgd",
                        "tower_a_dropout", 0.1)));
        Path file = tmp.resolve("every.blocktune.json");
        ProjectFile.write(p, file);
        String text = Files.readString(file);
        assertTrue(text.contains("\"version\" : 3") && text.contains("keptCandidates") && text.contains("bayesian"), text);
        assertEquals(List.of(), problems(text));
    }

    @Test
    void projectsWithASearchStrategyAreValid() throws Exception {
        org.blocktune.core.tune.strategy.SearchStrategy race = org.blocktune.core.tune.strategy.SearchStrategy
                .of(org.blocktune.core.tune.strategy.SearchStrategy.Kind.RACE_ANOVA);
        org.blocktune.core.tune.strategy.SearchStrategy pruned = org.blocktune.core.tune.strategy.SearchStrategy.grid()
                .withPruning(org.blocktune.core.tune.strategy.SearchStrategy.MedianPruning.defaults());
        org.blocktune.core.tune.strategy.SearchStrategy hyperband = org.blocktune.core.tune.strategy.SearchStrategy
                .of(org.blocktune.core.tune.strategy.SearchStrategy.Kind.HYPERBAND);
        for (var s : List.of(race, pruned, hyperband)) {
            Path file = tmp.resolve("strategy.blocktune.json");
            ProjectFile.write(Project.of(SeedSpecs.irisMlp()).withStrategy(s), file);
            String text = Files.readString(file);
            assertTrue(text.contains("\"version\" : 4") && text.contains("\"strategy\""), text);
            assertEquals(List.of(), problems(text), text);
            assertTrue(!problems(text.replace("\"kind\"", "\"knd\"")).isEmpty(), "a misspelt strategy field is refused");
        }
    }

    @Test
    void aProjectWithASavedFinalModelIsValid() throws Exception {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("accuracy", 0.95);
        metrics.put("roc_auc", Double.NaN);
        Path file = tmp.resolve("final.blocktune.json");
        ProjectFile.write(Project.of(SeedSpecs.irisMlp())
                .withFinalModel(new FinalModelRef(tmp.resolve("final.model.zip"), "cand_004", metrics)), file);
        String text = Files.readString(file);
        assertTrue(text.contains("\"version\" : 5") && text.contains("\"finalModel\"")
                && text.contains("\"file\" : \"final.model.zip\""), text);
        assertEquals(List.of(), problems(text), text);
        assertFalse(problems(text.replace("\"candidate\"", "\"candidat\"")).isEmpty(), "a misspelt field is refused");
        assertFalse(problems(text.replace("\"final.model.zip\"", "\"\"")).isEmpty(), "an empty file name is refused");
    }

    @Test
    void whatTheReaderRefusesTheSchemaRefusesAtTheSameField() throws Exception {
        String iris = Files.readString(Path.of("..", "resources", "examples", "iris-quick.blocktune.json"));
        // a misspelt top-level field, an unknown recipe step, a domain without its bounds, a grid kind
        Map<String, String> broken = new LinkedHashMap<>();
        broken.put("metric", iris.replace("\"metrics\" :", "\"metric\" :"));
        broken.put("data.recipe.steps[0].step", iris.replace("\"step\" : \"normalize\"", "\"step\" : \"normalise\""));
        broken.put("grid.kind", iris.replace("\"kind\" : \"regular\"", "\"kind\" : \"sobol\""));
        broken.put("control.workers", iris.replace("\"workers\" : 0", "\"workers\" : \"two\""));
        for (Map.Entry<String, String> b : broken.entrySet()) {
            String field = b.getKey();
            List<String> schemaSays = problems(b.getValue());
            assertFalse(schemaSays.isEmpty(), "the schema accepts a broken " + field);
            String pointer = "/" + field.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
            assertTrue(schemaSays.stream().anyMatch(s -> s.startsWith(pointer + ":") || s.contains("'" + field + "'")
                    || s.startsWith("/: property '" + field + "'")), field + ": " + schemaSays);
            Path file = Files.writeString(tmp.resolve("broken.blocktune.json"), b.getValue());
            ProjectFormatException e = assertThrows(ProjectFormatException.class, () -> ProjectFile.read(file));
            assertTrue(e.getMessage().contains(field), field + ": " + e.getMessage());
            assertTrue(schemaDefines(field), "the reader's field " + field + " is named in the schema (or is the unknown one)");
        }
    }

    /** True when the last name of {@code path} is a property the schema declares (or the misspelt one the test made). */
    private static boolean schemaDefines(String path) throws Exception {
        String last = path.replaceAll("\\[\\d+]", "");
        last = last.substring(last.lastIndexOf('.') + 1);
        if (last.equals("metric")) return true;
        JsonNode s = JsonFields.MAPPER.readTree(Files.readString(SCHEMA));
        return s.findValues("properties").stream().anyMatch(p -> p.has(lastName(path)));
    }

    private static String lastName(String path) {
        String p = path.replaceAll("\\[\\d+]", "");
        return p.substring(p.lastIndexOf('.') + 1);
    }
}
