package org.blocktune.core.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.blocktune.core.block.LayerKind;
import org.blocktune.core.spec.ResolvedLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Python export compiles ({@code python3 -m py_compile}) and, run against a stand-in Keras that
 * records layers, builds the same layers and units as BlockTune's network, and asks Keras Tuner for
 * the project's ranges.
 */
class PythonExportTest {
    @TempDir
    Path dir;

    static String python(Path workDir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("python3"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile());
        pb.environment().put("PYTHONPATH", Path.of("src", "test", "resources", "exchange", "stub_keras").toAbsolutePath().toString());
        pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        Process p = pb.redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), String.join(" ", cmd) + ":\n" + out);
        return out;
    }

    private JsonNode inspect(ExportInput in) throws Exception {
        Path script = dir.resolve(in.identifier(false) + ".py");
        Files.writeString(script, PythonExport.source(in, in.name() + "-data.csv"));
        python(dir, "-m", "py_compile", script.toString());
        String json = python(dir, Path.of("src", "test", "resources", "exchange", "inspect_build.py").toAbsolutePath().toString(),
                script.toString());
        return new ObjectMapper().readTree(json.lines().reduce((a, b) -> b).orElseThrow());
    }

    /** BlockTune's layers as Keras would name them, with units (or rate) where the layer has them. */
    private static List<String> blockTuneLayers(ExportInput in) {
        List<String> out = new ArrayList<>();
        for (ResolvedLayer l : in.resolution().network().layers()) {
            LayerKind k = l.layer().kind();
            switch (k) {
                case INPUT -> out.add("Input " + l.output().dims());
                case DENSE -> out.add("Dense " + l.layer().intArg("units"));
                case OUTPUT -> out.add("Dense " + l.output().dim(0));
                case DROPOUT -> out.add("Dropout " + l.layer().realArg("rate"));
                case CONCATENATE -> out.add("Concatenate");
                default -> out.add(k.keyword());
            }
        }
        return out;
    }

    private static List<String> kerasLayers(JsonNode calls) {
        List<String> out = new ArrayList<>();
        for (JsonNode c : calls) {
            String layer = c.get("layer").asText();
            switch (layer) {
                case "Input" -> out.add("Input " + c.get("shape"));
                case "Dense" -> out.add("Dense " + c.get(c.has("units") ? "units" : "args").toString().replaceAll("[\\[\\]]", ""));
                case "Dropout" -> out.add("Dropout " + c.get("rate").asDouble());
                case "Model", "compile" -> { }
                default -> out.add(layer);
            }
        }
        return out;
    }

    @Test
    void aSequentialExportHasTheSameLayersAndUnitsAndTheProjectsRanges() throws Exception {
        ExportInput in = ExportFixtures.sequential();
        JsonNode r = inspect(in);
        assertEquals(blockTuneLayers(in), kerasLayers(r.get("fixed")));
        assertEquals(List.of("Input [4]", "Dense 24", "Dropout 0.2", "Dense 24", "Dropout 0.2", "Dense 3"), kerasLayers(r.get("fixed")));
        JsonNode compile = r.get("fixed").get(r.get("fixed").size() - 1);
        assertEquals("categorical_crossentropy", compile.get("loss").asText());
        assertEquals(0.01, compile.get("optimizer").get("learning_rate").asDouble());
        assertEquals("adam", compile.get("optimizer").get("optimizer").asText());
        // with hp: the init template's ranges; the lower ends give 1 hidden layer of 16 units
        JsonNode ranges = r.get("ranges");
        assertEquals("[\"int\",1,3,\"linear\"]", ranges.get("num_hidden").toString());
        assertEquals("[\"int\",16,128,\"log\"]", ranges.get("hidden_units").toString());
        assertEquals("[\"float\",0.0,0.4,\"linear\"]", ranges.get("hidden_rate").toString());
        assertEquals("[\"float\",0.001,0.1,\"log\"]", ranges.get("learn_rate").toString());
        assertEquals(List.of("Input [4]", "Dense 16", "Dropout 0.0", "Dense 3"), kerasLayers(r.get("tuned")));
    }

    @Test
    void aFunctionalExportWiresTheTowersAsTheSpecDoes() throws Exception {
        ExportInput in = ExportFixtures.functional();
        JsonNode r = inspect(in);
        assertEquals(blockTuneLayers(in), kerasLayers(r.get("fixed")));
        assertTrue(kerasLayers(r.get("fixed")).contains("Concatenate"));
        assertEquals("[\"choice\",[\"adam\",\"sgd\"]]", r.get("ranges").get("compile_optimizer").toString());
        String src = PythonExport.source(in, "d.csv");
        assertTrue(src.contains("def dense_block(x, units=64, dropout=0.0):"), src);
        assertTrue(src.contains("t[\"tower_a\"] = x") && src.contains("layers.Concatenate()([t[\"tower_a\"], t[\"tower_b\"]])"), src);
    }
}
