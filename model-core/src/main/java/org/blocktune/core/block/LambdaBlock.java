package org.blocktune.core.block;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A block defined in Java with a function from argument values to layers. Useful in code; it
 * cannot be stored in a project file (use {@link CompositeBlock} for that).
 *
 * @param name        block type name
 * @param description one sentence
 * @param arguments   declared arguments
 * @param arity       number of inputs
 * @param output      whether the block ends in an output layer
 * @param body        builds the layers from checked argument values
 */
public record LambdaBlock(String name, String description, List<ArgSpec> arguments, InputArity arity,
                          boolean output, Function<Map<String, Object>, List<LayerSpec>> body) implements Block {

    public LambdaBlock {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(arity, "arity");
        description = description == null ? "" : description;
        arguments = List.copyOf(arguments);
        if (!BlockNames.isIdentifier(name)) {
            throw new IllegalArgumentException("block name '" + name + "' must be an identifier");
        }
    }

    /** A single-input, non-output block. */
    public static LambdaBlock of(String name, List<ArgSpec> arguments,
                                 Function<Map<String, Object>, List<LayerSpec>> body) {
        return new LambdaBlock(name, "", arguments, InputArity.ONE, false, body);
    }

    @Override
    public List<LayerSpec> expand(Map<String, Object> values) {
        List<LayerSpec> layers = body.apply(values);
        if (layers == null || layers.isEmpty()) {
            throw new IllegalArgumentException("block '" + name + "' produced no layers");
        }
        return List.copyOf(layers);
    }

    @Override
    public boolean isOutput() {
        return output;
    }
}
