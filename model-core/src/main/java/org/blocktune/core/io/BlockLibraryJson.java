package org.blocktune.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.block.CompositeArg;
import org.blocktune.core.block.CompositeBlock;
import org.blocktune.core.block.FieldValue;
import org.blocktune.core.block.LayerKind;
import org.blocktune.core.block.LayerTemplate;

/**
 * Reads and writes composite blocks as plain JSON data (never code):
 * <pre>{"name": "dense_dropout", "description": "...",
 *  "arguments": [{"name": "units", "default": 128}, {"name": "rate", "default": 0.1}],
 *  "layers": [{"type": "dense", "units": {"arg": "units"}, "activation": "relu"},
 *             {"type": "dropout", "rate": {"arg": "rate"}}]}</pre>
 */
public final class BlockLibraryJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BlockLibraryJson() {
    }

    /** JSON tree of a list of composite blocks. */
    public static ArrayNode toJson(List<CompositeBlock> blocks) {
        ArrayNode array = MAPPER.createArrayNode();
        blocks.forEach(b -> array.add(toJson(b)));
        return array;
    }

    /** JSON tree of one composite block. */
    public static ObjectNode toJson(CompositeBlock block) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("name", block.name());
        o.put("description", block.description());
        ArrayNode args = o.putArray("arguments");
        for (CompositeArg a : block.declared()) {
            ObjectNode arg = args.addObject();
            arg.put("name", a.name());
            arg.set("default", MAPPER.valueToTree(a.defaultValue()));
            if (!a.description().isEmpty()) {
                arg.put("description", a.description());
            }
        }
        ArrayNode layers = o.putArray("layers");
        for (LayerTemplate t : block.layers()) {
            ObjectNode layer = layers.addObject();
            layer.put("type", t.kind().keyword());
            t.fields().forEach((field, value) -> {
                if (value instanceof FieldValue.ArgRef r) {
                    layer.putObject(field).put("arg", r.argument());
                } else {
                    layer.set(field, MAPPER.valueToTree(((FieldValue.Literal) value).value()));
                }
            });
        }
        return o;
    }

    /** Text form of a list of composite blocks. */
    public static String write(List<CompositeBlock> blocks) {
        try {
            return MAPPER.writeValueAsString(toJson(blocks));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Parses a list of composite blocks.
     *
     * @throws ProjectFormatException saying what is wrong and where (e.g. {@code blocks[1].layers[0].type})
     */
    public static List<CompositeBlock> read(String json) throws ProjectFormatException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ProjectFormatException("blocks", "not valid JSON: " + e.getOriginalMessage());
        }
        return fromJson(root, "blocks");
    }

    /** Parses composite blocks from a JSON array found at {@code path}. */
    public static List<CompositeBlock> fromJson(JsonNode array, String path) throws ProjectFormatException {
        if (array == null || !array.isArray()) {
            throw new ProjectFormatException(path, "expected a list of blocks");
        }
        List<CompositeBlock> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            out.add(block(array.get(i), path + "[" + i + "]"));
        }
        return out;
    }

    private static CompositeBlock block(JsonNode o, String path) throws ProjectFormatException {
        String name = text(o, "name", path);
        List<CompositeArg> args = new ArrayList<>();
        JsonNode argsNode = o.path("arguments");
        for (int i = 0; i < argsNode.size(); i++) {
            JsonNode a = argsNode.get(i);
            String argPath = path + ".arguments[" + i + "]";
            Object dflt = scalar(a.get("default"), argPath + ".default");
            args.add(new CompositeArg(text(a, "name", argPath), dflt, a.path("description").asText("")));
        }
        List<LayerTemplate> layers = new ArrayList<>();
        JsonNode layersNode = o.path("layers");
        for (int i = 0; i < layersNode.size(); i++) {
            layers.add(layer(layersNode.get(i), path + ".layers[" + i + "]"));
        }
        try {
            return new CompositeBlock(name, o.path("description").asText(""), args, layers);
        } catch (IllegalArgumentException e) {
            throw new ProjectFormatException(path, e.getMessage());
        }
    }

    private static LayerTemplate layer(JsonNode o, String path) throws ProjectFormatException {
        String type = text(o, "type", path);
        LayerKind kind = LayerKind.byKeyword(type).orElseThrow(() -> new ProjectFormatException(path + ".type",
                "unknown layer type '" + type + "'"));
        Map<String, FieldValue> fields = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = o.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("type")) {
                continue;
            }
            JsonNode v = e.getValue();
            if (v.isObject()) {
                fields.put(e.getKey(), new FieldValue.ArgRef(text(v, "arg", path + "." + e.getKey())));
            } else {
                fields.put(e.getKey(), new FieldValue.Literal(scalar(v, path + "." + e.getKey())));
            }
        }
        return new LayerTemplate(kind, fields);
    }

    private static String text(JsonNode o, String field, String path) throws ProjectFormatException {
        JsonNode v = o == null ? null : o.get(field);
        if (v == null || !v.isTextual()) {
            throw new ProjectFormatException(path + "." + field, "expected text");
        }
        return v.asText();
    }

    /**
     * A JSON number, text or boolean as a Java value (Integer for whole numbers, Double, String, Boolean).
     *
     * @throws ProjectFormatException for null, objects and arrays
     */
    public static Object scalar(JsonNode v, String path) throws ProjectFormatException {
        if (v == null || v.isNull()) {
            throw new ProjectFormatException(path, "missing value");
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isIntegralNumber()) {
            return v.intValue();
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isTextual()) {
            return v.asText();
        }
        throw new ProjectFormatException(path, "expected a number, text or true/false");
    }
}
