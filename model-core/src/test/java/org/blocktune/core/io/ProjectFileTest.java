package org.blocktune.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.blocktune.core.block.BlockCatalogue;
import org.blocktune.core.block.LambdaBlock;
import org.blocktune.core.block.LayerKind;
import org.blocktune.core.block.LayerSpec;
import org.blocktune.core.data.ColumnType;
import org.blocktune.core.data.CsvOptions;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.recipe.Dummy;
import org.blocktune.core.data.recipe.Impute;
import org.blocktune.core.data.recipe.Normalize;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.resample.ResamplingSettings;
import org.blocktune.core.space.BayesianSettings;
import org.blocktune.core.space.Direction;
import org.blocktune.core.space.GridSettings;
import org.blocktune.core.spec.SequentialSpec;
import org.blocktune.core.tune.TuneControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFileTest {
    @TempDir
    Path tmp;

    private Project full(Path csv, Path runs) throws Exception {
        ObjectNode layout = (ObjectNode) JsonFields.MAPPER.readTree(
                "{\"positions\":{\"tower_a\":{\"x\":12.5,\"y\":300.25},\"joined\":{\"x\":0,\"y\":-4}},"
                        + "\"zoom\":1.5,\"notes\":[\"anything\",null,true,{\"deep\":[1,2.5]}]}");
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("tower_b_dropout", 0.25);
        values.put("fit_epochs", 7);
        values.put("compile_optimizer", "adam");
        values.put("fit_shuffle", false);
        values.put("fit_seed", 12_345_678_901L);
        Map<String, ColumnType> types = new LinkedHashMap<>();
        types.put("zeta", ColumnType.CATEGORICAL);
        types.put("alpha", ColumnType.NUMERIC);
        types.put("flag", ColumnType.LOGICAL);
        CsvOptions options = new CsvOptions(';', '\'', List.of("NA", "?", ""), types, List.of("Attrition"));
        Roles roles = new Roles(List.of("Attrition"), Map.of("input", List.of("Age", "Department")));
        Recipe recipe = Recipe.of(new Impute(Impute.Method.MEDIAN), new Normalize(), new Dummy(false, List.of("Department")));
        return Project.of(SeedSpecs.attritionTowers())
                .withData(new DataRef(new DataSource.CsvFile(csv, options), roles, recipe))
                .withLayout(layout)
                .withArguments(values, List.of("tower_a_units", "learn_rate", "compile_optimizer"))
                .withSpace(SpaceJsonTest.EVERY_DOMAIN)
                .withGrid(new GridSettings(GridSettings.Kind.BAYESIAN, 3, 20, 99,
                        BayesianSettings.defaults(Direction.MINIMIZE).withIterations(15)))
                .withResampling(new ResamplingSettings(0.8, false, ResamplingSettings.Scheme.BOOTSTRAP, 5, 2, 30, 0.7))
                .withMetrics(List.of("roc_auc", "accuracy", "log_loss"))
                .withControl(new TuneControl(2, 7L, false))
                .withRunFolder(runs);
    }

    @Test
    void everyPartRoundTripsToAnEqualProjectAndIdenticalBytes() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("proj"));
        Project p = full(folder.resolve("data/attrition.csv"), folder.resolve("runs/first"));
        Path file = folder.resolve("attrition.blocktune.json");
        ProjectFile.write(p, file);
        Project back = ProjectFile.read(file);
        assertEquals(p, back);
        byte[] first = Files.readAllBytes(file);
        ProjectFile.write(back, file);
        assertArrayEquals(first, Files.readAllBytes(file));
        String text = new String(first, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\n  \"format\" : \"blocktune-project\",\n  \"version\" : 1,\n"), text);
        assertTrue(text.contains("\"csv\" : \"data/attrition.csv\""), text);
        assertTrue(text.contains("\"runFolder\" : \"runs/first\""), text);
        assertTrue(text.indexOf("\"alpha\" : \"numeric\"") < text.indexOf("\"zeta\" : \"categorical\""), text);
        assertEquals(List.of("tower_a_units", "learn_rate", "compile_optimizer"), back.tuned());
        assertEquals(List.of("tower_b_dropout", "fit_epochs", "compile_optimizer", "fit_shuffle", "fit_seed"),
                List.copyOf(back.values().keySet()));
        assertEquals(p.layout(), back.layout());
    }

    @Test
    void dataPathsAreStoredRelativeToTheProjectFolderSoTheFolderCanMove() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("a/proj"));
        Project p = Project.of(SeedSpecs.irisMlp()).withData(DataRef.of(new DataSource.CsvFile(
                tmp.resolve("shared/iris.csv"), CsvOptions.defaults())));
        ProjectFile.write(p, folder.resolve("iris.blocktune.json"));
        assertTrue(Files.readString(folder.resolve("iris.blocktune.json")).contains("\"csv\" : \"../../shared/iris.csv\""));
        Path moved = Files.createDirectories(tmp.resolve("b/c/proj"));
        Files.move(folder.resolve("iris.blocktune.json"), moved.resolve("iris.blocktune.json"));
        DataSource.CsvFile csv = (DataSource.CsvFile) ProjectFile.read(moved.resolve("iris.blocktune.json")).data().source();
        assertEquals(tmp.resolve("b/shared/iris.csv").toAbsolutePath().normalize(), csv.file());
        assertEquals("sub/x.csv", ProjectJson.store(Path.of("sub/x.csv"), tmp.toAbsolutePath()));
    }

    @Test
    void shippedDataNoRolesAndNoRunFolderRoundTrip() throws Exception {
        Project p = Project.of(SeedSpecs.mnistMlp()).withData(DataRef.of(new DataSource.Shipped("fashion-mnist")));
        Path file = tmp.resolve("mnist.blocktune.json");
        ProjectFile.write(p, file);
        Project back = ProjectFile.read(file);
        assertEquals(p, back);
        assertNull(back.data().roles());
        assertNull(back.runFolder());
        Project bare = Project.of(SequentialSpec.named("empty"));
        ProjectFile.write(bare, file);
        assertEquals(bare, ProjectFile.read(file));
    }

    @Test
    void aFailingSaveLeavesTheOldFileWholeAndNoTemporaryFiles() throws Exception {
        Path file = tmp.resolve("m.blocktune.json");
        ProjectFile.write(Project.of(SeedSpecs.irisMlp()), file);
        byte[] old = Files.readAllBytes(file);
        byte[] newer = ProjectJson.write(Project.of(SeedSpecs.diamondMlp()), tmp).getBytes(StandardCharsets.UTF_8);

        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(file, newer, temporary -> {
            assertArrayEquals(newer, Files.readAllBytes(temporary)); // the new bytes were fully written...
            throw new IOException("disk full");                      // ...but the save fails before the switch
        }));
        assertEquals("disk full", e.getMessage());
        assertArrayEquals(old, Files.readAllBytes(file));
        assertEquals(List.of(file), listing());

        LambdaBlock code = LambdaBlock.of("custom", List.of(), v -> List.of(LayerSpec.of(LayerKind.DENSE, v)));
        Project unsavable = Project.of(SequentialSpec.named("m").add("c", code));
        assertThrows(IllegalArgumentException.class, () -> ProjectFile.write(unsavable, file));
        assertArrayEquals(old, Files.readAllBytes(file));
        assertEquals(List.of(file), listing());

        assertThrows(IOException.class, () -> ProjectFile.write(Project.of(SeedSpecs.irisMlp()),
                tmp.resolve("missing-folder/m.blocktune.json")));
        assertArrayEquals(old, Files.readAllBytes(file));
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.toList();
        }
    }

    @Test
    void syntaxErrorsGiveLineAndColumn() throws Exception {
        Path file = write("{\n  \"format\" : \"blocktune-project\",\n  \"version\" : 1,,\n}");
        var e = assertThrows(ProjectFormatException.class, () -> ProjectFile.read(file));
        assertTrue(e.getMessage().startsWith("project: not valid JSON at line 3, column 17: "), e.getMessage());
        var empty = assertThrows(ProjectFormatException.class, () -> ProjectFile.read(write("")));
        assertEquals("project: the text is empty; expected JSON", empty.getMessage());
        Files.write(file, new byte[] {'{', (byte) 0xff, '}'});
        var binary = assertThrows(ProjectFormatException.class, () -> ProjectFile.read(file));
        assertTrue(binary.getMessage().contains("this is not a BlockTune project: the file is not UTF-8 text"));
    }

    @Test
    void foreignFilesAreRecognised() throws Exception {
        assertEquals("format: this is not a BlockTune project: its format is 'blocktune-editor', not "
                        + "'blocktune-project'",
                readError("{\"format\":\"blocktune-editor\",\"version\":1}").getMessage());
        assertEquals("format: this is not a BlockTune project: it has no \"format\": \"blocktune-project\" field",
                readError("{\"name\":\"package.json\",\"version\":\"1.0.0\"}").getMessage());
        assertEquals("project: this is not a BlockTune project: the file holds a list, not an object {...}",
                readError("[1, 2, 3]").getMessage());
    }

    @Test
    void newerVersionsSaySoAndOldOnesAreChecked() throws Exception {
        assertEquals("version: written by a newer BlockTune (format version 6); this version reads up to 5; "
                + "update BlockTune to open it", readError("{\"format\":\"blocktune-project\",\"version\":6}").getMessage());
        assertEquals("version: expected a format version number (1 or more), found the text \"1\"",
                readError("{\"format\":\"blocktune-project\",\"version\":\"1\"}").getMessage());
    }

    @Test
    void fieldErrorsAreLocated() throws Exception {
        String good = ProjectJson.write(full(tmp.resolve("d.csv"), null), tmp);
        assertLocated(good.replace("\"block\" : \"concatenate\"", "\"block\" : \"sparkle\""), "spec.nodes[3].block",
                "unknown block 'sparkle'; known: input, dense");
        assertLocated(good.replace("\"scheme\" : \"bootstrap\"", "\"scheme\" : \"jackknife\""), "resampling.scheme",
                "unknown resampling scheme 'jackknife'; known: vfold, bootstrap, validation");
        assertLocated(good.replace("\"delimiter\" : \";\"", "\"delimiter\" : \";;\""), "data.csvOptions.delimiter",
                "expected a single character");
        assertLocated(good.replace("\"workers\" : 2", "\"workers\" : -1"), "control",
                "workers must be 0 (automatic) or more, got -1");
        assertLocated(good.replace("\"spec\" :", "\"results\" : 1,\n  \"spec\" :"), "results",
                "unknown field in a version 1 project");
        assertLocated(good.replace("\"stratify\" : false", "\"stratify\" : \"no\""), "resampling.stratify",
                "expected true or false, found the text \"no\"");
        assertLocated(good.replace("\"outcomes\" : [ \"Attrition\" ]", "\"outcomes\" : [ ]"), "data.roles",
                "choose at least one outcome column");
        assertLocated(good.replace("\"learn_rate\", \"compile_optimizer\"", "\"learn_rate\", \"learn_rate\""),
                "tuned", "an argument is listed twice");
        assertLocated(good.replace("\"kind\" : \"bayesian\"", "\"kind\" : \"sobol\""), "grid.kind",
                "unknown grid kind 'sobol'");
    }

    @Test
    void openingNeverInstantiatesNamedClasses() throws Exception {
        String good = ProjectJson.write(Project.of(SeedSpecs.irisMlp()), tmp);
        assertLocated(good.replace("\"values\" : { }",
                        "\"values\" : { \"x\" : [\"java.lang.ProcessBuilder\", [\"touch\", \"/tmp/pwned\"]] }"),
                "values.x", "expected a number, text or true/false, found a list");
        assertLocated(good.replace("\"format\"", "\"@class\" : \"java.lang.Runtime\",\n  \"format\""), "@class",
                "unknown field");
        assertLocated(good.replace("\"block\" : \"dense_block\"", "\"block\" : \"org.evil.Block\""),
                "spec.nodes[1].block", "unknown block 'org.evil.Block'");
    }

    @Test
    void theProjectIsImmutableAndChecksItsLibrary() {
        ObjectNode layout = JsonFields.object().put("zoom", 1);
        Project p = Project.of(SeedSpecs.irisMlp()).withLayout(layout);
        layout.put("zoom", 2);
        ((ObjectNode) p.layout()).put("zoom", 3);
        assertEquals(1, p.layout().get("zoom").intValue());
        var missing = assertThrows(IllegalArgumentException.class,
                () -> Project.of(SeedSpecs.irisMlp()).withSpec(SeedSpecs.diamondMlp(), List.of()));
        assertTrue(missing.getMessage().contains("composite block 'dense_block', which is not in the block library"));
        assertThrows(IllegalArgumentException.class, () -> Project.of(SeedSpecs.diamondMlp())
                .withSpec(SeedSpecs.diamondMlp(), List.of(SeedSpecs.denseWithDropoutArg(7))));
        assertThrows(IllegalArgumentException.class, () -> Project.of(SeedSpecs.irisMlp())
                .withArguments(Map.of("x", new int[] {1}), List.of()));
        assertNotEquals(Project.of(SeedSpecs.irisMlp()), p);
        JsonNode empty = Project.of(SeedSpecs.irisMlp()).layout();
        assertTrue(empty.isObject() && empty.isEmpty());
        assertTrue(BlockCatalogue.builtins().find("input").isPresent());
    }

    private Path write(String text) throws IOException {
        Path f = tmp.resolve("p.blocktune.json");
        Files.writeString(f, text);
        return f;
    }

    private ProjectFormatException readError(String text) throws IOException {
        Path f = write(text);
        return assertThrows(ProjectFormatException.class, () -> ProjectFile.read(f));
    }

    private void assertLocated(String text, String path, String problem) throws IOException {
        ProjectFormatException e = readError(text);
        assertEquals(path, e.path(), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }
}
