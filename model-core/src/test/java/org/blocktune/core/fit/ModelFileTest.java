package org.blocktune.core.fit;

import static org.blocktune.core.fit.FitFixtures.fit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.blocktune.core.block.BlockCatalogue;
import org.blocktune.core.block.LayerKind;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.recipe.Normalize;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.io.RecipeJson;
import org.blocktune.core.io.SpecJson;
import org.blocktune.core.spec.SequentialSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {
    @TempDir
    Path dir;

    @Test
    void sequentialModelRoundTripsWithIdenticalPredictions() throws Exception {
        Table iris = FitFixtures.iris();
        FittedModel m = fit(FitFixtures.irisRequest(Map.of("fit_epochs", 3, "fit_validation_split", 0.2)), iris);
        Path file = dir.resolve("iris.btmodel");
        m.save(file);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertTrue(zip.getEntry(ModelFile.JSON_ENTRY) != null && zip.getEntry(ModelFile.MODEL_ENTRY) != null);
        }
        FittedModel back = FittedModel.load(file);
        assertEquals(m.predict(iris), back.predict(iris));
        assertEquals(m.history(), back.history());
        assertEquals(m.classLevels(), back.classLevels());
        assertEquals(m.task(), back.task());
        assertEquals(m.numParams(), back.numParams());
        assertEquals(m.request().values(), back.request().values());
        assertEquals(m.request().recipe(), back.request().recipe());
        assertEquals(m.request().roles(), back.request().roles());
        assertEquals(m.request().seed(), back.request().seed());
        assertEquals(SpecJson.write(m.request().spec()), SpecJson.write(back.request().spec()));
    }

    @Test
    void graphAndImageModelsRoundTrip() throws Exception {
        Table attrition = FitFixtures.head(FitFixtures.attrition(), 300);
        FittedModel towers = fit(FitFixtures.attritionRequest(Map.of("fit_epochs", 1)), attrition);
        Path a = dir.resolve("towers.btmodel");
        towers.save(a);
        assertEquals(towers.predict(attrition), FittedModel.load(a).predict(attrition));

        Table images = FitFixtures.fashion(100);
        FittedModel cnn = fit(FitFixtures.fashionRequest(), images);
        Path c = dir.resolve("cnn.btmodel");
        cnn.save(c);
        assertEquals(cnn.predict(images), FittedModel.load(c).predict(images));
    }

    @Test
    void olderSmallerJsonLoadsWithDefaults() throws Exception {
        Table iris = FitFixtures.iris();
        SequentialSpec spec = SequentialSpec.named("plain")
                .add("input", BlockCatalogue.builtin(LayerKind.INPUT))
                .add("hidden", BlockCatalogue.builtin(LayerKind.DENSE))
                .add("output", BlockCatalogue.builtin(LayerKind.OUTPUT));
        FitRequest request = new FitRequest(spec, Map.of("hidden_units", 5, "fit_epochs", 2),
                Recipe.of(new Normalize()), FitFixtures.irisRequest(Map.of()).roles(), 3);
        FittedModel m = fit(request, iris);
        Path saved = dir.resolve("new.btmodel");
        m.save(saved);
        byte[] network;
        try (ZipFile zip = new ZipFile(saved.toFile())) {
            network = zip.getInputStream(zip.getEntry(ModelFile.MODEL_ENTRY)).readAllBytes();
        }
        String prepped = RecipeJson.write(((FittedNetworkModel) m).prepped());
        // no formatVersion, values, recipe, roles, task, classLevels, seed or history; one field from elsewhere
        String json = "{\"format\": \"blocktune-model\",\n"
                + " \"spec\": {\"name\": \"plain\", \"kind\": \"sequential\", \"nodes\": [\n"
                + "   {\"name\": \"input\", \"block\": \"input\"}, {\"name\": \"hidden\", \"block\": \"dense\"},\n"
                + "   {\"name\": \"output\", \"block\": \"output\"}]},\n"
                + " \"preppedRecipe\": " + prepped + ",\n"
                + " \"network\": {\"inputs\": [{\"name\": \"input\", \"shape\": [4]}]},\n"
                + " \"comment\": \"written by hand\"}";
        Path old = dir.resolve("old.btmodel");
        writeZip(old, json, network);
        FittedModel back = FittedModel.load(old);
        assertEquals(m.predict(iris), back.predict(iris));
        assertEquals(List.of("setosa", "versicolor", "virginica"), back.classLevels());
        assertEquals(m.task(), back.task());
        assertTrue(back.history().epochs().isEmpty());
        assertEquals(Map.of(), back.request().values());
        assertEquals(0L, back.request().seed());
    }

    @Test
    void filesThatAreNotBlockTuneModelsGiveClearErrors() throws IOException {
        Path garbage = dir.resolve("garbage.btmodel");
        Files.writeString(garbage, "this is not a model, just text");
        IOException e = assertThrows(IOException.class, () -> FittedModel.load(garbage));
        assertEquals("'garbage.btmodel' is not a BlockTune model file: it is not a zip archive. Choose a file saved "
                + "by BlockTune's Save model", e.getMessage());

        Path plainDl4j = dir.resolve("dl4j.zip");
        try (OutputStream out = Files.newOutputStream(plainDl4j); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("configuration.json"));
            zip.write("{}".getBytes(StandardCharsets.UTF_8));
        }
        e = assertThrows(IOException.class, () -> FittedModel.load(plainDl4j));
        assertTrue(e.getMessage().contains("looks like a plain DL4J model"), e.getMessage());

        Path otherJson = dir.resolve("other.btmodel");
        writeZip(otherJson, "{\"format\": \"something-else\"}", new byte[] {1});
        e = assertThrows(IOException.class, () -> FittedModel.load(otherJson));
        assertTrue(e.getMessage().contains("does not say \"format\": \"blocktune-model\""), e.getMessage());

        Path newer = dir.resolve("newer.btmodel");
        writeZip(newer, "{\"format\": \"blocktune-model\", \"formatVersion\": 99}", new byte[] {1});
        e = assertThrows(IOException.class, () -> FittedModel.load(newer));
        assertTrue(e.getMessage().contains("saved by a newer BlockTune (model format version 99)"), e.getMessage());

        Path noSpec = dir.resolve("nospec.btmodel");
        writeZip(noSpec, "{\"format\": \"blocktune-model\"}", new byte[] {1});
        e = assertThrows(IOException.class, () -> FittedModel.load(noSpec));
        assertTrue(e.getMessage().startsWith("'nospec.btmodel' is a BlockTune model but") && e.getMessage().contains("spec"),
                e.getMessage());

        e = assertThrows(IOException.class, () -> FittedModel.load(dir.resolve("absent.btmodel")));
        assertTrue(e.getMessage().startsWith("there is no model file"), e.getMessage());
    }

    private static void writeZip(Path file, String json, byte[] network) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(ModelFile.JSON_ENTRY));
            zip.write(json.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(ModelFile.MODEL_ENTRY));
            zip.write(network);
        }
    }
}
