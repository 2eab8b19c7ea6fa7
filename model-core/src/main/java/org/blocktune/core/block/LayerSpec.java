package org.blocktune.core.block;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One fully resolved layer: a kind and a value for every one of its arguments.
 *
 * @param kind the layer type
 * @param args argument values, typed as declared by {@link LayerKind#arguments()}
 */
public record LayerSpec(LayerKind kind, Map<String, Object> args) {

    public LayerSpec {
        Objects.requireNonNull(kind, "kind");
        args = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }

    /**
     * Builds a layer from partial values: missing arguments take the kind's defaults; values are
     * converted and checked.
     *
     * @throws IllegalArgumentException naming the argument when a value is unknown or illegal
     */
    public static LayerSpec of(LayerKind kind, Map<String, ?> values) {
        for (String key : values.keySet()) {
            if (kind.argument(key).isEmpty()) {
                throw new IllegalArgumentException(kind.keyword() + " has no argument '" + key + "'"
                        + (kind.arguments().isEmpty() ? "; it takes none"
                        : "; it has: " + String.join(", ", kind.arguments().stream().map(ArgSpec::name).toList())));
            }
        }
        Map<String, Object> resolved = new LinkedHashMap<>();
        for (ArgSpec a : kind.arguments()) {
            Object raw = values.containsKey(a.name()) ? values.get(a.name()) : a.defaultValue();
            ArgCheck c = a.check(raw);
            if (!c.ok()) {
                throw new IllegalArgumentException(kind.keyword() + ": " + c.problem());
            }
            resolved.put(a.name(), c.value());
        }
        return new LayerSpec(kind, resolved);
    }

    /** A layer with all default arguments. */
    public static LayerSpec of(LayerKind kind) {
        return of(kind, Map.of());
    }

    /** Integer argument value. */
    public int intArg(String name) {
        return (Integer) require(name);
    }

    /** Real argument value. */
    public double realArg(String name) {
        return ((Number) require(name)).doubleValue();
    }

    /** Boolean argument value. */
    public boolean boolArg(String name) {
        return (Boolean) require(name);
    }

    /** Text or choice argument value. */
    public String textArg(String name) {
        return (String) require(name);
    }

    private Object require(String name) {
        Object v = args.get(name);
        if (v == null) {
            throw new IllegalArgumentException(kind.keyword() + " has no argument '" + name + "'");
        }
        return v;
    }
}
