package org.blocktune.core.fit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Task;
import org.blocktune.core.data.recipe.PreppedRecipe;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.dl4j.InputLayout;
import org.blocktune.core.dl4j.TrainedNetwork;
import org.blocktune.core.io.BlockLibraryJson;
import org.blocktune.core.io.ProjectFormatException;
import org.blocktune.core.io.RecipeJson;
import org.blocktune.core.io.SpecJson;
import org.blocktune.core.spec.FunctionalSpec;
import org.blocktune.core.spec.Shape;
import org.blocktune.core.spec.Spec;

/**
 * The saved-model file: one zip holding {@value #MODEL_ENTRY} (DL4J's own ModelSerializer format,
 * with the updater state) and {@value #JSON_ENTRY}:
 * <pre>{"format": "blocktune-model", "formatVersion": 1,
 *  "spec": {...SpecJson...}, "blocks": [...composite blocks...], "values": {"dense_units": 10, ...},
 *  "recipe": {...}, "preppedRecipe": {...}, "roles": {...}, "task": "classification",
 *  "classLevels": ["setosa", ...], "seed": 42,
 *  "network": {"graph": false, "inputs": [{"name": "input", "shape": [4]}],
 *              "outputs": [{"name": "price", "columns": ["price"], "levels": []}, ...]},   (several outputs only)
 *  "numParams": 83, "history": {"epochs": [{"epoch": 1, "values": {"loss": 1.05}}], "stopReason": "...", "bestEpoch": 10}}</pre>
 * Required when reading: {@code format}, {@code spec}, {@code preppedRecipe} and {@code network.inputs}.
 * Every other field has a default (no history, no values, an empty recipe, seed 0, task and
 * levels from the prepped recipe, graph from the spec kind); unknown fields are ignored.
 */
final class ModelFile {
    static final String JSON_ENTRY = "blocktune-model.json";
    static final String MODEL_ENTRY = "dl4j-model.zip";
    static final String FORMAT = "blocktune-model";
    static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ModelFile() {
    }

    static void write(FittedNetworkModel model, Path file) throws IOException {
        ObjectNode json = toJson(model);
        byte[] dl4j = model.network().toBytes();
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(JSON_ENTRY));
            zip.write(MAPPER.writeValueAsBytes(json));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(MODEL_ENTRY));
            zip.write(dl4j);
            zip.closeEntry();
        }
    }

    private static ObjectNode toJson(FittedNetworkModel model) throws IOException {
        FitRequest r = model.request();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("format", FORMAT);
        o.put("formatVersion", VERSION);
        try {
            o.set("spec", SpecJson.toJson(r.spec()));
            o.set("blocks", BlockLibraryJson.toJson(SpecJson.composites(r.spec())));
        } catch (IllegalArgumentException e) {
            throw new IOException("the model cannot be saved: " + e.getMessage(), e);
        }
        ObjectNode values = o.putObject("values");
        r.values().forEach((k, v) -> values.set(k, MAPPER.valueToTree(v)));
        o.set("recipe", RecipeJson.toJson(r.recipe()));
        o.set("preppedRecipe", RecipeJson.toJson(model.prepped()));
        o.set("roles", RecipeJson.toJson(r.roles()));
        o.put("task", model.task().name().toLowerCase(java.util.Locale.ROOT));
        ArrayNode levels = o.putArray("classLevels");
        model.classLevels().forEach(levels::add);
        o.put("seed", r.seed());
        ObjectNode network = o.putObject("network");
        network.put("graph", model.network().isGraph());
        ArrayNode inputs = network.putArray("inputs");
        InputLayout layout = model.network().layout();
        for (int i = 0; i < layout.dataInputs().size(); i++) {
            ObjectNode in = inputs.addObject();
            in.put("name", layout.dataInputs().get(i));
            ArrayNode dims = in.putArray("shape");
            layout.shapes().get(i).dims().forEach(dims::add);
        }
        if (model.outputs().size() > 1) {
            ArrayNode outs = network.putArray("outputs");
            for (ModelOutput m : model.outputs()) {
                ObjectNode out = outs.addObject();
                out.put("name", m.name());
                m.columns().forEach(out.putArray("columns")::add);
                m.levels().forEach(out.putArray("levels")::add);
            }
        }
        o.put("numParams", model.numParams());
        o.set("history", history(model.history()));
        return o;
    }

    private static ObjectNode history(History h) {
        ObjectNode o = MAPPER.createObjectNode();
        ArrayNode epochs = o.putArray("epochs");
        for (EpochMetrics e : h.epochs()) {
            ObjectNode en = epochs.addObject();
            en.put("epoch", e.epoch());
            ObjectNode values = en.putObject("values");
            e.values().forEach((k, v) -> {
                if (Double.isFinite(v)) {
                    values.put(k, v);
                } else {
                    values.put(k, v.toString());
                }
            });
        }
        o.put("stopReason", h.stopReason());
        o.put("bestEpoch", h.bestEpoch());
        return o;
    }

    static FittedModel read(Path file) throws IOException {
        Map<String, byte[]> entries = entries(file);
        byte[] jsonBytes = entries.get(JSON_ENTRY);
        byte[] dl4j = entries.get(MODEL_ENTRY);
        if (jsonBytes == null || dl4j == null) {
            throw notAModel(file, "the zip archive has no " + (jsonBytes == null ? JSON_ENTRY : MODEL_ENTRY)
                    + " entry" + (entries.containsKey("configuration.json")
                    ? " (it looks like a plain DL4J model; BlockTune needs the spec and recipe saved with it)" : ""));
        }
        JsonNode json;
        try {
            json = MAPPER.readTree(new String(jsonBytes, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw notAModel(file, JSON_ENTRY + " is not valid JSON: " + e.getOriginalMessage());
        }
        if (json == null || !json.isObject() || !FORMAT.equals(json.path("format").asText())) {
            throw notAModel(file, JSON_ENTRY + " does not say \"format\": \"" + FORMAT + "\"");
        }
        int version = json.path("formatVersion").asInt(1);
        if (version > VERSION) {
            throw new IOException("'" + file.getFileName() + "' was saved by a newer BlockTune (model format version "
                    + version + "); this version reads up to version " + VERSION + ". Update BlockTune to open it");
        }
        try {
            return fromJson(json, dl4j);
        } catch (ProjectFormatException e) {
            throw new IOException("'" + file.getFileName() + "' is a BlockTune model but " + e.getMessage(), e);
        }
    }

    private static FittedModel fromJson(JsonNode json, byte[] dl4j) throws ProjectFormatException, IOException {
        List<org.blocktune.core.block.CompositeBlock> library = json.has("blocks")
                ? BlockLibraryJson.fromJson(json.get("blocks"), "blocks") : List.of();
        Spec spec = SpecJson.fromJson(required(json, "spec"), "spec", SpecJson.catalogue(library, "blocks"));
        PreppedRecipe prepped = RecipeJson.preppedFromJson(required(json, "preppedRecipe"), "preppedRecipe");
        Map<String, Object> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.path("values").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            values.put(e.getKey(), BlockLibraryJson.scalar(e.getValue(), "values." + e.getKey()));
        }
        Recipe recipe = json.has("recipe") ? RecipeJson.recipeFromJson(json.get("recipe"), "recipe") : Recipe.of();
        Roles roles = json.has("roles") ? RecipeJson.rolesFromJson(json.get("roles"), "roles") : prepped.roles();
        List<String> levels = new ArrayList<>();
        json.path("classLevels").forEach(l -> levels.add(l.asText()));
        if (!json.has("classLevels")) {
            levels.addAll(prepped.outcomeLevels());
        }
        Task task = json.has("task") ? task(json.get("task").asText())
                : levels.isEmpty() ? Task.REGRESSION : Task.CLASSIFICATION;
        long seed = json.path("seed").asLong(0);
        JsonNode network = required(json, "network");
        boolean graph = network.has("graph") ? network.get("graph").asBoolean() : spec instanceof FunctionalSpec;
        InputLayout layout = layout(network);
        TrainedNetwork net = TrainedNetwork.fromBytes(dl4j, graph, layout);
        History history = json.has("history") ? history(json.get("history"))
                : new History(List.of(), "not recorded in this file", 0);
        List<ModelOutput> outputs = new ArrayList<>();
        for (JsonNode out : network.path("outputs")) {
            List<String> columns = new ArrayList<>();
            out.path("columns").forEach(c -> columns.add(c.asText()));
            List<String> outLevels = new ArrayList<>();
            out.path("levels").forEach(c -> outLevels.add(c.asText()));
            if (columns.isEmpty()) {
                throw new ProjectFormatException("network.outputs", "an output lists no outcome columns");
            }
            outputs.add(new ModelOutput(out.path("name").asText(columns.get(0)), columns, outLevels));
        }
        return new FittedNetworkModel(new FitRequest(spec, values, recipe, roles, seed), prepped, task, levels, history,
                net, outputs);
    }

    private static InputLayout layout(JsonNode network) throws ProjectFormatException {
        JsonNode inputs = network.get("inputs");
        if (inputs == null || !inputs.isArray() || inputs.isEmpty()) {
            throw new ProjectFormatException("network.inputs", "missing: the list of network inputs and their shapes");
        }
        List<String> names = new ArrayList<>();
        List<Shape> shapes = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            JsonNode in = inputs.get(i);
            List<Integer> dims = new ArrayList<>();
            in.path("shape").forEach(d -> dims.add(d.asInt()));
            try {
                shapes.add(new Shape(dims));
            } catch (IllegalArgumentException e) {
                throw new ProjectFormatException("network.inputs[" + i + "].shape", e.getMessage());
            }
            names.add(in.path("name").asText("input"));
        }
        return new InputLayout(names, shapes);
    }

    private static History history(JsonNode h) {
        List<EpochMetrics> epochs = new ArrayList<>();
        for (JsonNode e : h.path("epochs")) {
            Map<String, Double> values = new LinkedHashMap<>();
            e.path("values").fields().forEachRemaining(v -> values.put(v.getKey(), v.getValue().isNumber()
                    ? v.getValue().doubleValue() : parseDouble(v.getValue().asText())));
            epochs.add(new EpochMetrics(e.path("epoch").asInt(epochs.size() + 1), values));
        }
        return new History(epochs, h.path("stopReason").asText(""), h.path("bestEpoch").asInt(epochs.size()));
    }

    private static double parseDouble(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static Task task(String name) throws ProjectFormatException {
        for (Task t : Task.values()) {
            if (t.name().equalsIgnoreCase(name)) {
                return t;
            }
        }
        throw new ProjectFormatException("task", "unknown task '" + name + "'; expected classification or regression");
    }

    private static JsonNode required(JsonNode json, String field) throws ProjectFormatException {
        JsonNode v = json.get(field);
        if (v == null || v.isNull()) {
            throw new ProjectFormatException(field, "missing");
        }
        return v;
    }

    private static Map<String, byte[]> entries(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("there is no model file '" + file + "'");
        }
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                zip.transferTo(buf);
                out.put(e.getName(), buf.toByteArray());
            }
        } catch (ZipException e) {
            throw notAModel(file, "it is not a readable zip archive (" + e.getMessage() + ")");
        }
        if (out.isEmpty()) {
            throw notAModel(file, "it is not a zip archive");
        }
        return out;
    }

    private static IOException notAModel(Path file, String why) {
        return new IOException("'" + file.getFileName() + "' is not a BlockTune model file: " + why
                + ". Choose a file saved by BlockTune's Save model");
    }
}
