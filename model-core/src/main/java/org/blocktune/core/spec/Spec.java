package org.blocktune.core.spec;

import java.util.List;
import java.util.Optional;

/**
 * A model specification: named blocks arranged as a stack ({@link SequentialSpec}) or a graph
 * ({@link FunctionalSpec}). Specs are immutable values; they may be incomplete or wrong while
 * being edited, and {@link SpecChecker} reports what is wrong as data.
 */
public sealed interface Spec permits SequentialSpec, FunctionalSpec {

    /** Model name, e.g. {@code diamond_mlp}. */
    String name();

    /** The blocks, in order. */
    List<Node> nodes();

    /** The generated arguments in kerasnip order: num_*, block args, learn_rate, fit_*, compile_*. */
    default List<SpecArgument> arguments() {
        return SpecArguments.of(this);
    }

    /** The node with this name, if any. */
    default Optional<Node> node(String nodeName) {
        return nodes().stream().filter(n -> n.name().equals(nodeName)).findFirst();
    }
}
