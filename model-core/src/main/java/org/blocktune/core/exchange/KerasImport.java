package org.blocktune.core.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.blocktune.core.block.BlockCatalogue;
import org.blocktune.core.block.LayerKind;
import org.blocktune.core.spec.FunctionalSpec;
import org.blocktune.core.spec.Node;
import org.blocktune.core.spec.SequentialSpec;
import org.blocktune.core.spec.Spec;
import org.blocktune.core.spec.SpecChecker;

/**
 * Reads a Keras model's architecture, the JSON of {@code model.to_json()} (Keras 2 and Keras 3
 * layouts, Sequential and Functional models), as a BlockTune spec of built-in blocks: one node per
 * Keras layer, named after it, with the layer's settings as fixed values of the generated arguments
 * ({@code dense_1_units = 64}). The last Dense layer of each model output becomes BlockTune's
 * {@code output} block (softmax over the classes or linear, sized from the data). A layer BlockTune
 * has no block for is refused with its name and class. Nothing in the file is executed.
 */
public final class KerasImport {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> ACTIVATIONS = Set.of("relu", "linear", "sigmoid", "tanh", "softmax", "elu", "selu",
            "gelu", "swish", "silu", "leaky_relu", "softplus", "softsign", "hard_sigmoid", "relu6", "mish");

    /**
     * The imported model.
     *
     * @param spec   the spec of built-in blocks
     * @param values fixed values of its generated arguments, from the layers' settings
     * @param notes  what was adapted, in plain sentences (input shapes and output sizes come from the data, …)
     */
    public record Imported(Spec spec, Map<String, Object> values, List<String> notes) { }

    private KerasImport() {
    }

    /**
     * Reads the JSON text of {@code model.to_json()}.
     *
     * @throws IllegalArgumentException when it is not a Keras model's JSON, or a layer cannot be mapped (naming every
     *                                  such layer and its class)
     */
    public static Imported read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("this is not JSON (" + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + "); give the text of Keras' model.to_json()");
        }
        if (root == null || !root.isObject() || !root.has("class_name") || !root.path("config").path("layers").isArray()) {
            throw new IllegalArgumentException("this is not a Keras model's JSON: expected {\"class_name\": \"Sequential\" or "
                    + "\"Functional\", \"config\": {\"layers\": [...]}} as written by model.to_json()");
        }
        String cls = root.get("class_name").asText();
        JsonNode config = root.get("config");
        String name = identifier(config.path("name").asText("keras_model"), "keras_model");
        return switch (cls) {
            case "Sequential" -> new KerasImport().sequential(name, config.get("layers"));
            case "Functional", "Model" -> new KerasImport().functional(name, config);
            default -> throw new IllegalArgumentException("a Keras '" + cls + "' cannot be imported; BlockTune imports "
                    + "Sequential and Functional models (a subclassed model has no layer graph in its JSON)");
        };
    }

    /**
     * Reads a file: the JSON of {@code model.to_json()}, or a Keras 3 {@code .keras} archive (its
     * {@code config.json}). HDF5 ({@code .h5}) files are refused with the way round it.
     *
     * @throws IllegalArgumentException as {@link #read(String)}, or for an unsupported file
     * @throws java.io.IOException      if the file cannot be read
     */
    public static Imported readFile(java.nio.file.Path file) throws java.io.IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".h5") || name.endsWith(".hdf5")) {
            throw new IllegalArgumentException(file + " is an HDF5 file, which BlockTune does not read (it does not carry "
                    + "DL4J's Keras importer); in Python, write the architecture with open('model.json', 'w')"
                    + ".write(model.to_json()) and import that, or save as .keras");
        }
        if (name.endsWith(".keras")) {
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                java.util.zip.ZipEntry config = zip.getEntry("config.json");
                if (config == null) {
                    throw new IllegalArgumentException(file + " has no config.json; is it a Keras 3 .keras file?");
                }
                try (var in = zip.getInputStream(config)) {
                    return read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            } catch (java.util.zip.ZipException e) {
                throw new IllegalArgumentException(file + " is not a .keras archive (" + e.getMessage() + ")", e);
            }
        }
        return read(java.nio.file.Files.readString(file));
    }

    private final Map<String, Object> values = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> unmappable = new ArrayList<>();
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Set<String> taken = new LinkedHashSet<>();

    private Imported sequential(String name, JsonNode layers) {
        List<JsonNode> list = new ArrayList<>();
        layers.forEach(list::add);
        int last = lastDense(list);
        SequentialSpec spec = SequentialSpec.named(name);
        boolean hasInput = !list.isEmpty() && list.get(0).path("class_name").asText().equals("InputLayer");
        if (!hasInput) {
            spec = spec.add(node("input"), BlockCatalogue.builtin(LayerKind.INPUT));
            notes.add("added an input block (the model's input shape comes from the data)");
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode l = list.get(i);
            if (i > last && last >= 0 && l.path("class_name").asText().equals("Activation")) {
                notes.add("layer '" + layerName(l) + "' (Activation after the last Dense layer) is part of BlockTune's output block");
                continue;
            }
            LayerKind kind = i == last ? LayerKind.OUTPUT : kind(l);
            if (kind == null) continue;
            String node = node(layerName(l));
            if (i == last) outputNote(l, node);
            settings(l, kind, node);
            spec = spec.add(node, BlockCatalogue.builtin(kind));
        }
        if (last < 0) {
            throw new IllegalArgumentException("the model has no Dense layer to be its output; BlockTune's output block is a "
                    + "dense softmax (classes) or linear (numbers) layer");
        }
        return done(spec);
    }

    private Imported functional(String name, JsonNode config) {
        Set<String> outputs = new LinkedHashSet<>();
        for (JsonNode o : config.path("output_layers")) outputs.add(o.isArray() ? o.get(0).asText() : o.asText());
        FunctionalSpec spec = FunctionalSpec.named(name);
        for (JsonNode l : config.get("layers")) {
            String kerasName = layerName(l);
            boolean output = outputs.contains(kerasName);
            LayerKind kind = kind(l);
            if (kind == null) continue;
            if (output) {
                if (kind != LayerKind.DENSE) {
                    throw new IllegalArgumentException("the model output '" + kerasName + "' is a " + l.path("class_name").asText()
                            + " layer; BlockTune's output block is a Dense layer (softmax for classes, linear for numbers)");
                }
                kind = LayerKind.OUTPUT;
            }
            String node = node(kerasName);
            if (output) outputNote(l, node);
            settings(l, kind, node);
            List<String> inputs = inbound(l);
            if (kind == LayerKind.INPUT) {
                spec = spec.add(node, BlockCatalogue.builtin(kind));
            } else if (kind == LayerKind.CONCATENATE || kind == LayerKind.ADD) {
                List<String> pairs = new ArrayList<>();
                char port = 'a';
                for (String in : inputs) {
                    pairs.add("input_" + port++);
                    pairs.add(mapped(in));
                }
                spec = spec.add(node, BlockCatalogue.builtin(kind), Node.inputs(pairs.toArray(String[]::new)));
            } else {
                if (inputs.size() != 1) {
                    throw new IllegalArgumentException("layer '" + kerasName + "' reads " + inputs.size() + " inputs " + inputs
                            + "; only merge layers (Concatenate, Add) read several");
                }
                spec = spec.add(node, BlockCatalogue.builtin(kind), mapped(inputs.get(0)));
            }
        }
        return done(spec);
    }

    private Imported done(Spec spec) {
        if (!unmappable.isEmpty()) {
            throw new IllegalArgumentException("BlockTune has no block for " + String.join("; ", unmappable)
                    + ". Its blocks are Dense, Dropout, BatchNormalization, Activation, Conv1D, Conv2D (square kernels), "
                    + "Max/AveragePooling1D/2D, GlobalMax/AveragePooling1D/2D, LSTM, Embedding, Flatten, Concatenate and Add; "
                    + "replace the layer(s) in Keras or rebuild that part in the workbench");
        }
        return new Imported(spec, Map.copyOf(values), List.copyOf(notes));
    }

    private String mapped(String kerasName) {
        String n = names.get(kerasName);
        if (n == null) {
            throw new IllegalArgumentException("a layer reads '" + kerasName + "', which is not (yet) defined; the JSON lists "
                    + "layers in order, inputs first");
        }
        return n;
    }

    private static int lastDense(List<JsonNode> layers) {
        for (int i = layers.size() - 1; i >= 0; i--) {
            String c = layers.get(i).path("class_name").asText();
            if (c.equals("Dense")) return i;
            if (!c.equals("Activation")) return -1;
        }
        return -1;
    }

    private static String layerName(JsonNode l) {
        String n = l.path("config").path("name").asText("");
        return n.isEmpty() ? l.path("name").asText("layer") : n;
    }

    /** The names of the layers feeding {@code l} (Keras 2 nested lists or Keras 3 keras_history). */
    private static List<String> inbound(JsonNode l) {
        List<String> out = new ArrayList<>();
        JsonNode nodes = l.path("inbound_nodes");
        if (nodes.size() > 1) {
            throw new IllegalArgumentException("layer '" + layerName(l) + "' is used " + nodes.size() + " times (shared "
                    + "weights); BlockTune's blocks are used once each");
        }
        for (JsonNode node : nodes) collect(node, out);
        return out;
    }

    private static void collect(JsonNode n, List<String> out) {
        if (n.isObject()) {
            JsonNode history = n.path("config").path("keras_history");
            if (history.isArray() && history.size() > 0) {
                out.add(history.get(0).asText());
                return;
            }
            n.elements().forEachRemaining(e -> collect(e, out));
        } else if (n.isArray()) {
            if (n.size() >= 3 && n.get(0).isTextual() && n.get(1).isNumber()) {
                out.add(n.get(0).asText());
                return;
            }
            n.forEach(e -> collect(e, out));
        }
    }

    private LayerKind kind(JsonNode l) {
        String cls = l.path("class_name").asText();
        LayerKind k = switch (cls) {
            case "InputLayer" -> LayerKind.INPUT;
            case "Dense" -> LayerKind.DENSE;
            case "Dropout" -> LayerKind.DROPOUT;
            case "BatchNormalization" -> LayerKind.BATCH_NORM;
            case "Activation", "ReLU" -> LayerKind.ACTIVATION;
            case "Conv1D" -> LayerKind.CONV1D;
            case "Conv2D" -> LayerKind.CONV2D;
            case "MaxPooling1D", "MaxPool1D" -> LayerKind.MAX_POOL1D;
            case "AveragePooling1D", "AvgPool1D" -> LayerKind.AVG_POOL1D;
            case "MaxPooling2D", "MaxPool2D" -> LayerKind.MAX_POOL2D;
            case "AveragePooling2D", "AvgPool2D" -> LayerKind.AVG_POOL2D;
            case "GlobalAveragePooling1D", "GlobalAveragePooling2D", "GlobalMaxPooling1D", "GlobalMaxPooling2D",
                 "GlobalAvgPool1D", "GlobalAvgPool2D", "GlobalMaxPool1D", "GlobalMaxPool2D" -> LayerKind.GLOBAL_POOL;
            case "LSTM" -> LayerKind.LSTM;
            case "Embedding" -> LayerKind.EMBEDDING;
            case "Flatten" -> LayerKind.FLATTEN;
            case "Concatenate" -> LayerKind.CONCATENATE;
            case "Add" -> LayerKind.ADD;
            default -> null;
        };
        if (k == null) unmappable.add("layer '" + layerName(l) + "' (" + (cls.isEmpty() ? "no class_name" : cls) + ")");
        return k;
    }

    private void settings(JsonNode l, LayerKind kind, String node) {
        JsonNode c = l.path("config");
        String cls = l.path("class_name").asText();
        switch (kind) {
            case DENSE -> {
                set(node, "units", c.path("units").asInt(32));
                activation(l, node);
                set(node, "use_bias", c.path("use_bias").asBoolean(true));
            }
            case DROPOUT -> set(node, "rate", c.path("rate").asDouble(0.5));
            case BATCH_NORM -> {
                set(node, "momentum", c.path("momentum").asDouble(0.99));
                set(node, "epsilon", c.path("epsilon").asDouble(0.001));
            }
            case ACTIVATION -> {
                if (cls.equals("ReLU")) set(node, "activation", "relu");
                else activation(l, node);
            }
            case CONV1D, CONV2D -> {
                set(node, "filters", c.path("filters").asInt(32));
                set(node, "kernel_size", square(l, "kernel_size", 3));
                set(node, "strides", square(l, "strides", 1));
                padding(l, node);
                activation(l, node);
            }
            case MAX_POOL1D, AVG_POOL1D, MAX_POOL2D, AVG_POOL2D -> {
                set(node, "pool_size", square(l, "pool_size", 2));
                set(node, "strides", c.path("strides").isNull() || c.path("strides").isMissingNode() ? 0 : square(l, "strides", 0));
                padding(l, node);
            }
            case GLOBAL_POOL -> set(node, "pooling", cls.contains("Max") ? "max" : "avg");
            case LSTM -> {
                set(node, "units", c.path("units").asInt(32));
                activation(l, node);
                set(node, "return_sequences", c.path("return_sequences").asBoolean(false));
            }
            case EMBEDDING -> {
                set(node, "input_dim", c.path("input_dim").asInt(1000));
                set(node, "output_dim", c.path("output_dim").asInt(32));
            }
            case INPUT -> {
                JsonNode shape = c.has("batch_shape") ? c.get("batch_shape") : c.path("batch_input_shape");
                if (shape.isArray()) {
                    notes.add("input '" + node + "' had the shape " + shape + " in Keras; BlockTune takes it from the data");
                }
            }
            default -> { }
        }
    }

    private void outputNote(JsonNode l, String node) {
        JsonNode c = l.path("config");
        notes.add("layer '" + layerName(l) + "' (Dense, " + c.path("units").asInt() + " units, " + activationName(c)
                + ") is BlockTune's output block '" + node + "': softmax over the classes or linear for numbers, sized from the data");
    }

    private void activation(JsonNode l, String node) {
        String a = activationName(l.path("config"));
        if (a.equals("silu")) a = "swish";
        if (!ACTIVATIONS.contains(a)) {
            unmappable.add("layer '" + layerName(l) + "' (activation '" + a + "')");
            return;
        }
        set(node, "activation", a);
    }

    private static String activationName(JsonNode c) {
        JsonNode a = c.path("activation");
        if (a.isObject()) a = a.path("config").path("name").isMissingNode() ? a.path("class_name") : a.path("config").path("name");
        return a.asText("linear").toLowerCase(Locale.ROOT);
    }

    private void padding(JsonNode l, String node) {
        String p = l.path("config").path("padding").asText("valid");
        if (!p.equals("valid") && !p.equals("same")) {
            unmappable.add("layer '" + layerName(l) + "' (padding '" + p + "')");
            return;
        }
        set(node, "padding", p);
    }

    private int square(JsonNode l, String field, int fallback) {
        JsonNode v = l.path("config").path(field);
        if (v.isInt()) return v.asInt();
        if (v.isArray() && v.size() > 0) {
            int first = v.get(0).asInt();
            for (JsonNode x : v) {
                if (x.asInt() != first) {
                    unmappable.add("layer '" + layerName(l) + "' (" + field + " " + v + ": BlockTune's are square)");
                    return first;
                }
            }
            return first;
        }
        return fallback;
    }

    private void set(String node, String arg, Object value) {
        values.put(node + "_" + arg, value);
    }

    /** A unique BlockTune node name for a Keras layer name. */
    private String node(String kerasName) {
        String base = identifier(kerasName, "layer");
        if (SpecChecker.PROTECTED.contains(base)) base = base + "_layer";
        String n = base;
        for (int i = 2; taken.contains(n); i++) n = base + "_" + i;
        taken.add(n);
        names.put(kerasName, n);
        if (!n.equals(kerasName)) notes.add("layer '" + kerasName + "' is the block '" + n + "'");
        return n;
    }

    private static String identifier(String s, String fallback) {
        String n = s.replaceAll("[^A-Za-z0-9_]", "_");
        if (n.isEmpty() || !Character.isLetter(n.charAt(0))) n = fallback + (n.isEmpty() ? "" : "_" + n);
        return n;
    }
}
