package org.blocktune.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.block.Block;
import org.blocktune.core.block.BlockCatalogue;
import org.blocktune.core.block.CompositeBlock;
import org.blocktune.core.block.LambdaBlock;
import org.blocktune.core.spec.FunctionalSpec;
import org.blocktune.core.spec.Node;
import org.blocktune.core.spec.SequentialSpec;
import org.blocktune.core.spec.Spec;

/**
 * Reads and writes a {@link Spec} as JSON. Blocks are referenced by name: a built-in by its
 * layer keyword, a composite by its name in the project's block library (stored separately with
 * {@link BlockLibraryJson}). Blocks defined in Java ({@link LambdaBlock}) cannot be stored.
 * <pre>{"name": "attrition_towers", "kind": "functional",
 *  "nodes": [{"name": "main_input", "block": "input"},
 *            {"name": "tower_a", "block": "dense_block", "inputs": {"input": "main_input"}},
 *            {"name": "joined", "block": "concatenate", "inputs": {"input_a": "tower_a", "input_b": "tower_b"}}]}</pre>
 * {@code inputs} is left out when a node has no wiring.
 */
public final class SpecJson {
    static final String SEQUENTIAL = "sequential";
    static final String FUNCTIONAL = "functional";

    private SpecJson() {
    }

    /**
     * JSON tree of a spec.
     *
     * @throws IllegalArgumentException if a node uses a block defined in Java code
     */
    public static ObjectNode toJson(Spec spec) {
        ObjectNode o = JsonFields.object();
        o.put("name", spec.name());
        o.put("kind", spec instanceof FunctionalSpec ? FUNCTIONAL : SEQUENTIAL);
        ArrayNode nodes = o.putArray("nodes");
        for (Node n : spec.nodes()) {
            if (n.block() instanceof LambdaBlock) {
                throw new IllegalArgumentException("node '" + n.name() + "' uses block '" + n.block().name()
                        + "', which is defined in Java code and cannot be saved; define it as a composite block");
            }
            ObjectNode node = nodes.addObject();
            node.put("name", n.name());
            node.put("block", n.block().name());
            if (!n.inputs().isEmpty()) {
                ObjectNode in = node.putObject("inputs");
                n.inputs().forEach(in::put);
            }
        }
        return o;
    }

    /** Text form of a spec (see {@link #toJson}). */
    public static String write(Spec spec) {
        return JsonFields.write(toJson(spec));
    }

    /**
     * Parses a spec whose composite blocks are in {@code library}.
     *
     * @throws ProjectFormatException saying what is wrong and where, e.g. {@code spec.nodes[2].block}
     */
    public static Spec read(String json, List<CompositeBlock> library) throws ProjectFormatException {
        return fromJson(JsonFields.parse(json, "spec"), "spec", catalogue(library, "blocks"));
    }

    /** Parses a spec found at path {@code spec}; blocks are looked up in {@code blocks}. */
    public static Spec fromJson(JsonNode json, BlockCatalogue blocks) throws ProjectFormatException {
        return fromJson(json, "spec", blocks);
    }

    /**
     * Parses a spec found at {@code path}; blocks are looked up by name in {@code blocks}.
     *
     * @throws ProjectFormatException saying what is wrong and where
     */
    public static Spec fromJson(JsonNode json, String path, BlockCatalogue blocks) throws ProjectFormatException {
        JsonFields.requireObject(json, path);
        String name = JsonFields.text(json, "name", path);
        String kind = JsonFields.text(json, "kind", path);
        if (!kind.equals(SEQUENTIAL) && !kind.equals(FUNCTIONAL)) {
            throw new ProjectFormatException(path + ".kind", "unknown spec kind '" + kind + "'; known: "
                    + SEQUENTIAL + ", " + FUNCTIONAL);
        }
        JsonNode nodesJson = JsonFields.requireArray(json.get("nodes"), path + ".nodes");
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < nodesJson.size(); i++) {
            String at = path + ".nodes[" + i + "]";
            JsonNode n = JsonFields.requireObject(nodesJson.get(i), at);
            String nodeName = JsonFields.text(n, "name", at);
            String blockName = JsonFields.text(n, "block", at);
            Block block = blocks.find(blockName).orElseThrow(() -> new ProjectFormatException(at + ".block",
                    "unknown block '" + blockName + "'; known: " + String.join(", ",
                            blocks.all().stream().map(Block::name).toList())));
            Map<String, String> inputs = JsonFields.textMap(n, "inputs", at);
            nodes.add(new Node(nodeName, block, inputs));
        }
        return kind.equals(FUNCTIONAL) ? new FunctionalSpec(name, nodes) : new SequentialSpec(name, nodes);
    }

    /**
     * The composite blocks a spec uses, each once, in order of first use.
     *
     * @throws IllegalArgumentException if two different composite blocks share a name
     */
    public static List<CompositeBlock> composites(Spec spec) {
        Map<String, CompositeBlock> out = new LinkedHashMap<>();
        for (Node n : spec.nodes()) {
            if (n.block() instanceof CompositeBlock c) {
                CompositeBlock seen = out.putIfAbsent(c.name(), c);
                if (seen != null && !seen.equals(c)) {
                    throw new IllegalArgumentException("spec '" + spec.name() + "' uses two different composite "
                            + "blocks named '" + c.name() + "' (node '" + n.name() + "'); rename one of them");
                }
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * The built-in blocks plus {@code library}.
     *
     * @throws ProjectFormatException at {@code path[i]} if a composite block takes a built-in's name or repeats a name
     */
    public static BlockCatalogue catalogue(List<CompositeBlock> library, String path) throws ProjectFormatException {
        BlockCatalogue c = BlockCatalogue.builtins();
        for (int i = 0; i < library.size(); i++) {
            CompositeBlock b = library.get(i);
            if (c.find(b.name()).isPresent()) {
                throw new ProjectFormatException(path + "[" + i + "].name", "the name '" + b.name()
                        + "' is already taken by " + (c.find(b.name()).get() instanceof CompositeBlock
                        ? "another composite block" : "a built-in block") + "; rename the block");
            }
            c = c.with(b);
        }
        return c;
    }
}
