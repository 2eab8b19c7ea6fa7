package org.blocktune.core.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.blocktune.core.block.Block;

/**
 * A graph of named blocks whose inputs are wired by name. Node order does not matter; the
 * graph is sorted when resolved. Outputs are the nodes whose block ends in an output layer.
 *
 * @param name  model name
 * @param nodes the blocks
 */
public record FunctionalSpec(String name, List<Node> nodes) implements Spec {

    public FunctionalSpec {
        Objects.requireNonNull(name, "name");
        nodes = List.copyOf(nodes);
    }

    /** Starts an empty graph. */
    public static FunctionalSpec named(String name) {
        return new FunctionalSpec(name, List.of());
    }

    /** This graph plus a node. */
    public FunctionalSpec add(Node node) {
        List<Node> n = new ArrayList<>(nodes);
        n.add(node);
        return new FunctionalSpec(name, n);
    }

    /** This graph plus an input node (no wiring). */
    public FunctionalSpec add(String nodeName, Block block) {
        return add(Node.of(nodeName, block));
    }

    /** This graph plus a node whose first input reads {@code source}. */
    public FunctionalSpec add(String nodeName, Block block, String source) {
        return add(Node.of(nodeName, block, source));
    }

    /** This graph plus a node with an explicit input map (port → source). */
    public FunctionalSpec add(String nodeName, Block block, Map<String, String> inputMap) {
        return add(Node.of(nodeName, block, inputMap));
    }
}
