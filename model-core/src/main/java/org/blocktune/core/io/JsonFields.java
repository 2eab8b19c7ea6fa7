package org.blocktune.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Shared reading and writing helpers of the {@code io} codecs: typed field access that reports
 * the located path on error, lower-case enum names, non-finite doubles, and one fixed text layout
 * (two-space indent, {@code \n} line ends) so that the same value always gives the same bytes.
 */
final class JsonFields {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private JsonFields() {
    }

    /** Pretty text of a tree, always with the same layout, ending in a newline. */
    static String write(JsonNode node) {
        try {
            return WRITER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    /** Parses JSON text; syntax errors name {@code path} and the line and column. */
    static JsonNode parse(String text, String path) throws ProjectFormatException {
        try {
            JsonNode root = MAPPER.readTree(text);
            if (root == null || root.isMissingNode()) {
                throw new ProjectFormatException(path, "the text is empty; expected JSON");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            if (e instanceof com.fasterxml.jackson.core.io.JsonEOFException) {
                throw new ProjectFormatException(path, "not valid JSON" + where + ": the file ends too early, it looks cut off (an"
                        + " interrupted save or copy?). Restore it from a backup, or open the run folder's copy, and save the project again");
            }
            throw new ProjectFormatException(path, "not valid JSON" + where + ": " + plain(e.getOriginalMessage()));
        }
    }

    /** Jackson's message without its "[Source: REDACTED (StreamReadFeature…)" location noise (the location is given already). */
    static String plain(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\(?(start marker at )?\\[Source: [^\\]]*\\]\\)?", "").strip();
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** {@code node} itself when it is a JSON object. */
    static JsonNode requireObject(JsonNode node, String path) throws ProjectFormatException {
        if (node == null || node.isMissingNode() || node.isNull()) {
            throw new ProjectFormatException(path, "missing; expected an object {...}");
        }
        if (!node.isObject()) {
            throw new ProjectFormatException(path, "expected an object {...}, found " + describe(node));
        }
        return node;
    }

    /** {@code node} itself when it is a JSON array. */
    static JsonNode requireArray(JsonNode node, String path) throws ProjectFormatException {
        if (node == null || node.isMissingNode() || node.isNull()) {
            throw new ProjectFormatException(path, "missing; expected a list [...]");
        }
        if (!node.isArray()) {
            throw new ProjectFormatException(path, "expected a list [...], found " + describe(node));
        }
        return node;
    }

    /** A required field of an object. */
    static JsonNode field(JsonNode o, String field, String path) throws ProjectFormatException {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            throw new ProjectFormatException(at(path, field), "missing; add this field");
        }
        return v;
    }

    static String text(JsonNode o, String field, String path) throws ProjectFormatException {
        return text(field(o, field, path), at(path, field));
    }

    static String text(JsonNode v, String path) throws ProjectFormatException {
        if (!v.isTextual()) {
            throw new ProjectFormatException(path, "expected text, found " + describe(v));
        }
        return v.asText();
    }

    static int integer(JsonNode o, String field, String path) throws ProjectFormatException {
        JsonNode v = field(o, field, path);
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new ProjectFormatException(at(path, field), "expected a whole number, found " + describe(v));
        }
        return v.intValue();
    }

    static long longInteger(JsonNode o, String field, String path) throws ProjectFormatException {
        JsonNode v = field(o, field, path);
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new ProjectFormatException(at(path, field), "expected a whole number, found " + describe(v));
        }
        return v.longValue();
    }

    static boolean bool(JsonNode o, String field, String path) throws ProjectFormatException {
        JsonNode v = field(o, field, path);
        if (!v.isBoolean()) {
            throw new ProjectFormatException(at(path, field), "expected true or false, found " + describe(v));
        }
        return v.booleanValue();
    }

    static double real(JsonNode o, String field, String path) throws ProjectFormatException {
        return real(field(o, field, path), at(path, field));
    }

    /** A number, or one of the texts {@code NaN}, {@code Infinity}, {@code -Infinity}. */
    static double real(JsonNode v, String path) throws ProjectFormatException {
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isTextual()) {
            switch (v.asText()) {
                case "NaN": return Double.NaN;
                case "Infinity": return Double.POSITIVE_INFINITY;
                case "-Infinity": return Double.NEGATIVE_INFINITY;
                default: break;
            }
        }
        throw new ProjectFormatException(path, "expected a number, found " + describe(v));
    }

    /** Writes a double; non-finite values as the texts {@code NaN}, {@code Infinity}, {@code -Infinity}. */
    static JsonNode real(double d) {
        return Double.isFinite(d) ? NODES.numberNode(d) : NODES.textNode(Double.toString(d));
    }

    /** The file name of an enum constant: lower case, e.g. {@code latin_hypercube}. */
    static String name(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** An enum constant by its file name (any case); the error lists the known names. */
    static <E extends Enum<E>> E enumValue(JsonNode o, String field, Class<E> type, String what, String path)
            throws ProjectFormatException {
        String s = text(o, field, path);
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(s)) {
                return e;
            }
        }
        throw new ProjectFormatException(at(path, field), "unknown " + what + " '" + s + "'; known: "
                + String.join(", ", Arrays.stream(type.getEnumConstants()).map(JsonFields::name).toList()));
    }

    /** A list of texts; a missing field is an empty list. */
    static List<String> texts(JsonNode o, String field, String path) throws ProjectFormatException {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        requireArray(v, at(path, field));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            out.add(text(v.get(i), at(path, field) + "[" + i + "]"));
        }
        return out;
    }

    static ArrayNode texts(List<String> values) {
        ArrayNode a = array();
        values.forEach(a::add);
        return a;
    }

    /** An object of text values, in file order; a missing field is an empty map. */
    static Map<String, String> textMap(JsonNode o, String field, String path) throws ProjectFormatException {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return out;
        }
        requireObject(v, at(path, field));
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), text(e.getValue(), at(path, field) + "." + e.getKey()));
        }
        return out;
    }

    /** An object of text lists, in file order; a missing field is an empty map. */
    static Map<String, List<String>> listMap(JsonNode o, String field, String path) throws ProjectFormatException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return out;
        }
        requireObject(v, at(path, field));
        for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            out.put(key, texts(v, key, at(path, field)));
        }
        return out;
    }

    static ObjectNode listMap(Map<String, List<String>> map) {
        ObjectNode o = object();
        map.forEach((k, v) -> o.set(k, texts(v)));
        return o;
    }

    /**
     * A JSON number, text or boolean as a Java value: Integer for whole numbers that fit, else
     * Long; Double for other numbers; String; Boolean.
     */
    static Object scalar(JsonNode v, String path) throws ProjectFormatException {
        if (v == null || v.isNull() || v.isMissingNode()) {
            throw new ProjectFormatException(path, "missing value");
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isIntegralNumber()) {
            if (v.canConvertToInt()) {
                return v.intValue();
            }
            if (v.canConvertToLong()) {
                return v.longValue();
            }
            throw new ProjectFormatException(path, "the whole number " + v.asText() + " is too large");
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isTextual()) {
            return v.asText();
        }
        throw new ProjectFormatException(path, "expected a number, text or true/false, found " + describe(v));
    }

    /**
     * The JSON form of a scalar value (number, text or boolean).
     *
     * @throws IllegalArgumentException for other values, naming {@code where}
     */
    static JsonNode scalar(Object value, String where) {
        if (value instanceof String s) {
            return NODES.textNode(s);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return NODES.numberNode(((Number) value).intValue());
        }
        if (value instanceof Long l) {
            return NODES.numberNode(l);
        }
        if ((value instanceof Double || value instanceof Float) && Double.isFinite(((Number) value).doubleValue())) {
            return NODES.numberNode(((Number) value).doubleValue());
        }
        throw new IllegalArgumentException(where + ": " + value + " cannot be saved; only finite numbers, text and "
                + "true/false can");
    }

    /** The path of {@code field} inside {@code path} (just the field at the top level). */
    static String at(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** Says what kind of JSON value {@code v} is, for error messages. */
    static String describe(JsonNode v) {
        if (v.isObject()) {
            return "an object";
        }
        if (v.isArray()) {
            return "a list";
        }
        if (v.isTextual()) {
            return "the text \"" + v.asText() + "\"";
        }
        if (v.isNull()) {
            return "null";
        }
        return v.toString();
    }
}
