package org.blocktune.core.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.blocktune.core.block.Block;

/**
 * A named use of a block in a spec. In a functional spec, {@code inputs} wires the block's input
 * ports to other nodes by name (kerasnip's {@code inp_spec}); sequential specs leave it empty.
 *
 * @param name   node name; generated arguments are {@code num_<name>} and {@code <name>_<arg>}
 * @param block  the block
 * @param inputs input port → name of the node that feeds it, in port order
 */
public record Node(String name, Block block, Map<String, String> inputs) {

    public Node {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(block, "block");
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }

    /** A node without wiring (sequential specs, and functional inputs). */
    public static Node of(String name, Block block) {
        return new Node(name, block, Map.of());
    }

    /** A node whose first input reads {@code source} (kerasnip {@code inp_spec(block, "source")}). */
    public static Node of(String name, Block block, String source) {
        String port = block.inputPorts().isEmpty() ? "input" : block.inputPorts().get(0);
        return new Node(name, block, Map.of(port, source));
    }

    /**
     * A node with an explicit input map, port → source node, e.g. {@code input_a = tower_a}.
     * Use a {@link LinkedHashMap} to keep the port order.
     */
    public static Node of(String name, Block block, Map<String, String> inputMap) {
        return new Node(name, block, inputMap);
    }

    /**
     * An ordered input map from pairs: {@code inputs("input_a", "tower_a", "input_b", "tower_b")}.
     */
    public static Map<String, String> inputs(String... portSourcePairs) {
        if (portSourcePairs.length % 2 != 0) {
            throw new IllegalArgumentException("inputs(...) takes port/source pairs");
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < portSourcePairs.length; i += 2) {
            m.put(portSourcePairs[i], portSourcePairs[i + 1]);
        }
        return m;
    }

    /** This node renamed. */
    public Node withName(String newName) {
        return new Node(newName, block, inputs);
    }
}
