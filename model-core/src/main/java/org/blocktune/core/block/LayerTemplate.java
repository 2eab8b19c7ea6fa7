package org.blocktune.core.block;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One layer of a composite block. Fields not listed take the layer kind's defaults.
 *
 * @param kind   layer type
 * @param fields layer argument name → literal or block-argument reference
 */
public record LayerTemplate(LayerKind kind, Map<String, FieldValue> fields) {

    public LayerTemplate {
        Objects.requireNonNull(kind, "kind");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** A layer with all defaults. */
    public static LayerTemplate of(LayerKind kind) {
        return new LayerTemplate(kind, Map.of());
    }

    /** This template with one more field. */
    public LayerTemplate with(String field, FieldValue value) {
        Map<String, FieldValue> f = new LinkedHashMap<>(fields);
        f.put(field, value);
        return new LayerTemplate(kind, f);
    }

    /** This template with a field bound to a block argument. */
    public LayerTemplate bind(String field, String argument) {
        return with(field, new FieldValue.ArgRef(argument));
    }

    /** This template with a literal field value. */
    public LayerTemplate set(String field, Object value) {
        return with(field, new FieldValue.Literal(value));
    }
}
