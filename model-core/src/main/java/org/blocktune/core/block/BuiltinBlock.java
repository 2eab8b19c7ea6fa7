package org.blocktune.core.block;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A block that is exactly one built-in layer; its arguments are the layer's arguments.
 *
 * @param kind the layer type
 */
public record BuiltinBlock(LayerKind kind) implements Block {

    public BuiltinBlock {
        Objects.requireNonNull(kind, "kind");
    }

    @Override
    public String name() {
        return kind.keyword();
    }

    @Override
    public String description() {
        return kind.description();
    }

    @Override
    public List<ArgSpec> arguments() {
        return kind.arguments();
    }

    @Override
    public InputArity arity() {
        return kind.arity();
    }

    @Override
    public List<LayerSpec> expand(Map<String, Object> values) {
        return List.of(LayerSpec.of(kind, values));
    }

    @Override
    public boolean isOutput() {
        return kind == LayerKind.OUTPUT;
    }
}
