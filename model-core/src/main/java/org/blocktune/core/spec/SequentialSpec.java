package org.blocktune.core.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.blocktune.core.block.Block;

/**
 * An ordered stack of named blocks: the first is an input block, the last an output block.
 *
 * @param name  model name
 * @param nodes blocks from input to output
 */
public record SequentialSpec(String name, List<Node> nodes) implements Spec {

    public SequentialSpec {
        Objects.requireNonNull(name, "name");
        nodes = List.copyOf(nodes);
    }

    /** Starts an empty stack. */
    public static SequentialSpec named(String name) {
        return new SequentialSpec(name, List.of());
    }

    /** This stack with one more block at the end. */
    public SequentialSpec add(String nodeName, Block block) {
        List<Node> n = new ArrayList<>(nodes);
        n.add(Node.of(nodeName, block));
        return new SequentialSpec(name, n);
    }
}
