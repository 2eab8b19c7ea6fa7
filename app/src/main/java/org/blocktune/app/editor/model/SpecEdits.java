package org.blocktune.app.editor.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.blocktune.core.block.ArgSpec;
import org.blocktune.core.block.Block;
import org.blocktune.core.block.BlockNames;
import org.blocktune.core.block.InputArity;
import org.blocktune.core.spec.FunctionalSpec;
import org.blocktune.core.spec.Node;
import org.blocktune.core.spec.SequentialSpec;
import org.blocktune.core.spec.Spec;
import org.blocktune.core.spec.SpecChecker;

/**
 * Pure functions that turn one {@link DocState} into the next: add, remove, move, reorder, wire,
 * rename. They only restructure the spec value; every rule about what is valid stays in the core's
 * checker and resolver.
 */
public final class SpecEdits {

    private SpecEdits() {
    }

    /** The spec with other nodes, keeping its kind and name. */
    public static Spec withNodes(Spec spec, List<Node> nodes) {
        return spec instanceof FunctionalSpec ? new FunctionalSpec(spec.name(), nodes)
                : new SequentialSpec(spec.name(), nodes);
    }

    /** A node name not used in the spec, built from {@code base} ("dense", "dense_2", …). */
    public static String uniqueName(Spec spec, String base, Set<String> alsoTaken) {
        String b = BlockNames.isIdentifier(base) && !SpecChecker.PROTECTED.contains(base) ? base : "block";
        Set<String> taken = new LinkedHashSet<>(alsoTaken);
        spec.nodes().forEach(n -> taken.add(n.name()));
        if (!taken.contains(b)) {
            return b;
        }
        for (int i = 2; ; i++) {
            if (!taken.contains(b + "_" + i)) {
                return b + "_" + i;
            }
        }
    }

    /**
     * Adds a block. In a sequential spec it is inserted at {@code index} (clamped; negative means
     * before a trailing output block, else at the end); in a functional spec it is placed at {@code at}.
     */
    public static DocState add(DocState s, String name, Block block, Position at, int index) {
        List<Node> nodes = new ArrayList<>(s.spec().nodes());
        Node node = Node.of(name, block);
        if (s.spec() instanceof SequentialSpec) {
            int i = index;
            if (i < 0) {
                i = !nodes.isEmpty() && nodes.get(nodes.size() - 1).block().isOutput() && !block.isOutput()
                        ? nodes.size() - 1 : nodes.size();
            }
            nodes.add(Math.min(i, nodes.size()), node);
        } else {
            nodes.add(node);
        }
        Map<String, Position> layout = new LinkedHashMap<>(s.layout());
        if (at != null) {
            layout.put(name, at);
        }
        return s.withSpec(withNodes(s.spec(), nodes)).withLayout(layout);
    }

    /** Removes blocks, the wires that read them, their positions, values and tune marks. */
    public static DocState remove(DocState s, Set<String> names) {
        List<Node> nodes = new ArrayList<>();
        Set<String> deadArgs = new LinkedHashSet<>();
        for (Node n : s.spec().nodes()) {
            if (names.contains(n.name())) {
                deadArgs.addAll(argumentNames(n));
                continue;
            }
            Map<String, String> in = new LinkedHashMap<>(n.inputs());
            in.values().removeIf(names::contains);
            nodes.add(new Node(n.name(), n.block(), in));
        }
        Map<String, Position> layout = new LinkedHashMap<>(s.layout());
        layout.keySet().removeAll(names);
        Map<String, Object> values = new LinkedHashMap<>(s.values());
        values.keySet().removeAll(deadArgs);
        Set<String> tuned = new LinkedHashSet<>(s.tuned());
        tuned.removeAll(deadArgs);
        return new DocState(withNodes(s.spec(), nodes), layout, values, tuned, s.composites());
    }

    /** The generated argument names that belong to one node. */
    public static List<String> argumentNames(Node n) {
        List<String> out = new ArrayList<>();
        out.add("num_" + n.name());
        for (ArgSpec a : n.block().arguments()) {
            out.add(n.name() + "_" + a.name());
        }
        return out;
    }

    /** Sets positions of some blocks. */
    public static DocState move(DocState s, Map<String, Position> to) {
        Map<String, Position> layout = new LinkedHashMap<>(s.layout());
        layout.putAll(to);
        return s.withLayout(layout);
    }

    /** Moves a block of a sequential spec to another index (clamped). */
    public static DocState reorder(DocState s, String name, int newIndex) {
        List<Node> nodes = new ArrayList<>(s.spec().nodes());
        int from = indexOf(nodes, name);
        if (from < 0) {
            return s;
        }
        Node n = nodes.remove(from);
        nodes.add(Math.max(0, Math.min(newIndex, nodes.size())), n);
        return s.withSpec(withNodes(s.spec(), nodes));
    }

    /** Wires {@code source}'s output into {@code target}'s input {@code port} (replacing what it read). */
    public static DocState connect(DocState s, String source, String target, String port) {
        return mapNode(s, target, n -> {
            Map<String, String> in = new LinkedHashMap<>(n.inputs());
            in.put(port, source);
            return new Node(n.name(), n.block(), in);
        });
    }

    /** Removes the wire into {@code target}'s input {@code port}. */
    public static DocState disconnect(DocState s, String target, String port) {
        return mapNode(s, target, n -> {
            Map<String, String> in = new LinkedHashMap<>(n.inputs());
            in.remove(port);
            return new Node(n.name(), n.block(), in);
        });
    }

    /**
     * The input ports a block shows: its fixed ports, or for merges the wired ports plus one free
     * port ({@code input_a}, {@code input_b}, …) to wire the next input to.
     */
    public static List<String> ports(Node n) {
        if (n.block().arity() != InputArity.MANY) {
            return n.block().inputPorts();
        }
        List<String> out = new ArrayList<>(n.inputs().keySet());
        out.add(freePort(n));
        return out;
    }

    /** The first unused merge port name: input_a … input_z, then input_27 …. */
    public static String freePort(Node n) {
        for (char c = 'a'; c <= 'z'; c++) {
            if (!n.inputs().containsKey("input_" + c)) {
                return "input_" + c;
            }
        }
        for (int i = 27; ; i++) {
            if (!n.inputs().containsKey("input_" + i)) {
                return "input_" + i;
            }
        }
    }

    /**
     * Renames a block and everything keyed by its name (wires, position, values, tune marks).
     *
     * @return the new state, or null when the new name is not a free identifier
     */
    public static DocState rename(DocState s, String from, String to) {
        if (!BlockNames.isIdentifier(to) || s.spec().node(to).isPresent() || s.spec().node(from).isEmpty()) {
            return null;
        }
        Node old = s.spec().node(from).orElseThrow();
        Map<String, String> argRename = new HashMap<>();
        List<String> oldArgs = argumentNames(old);
        List<String> newArgs = argumentNames(old.withName(to));
        for (int i = 0; i < oldArgs.size(); i++) {
            argRename.put(oldArgs.get(i), newArgs.get(i));
        }
        List<Node> nodes = new ArrayList<>();
        for (Node n : s.spec().nodes()) {
            Map<String, String> in = new LinkedHashMap<>();
            n.inputs().forEach((p, src) -> in.put(p, src.equals(from) ? to : src));
            nodes.add(new Node(n.name().equals(from) ? to : n.name(), n.block(), in));
        }
        Map<String, Position> layout = new LinkedHashMap<>();
        s.layout().forEach((k, v) -> layout.put(k.equals(from) ? to : k, v));
        Map<String, Object> values = new LinkedHashMap<>();
        s.values().forEach((k, v) -> values.put(argRename.getOrDefault(k, k), v));
        Set<String> tuned = new LinkedHashSet<>();
        s.tuned().forEach(k -> tuned.add(argRename.getOrDefault(k, k)));
        return new DocState(withNodes(s.spec(), nodes), layout, values, tuned, s.composites());
    }

    /** Sets (or, with null, clears) a fixed argument value. */
    public static DocState setValue(DocState s, String argument, Object value) {
        Map<String, Object> values = new LinkedHashMap<>(s.values());
        if (value == null) {
            values.remove(argument);
        } else {
            values.put(argument, value);
        }
        return s.withValues(values);
    }

    /** Marks an argument as tuned or fixed. */
    public static DocState setTuned(DocState s, String argument, boolean tune) {
        Set<String> tuned = new LinkedHashSet<>(s.tuned());
        if (tune) {
            tuned.add(argument);
        } else {
            tuned.remove(argument);
        }
        return s.withTuned(tuned);
    }

    /**
     * Turns a sequential spec into a functional one (each block reads the one before), or a
     * functional one into a stack in dependency order (wiring dropped).
     */
    public static DocState convert(DocState s) {
        List<Node> nodes = new ArrayList<>();
        if (s.spec() instanceof SequentialSpec seq) {
            String prev = null;
            for (Node n : seq.nodes()) {
                nodes.add(prev == null || n.block().arity() == InputArity.NONE ? Node.of(n.name(), n.block())
                        : n.block().arity() == InputArity.MANY
                        ? Node.of(n.name(), n.block(), Node.inputs("input_a", prev))
                        : Node.of(n.name(), n.block(), prev));
                prev = n.name();
            }
            return s.withSpec(new FunctionalSpec(seq.name(), nodes));
        }
        FunctionalSpec f = (FunctionalSpec) s.spec();
        Set<String> placed = new LinkedHashSet<>();
        for (Node n : SpecChecker.topologicalOrder(f)) {
            nodes.add(Node.of(n.name(), n.block()));
            placed.add(n.name());
        }
        f.nodes().stream().filter(n -> !placed.contains(n.name())).forEach(n -> nodes.add(Node.of(n.name(), n.block())));
        return s.withSpec(new SequentialSpec(f.name(), nodes));
    }

    static int indexOf(List<Node> nodes, String name) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static DocState mapNode(DocState s, String name, java.util.function.UnaryOperator<Node> f) {
        List<Node> nodes = new ArrayList<>();
        for (Node n : s.spec().nodes()) {
            nodes.add(n.name().equals(name) ? f.apply(n) : n);
        }
        return s.withSpec(withNodes(s.spec(), nodes));
    }
}
