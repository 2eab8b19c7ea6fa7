package org.blocktune.core.block;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A user-defined block: an ordered list of built-in layers whose fields are literals or refer to
 * the block's own arguments, e.g. {@code dense_dropout(units = 128, rate = 0.1)}. Pure data: it is
 * stored in project files as JSON and never as code.
 *
 * @param name        block type name
 * @param description one sentence
 * @param declared    declared arguments with defaults
 * @param layers      the layers, first to last
 */
public record CompositeBlock(String name, String description, List<CompositeArg> declared,
                             List<LayerTemplate> layers) implements Block {

    /**
     * Checks the definition.
     *
     * @throws IllegalArgumentException with a message naming the block, layer and field at fault
     */
    public CompositeBlock {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        declared = List.copyOf(declared);
        layers = List.copyOf(layers);
        validate(name, declared, layers);
    }

    /** Starts a builder for a composite block. */
    public static CompositeBuilder builder(String name) {
        return new CompositeBuilder(name);
    }

    @Override
    public List<ArgSpec> arguments() {
        List<ArgSpec> out = new ArrayList<>();
        for (CompositeArg a : declared) {
            ArgSpec field = boundField(layers, a.name());
            ArgSpec spec = field.renamed(a.name()).withDefault(a.defaultValue());
            if (!a.description().isEmpty()) {
                spec = new ArgSpec(spec.name(), spec.type(), spec.defaultValue(), a.description(), spec.range(),
                        spec.choices(), spec.defaultDomain(), spec.tunable());
            }
            out.add(spec);
        }
        return out;
    }

    @Override
    public InputArity arity() {
        return layers.get(0).kind().arity();
    }

    @Override
    public boolean isOutput() {
        return layers.get(layers.size() - 1).kind() == LayerKind.OUTPUT;
    }

    @Override
    public List<LayerSpec> expand(Map<String, Object> values) {
        List<LayerSpec> out = new ArrayList<>(layers.size());
        for (LayerTemplate t : layers) {
            Map<String, Object> v = new LinkedHashMap<>();
            t.fields().forEach((field, fv) -> v.put(field, fv instanceof FieldValue.ArgRef r
                    ? values.get(r.argument()) : ((FieldValue.Literal) fv).value()));
            out.add(LayerSpec.of(t.kind(), v));
        }
        return out;
    }

    private static ArgSpec boundField(List<LayerTemplate> layers, String arg) {
        for (LayerTemplate t : layers) {
            for (Map.Entry<String, FieldValue> e : t.fields().entrySet()) {
                if (e.getValue() instanceof FieldValue.ArgRef r && r.argument().equals(arg)) {
                    return t.kind().argument(e.getKey()).orElseThrow();
                }
            }
        }
        throw new IllegalStateException("argument '" + arg + "' is not bound");
    }

    private static void validate(String name, List<CompositeArg> declared, List<LayerTemplate> layers) {
        String where = "composite block '" + name + "'";
        if (!BlockNames.isIdentifier(name)) {
            throw new IllegalArgumentException(where + ": the name must start with a letter and use only letters, "
                    + "digits and '_'");
        }
        if (layers.isEmpty()) {
            throw new IllegalArgumentException(where + " has no layers; add at least one");
        }
        Set<String> argNames = new HashSet<>();
        for (CompositeArg a : declared) {
            if (!BlockNames.isIdentifier(a.name())) {
                throw new IllegalArgumentException(where + ": argument name '" + a.name() + "' is not an identifier");
            }
            if (!argNames.add(a.name())) {
                throw new IllegalArgumentException(where + " declares argument '" + a.name() + "' twice");
            }
        }
        Set<String> used = new HashSet<>();
        for (int i = 0; i < layers.size(); i++) {
            LayerTemplate t = layers.get(i);
            String layerWhere = where + ", layer " + (i + 1) + " (" + t.kind().keyword() + ")";
            checkPlacement(t.kind(), i, layers.size(), layerWhere);
            for (Map.Entry<String, FieldValue> e : t.fields().entrySet()) {
                ArgSpec field = t.kind().argument(e.getKey()).orElseThrow(() -> new IllegalArgumentException(
                        layerWhere + " has no field '" + e.getKey() + "'; fields: "
                                + String.join(", ", t.kind().arguments().stream().map(ArgSpec::name).toList())));
                checkField(field, e.getValue(), declared, layerWhere);
                if (e.getValue() instanceof FieldValue.ArgRef r) {
                    used.add(r.argument());
                }
            }
        }
        for (CompositeArg a : declared) {
            if (!used.contains(a.name())) {
                throw new IllegalArgumentException(where + ": argument '" + a.name()
                        + "' is not bound to any layer field; bind it or remove it");
            }
        }
    }

    private static void checkPlacement(LayerKind kind, int index, int count, String where) {
        if (index > 0 && kind.arity() != InputArity.ONE) {
            throw new IllegalArgumentException(where + " must be the first layer of the block");
        }
        if (kind == LayerKind.OUTPUT && index != count - 1) {
            throw new IllegalArgumentException(where + " must be the last layer of the block");
        }
    }

    private static void checkField(ArgSpec field, FieldValue value, List<CompositeArg> declared, String where) {
        if (value instanceof FieldValue.Literal l) {
            ArgCheck c = field.check(l.value());
            if (!c.ok()) {
                throw new IllegalArgumentException(where + ": " + c.problem());
            }
        } else if (value instanceof FieldValue.ArgRef r) {
            CompositeArg arg = declared.stream().filter(a -> a.name().equals(r.argument())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(where + ": field '" + field.name()
                            + "' refers to argument '" + r.argument() + "', which the block does not declare"));
            ArgCheck c = field.check(arg.defaultValue());
            if (!c.ok()) {
                throw new IllegalArgumentException(where + ": default of argument '" + arg.name() + "': "
                        + c.problem());
            }
        }
    }
}
