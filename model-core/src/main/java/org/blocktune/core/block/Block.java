package org.blocktune.core.block;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A named, reusable piece of network with declared arguments. Given values for its arguments it
 * expands into one or more layers. Blocks are immutable values.
 */
public sealed interface Block permits BuiltinBlock, CompositeBlock, LambdaBlock {

    /** Block type name shown in the palette, e.g. {@code dense} or {@code dense_dropout}. */
    String name();

    /** One sentence for the palette and inspector. */
    String description();

    /** Declared arguments in order; each becomes a spec argument {@code <node>_<arg>}. */
    List<ArgSpec> arguments();

    /** How many inputs the block takes. */
    InputArity arity();

    /**
     * Expands the block into layers.
     *
     * @param values a checked value for every declared argument
     * @throws IllegalArgumentException when the values cannot produce valid layers
     */
    List<LayerSpec> expand(Map<String, Object> values);

    /** The declared argument with this name, if any. */
    default Optional<ArgSpec> argument(String argName) {
        return arguments().stream().filter(a -> a.name().equals(argName)).findFirst();
    }

    /** Whether the block ends in an output layer (so it is a network output). */
    boolean isOutput();

    /**
     * Names of the input ports: {@code []} for inputs, {@code [input]} for single-input blocks.
     * Multi-input blocks accept any port names chosen when wiring (e.g. {@code input_a, input_b}).
     */
    default List<String> inputPorts() {
        return arity() == InputArity.ONE ? List.of("input") : List.of();
    }
}
