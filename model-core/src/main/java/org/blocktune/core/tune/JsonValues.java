package org.blocktune.core.tune;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON for argument values and metric numbers in the run folder. Integers read back as
 * {@link Integer} (or {@link Long} when large), reals as {@link Double} (a real always keeps its
 * decimal point, so {@code 3.0} stays a Double); NaN and infinities are written as null.
 */
final class JsonValues {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonValues() {
    }

    static JsonNode toNode(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? NODES.numberNode(d) : NODES.nullNode();
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return NODES.numberNode(((Number) value).intValue());
        }
        if (value instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Map<?, ?> m) {
            ObjectNode o = NODES.objectNode();
            m.forEach((k, v) -> o.set(String.valueOf(k), toNode(v)));
            return o;
        }
        if (value instanceof Iterable<?> list) {
            ArrayNode a = NODES.arrayNode();
            list.forEach(v -> a.add(toNode(v)));
            return a;
        }
        if (value instanceof Enum<?> e) {
            return NODES.textNode(e.name());
        }
        return NODES.textNode(value.toString());
    }

    static Object fromNode(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToInt() ? (Object) node.intValue() : (Object) node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isArray()) {
            List<Object> out = new ArrayList<>();
            node.forEach(n -> out.add(fromNode(n)));
            return out;
        }
        return valueMap(node);
    }

    static ObjectNode mapNode(Map<String, ?> values) {
        return (ObjectNode) toNode(values);
    }

    static Map<String, Object> valueMap(JsonNode node) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), fromNode(e.getValue()));
        }
        return out;
    }

    static Map<String, Double> doubleMap(JsonNode node) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), number(e.getValue()));
        }
        return out;
    }

    static double number(JsonNode node) {
        return node == null || node.isNull() ? Double.NaN : node.doubleValue();
    }

    static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null) {
            node.forEach(n -> out.add(n.isNull() ? null : n.asText()));
        }
        return out;
    }

    /** The text field {@code name}, or null. */
    static String text(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** The field {@code name}, failing with a plain message when it is missing. */
    static JsonNode required(JsonNode node, String name, String where) {
        JsonNode v = node.get(name);
        if (v == null) {
            throw new IllegalArgumentException(where + " has no \"" + name + "\" field");
        }
        return v;
    }
}
