package org.blocktune.core.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.blocktune.core.block.InputArity;
import org.blocktune.core.block.LayerKind;
import org.blocktune.core.block.LayerSpec;

/**
 * Builds the concrete layer list of a spec for {@link SpecResolver}: repeats, wiring, shapes.
 * A strict assembler returns null when the network cannot be built. A lenient one (for a spec that
 * already has errors) never gives up: it returns the layers of every block whose values and inputs
 * resolve, leaving out the blocks at fault and everything downstream of them.
 */
final class NetworkAssembler {
    private final boolean lenient;
    private final Map<String, Object> values;
    private final DataShape data;
    private final List<Problem> problems;
    private final List<ResolvedLayer> layers = new ArrayList<>();
    private final Map<String, ResolvedLayer> byName = new HashMap<>();
    private final Map<String, String> inputBinding = new LinkedHashMap<>();
    private final Map<String, String> outputBinding = new LinkedHashMap<>();

    NetworkAssembler(Map<String, Object> values, DataShape data, List<Problem> problems, boolean lenient) {
        this.lenient = lenient;
        this.values = values;
        this.data = data;
        this.problems = problems;
    }

    ResolvedNetwork sequential(SequentialSpec spec) {
        if (!data.singleInput()) {
            problems.add(Problem.error(null, null, "a sequential spec reads one input, but the data has "
                    + data.inputs().size() + " (" + String.join(", ", data.inputs().keySet())
                    + "); use a functional spec with one input block per data input"));
            return failed(false);
        }
        if (!data.singleOutput()) {
            problems.add(Problem.error(null, null, "a sequential spec has one output, but the data has "
                    + data.outputs().size() + " outcomes; use a functional spec with one output block per outcome"));
            if (!lenient) {
                return null;
            }
        }
        String prev = null;
        for (Node n : spec.nodes()) {
            Integer num = (Integer) values.get("num_" + n.name());
            if (lenient && !(num != null && valuesPresent(n) && fitsTheStack(n, prev))) {
                return failed(false);
            }
            if (!SpecResolver.repeatAllowed(n, num, problems)) {
                return failed(false);
            }
            String dataInput = n.block().arity() == InputArity.NONE ? data.inputs().keySet().iterator().next() : null;
            String dataOutput = n.block().isOutput() ? data.outputs().keySet().iterator().next() : null;
            int before = layers.size();
            for (int rep = 1; rep <= num; rep++) {
                prev = emitSafely(n, rep, num, prev == null ? List.of() : List.of(prev), dataInput, dataOutput);
                if (prev == null) {
                    rollback(before);
                    return failed(false);
                }
            }
        }
        return new ResolvedNetwork(false, layers, inputBinding, outputBinding);
    }

    /** In a lenient stack: whether a block can follow {@code prev} (the last layer so far, null at the top). */
    private boolean fitsTheStack(Node n, String prev) {
        InputArity arity = n.block().arity();
        boolean outputBindable = !n.block().isOutput() || data.singleOutput();
        return outputBindable && arity != InputArity.MANY && (prev == null) == (arity == InputArity.NONE);
    }

    /** True when every argument of the block has a valid value. */
    private boolean valuesPresent(Node n) {
        return n.block().arguments().stream().allMatch(a -> values.containsKey(n.name() + "_" + a.name()));
    }

    /** What a failed assembly returns: null when strict, the layers so far when lenient. */
    private ResolvedNetwork failed(boolean functional) {
        return lenient ? new ResolvedNetwork(functional, layers, inputBinding, outputBinding) : null;
    }

    /** Forgets the layers emitted after the first {@code size} (a block that failed half-way). */
    private void rollback(int size) {
        while (layers.size() > size) {
            ResolvedLayer l = layers.remove(layers.size() - 1);
            byName.remove(l.name());
            inputBinding.remove(l.name());
            outputBinding.remove(l.name());
        }
    }

    /** {@link #emit}, except that a lenient assembler treats an unexpected failure as a failed block. */
    private String emitSafely(Node n, int rep, int num, List<String> inputs, String dataInput, String dataOutput) {
        if (!lenient) {
            return emit(n, rep, num, inputs, dataInput, dataOutput);
        }
        try {
            return emit(n, rep, num, inputs, dataInput, dataOutput);
        } catch (RuntimeException e) {
            return null; // a spec with errors can break shape rules in ways strict assembly never meets
        }
    }

    ResolvedNetwork functional(FunctionalSpec spec) {
        Set<String> useful = SpecChecker.leadingToOutputs(spec);
        // a lenient assembly of a graph without outputs yet shows every block it can
        boolean everyNode = lenient && useful.isEmpty();
        List<Node> order = SpecChecker.topologicalOrder(spec).stream()
                .filter(n -> everyNode || useful.contains(n.name())).toList();
        Map<String, String> inputOf = lenient ? bindInputsLeniently(order) : bindInputs(order);
        Map<String, String> outcomeOf = lenient ? bindOutputsLeniently(order) : bindOutputs(order);
        if (inputOf == null || outcomeOf == null) {
            return null;
        }
        Map<String, String> nodeOut = new HashMap<>();
        for (Node n : order) {
            Integer num = (Integer) values.get("num_" + n.name());
            if (lenient && (num == null || !valuesPresent(n)
                    || (n.block().arity() == InputArity.NONE && !inputOf.containsKey(n.name()))
                    || (n.block().isOutput() && !outcomeOf.containsKey(n.name())))) {
                continue;
            }
            if (!SpecResolver.repeatAllowed(n, num, problems)) {
                continue;
            }
            List<String> ins = new ArrayList<>();
            for (String source : n.inputs().values()) {
                ins.add(nodeOut.get(source));
            }
            if (ins.contains(null)) {
                continue; // an upstream block failed and was reported
            }
            if (num == 0) {
                nodeOut.put(n.name(), ins.get(0));
                continue;
            }
            String last = null;
            int before = layers.size();
            for (int rep = 1; rep <= num; rep++) {
                last = emitSafely(n, rep, num, rep == 1 ? ins : List.of(last), inputOf.get(n.name()),
                        outcomeOf.get(n.name()));
                if (last == null) {
                    rollback(before);
                    break;
                }
            }
            if (last != null) {
                nodeOut.put(n.name(), last);
            }
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String outcome : data.outputs().keySet()) {
            outputBinding.forEach((layer, o) -> {
                if (o.equals(outcome)) {
                    ordered.put(layer, o);
                }
            });
        }
        return new ResolvedNetwork(true, layers, inputBinding, ordered);
    }

    private Map<String, String> bindInputs(List<Node> order) {
        List<Node> inputs = order.stream().filter(n -> n.block().arity() == InputArity.NONE).toList();
        Map<String, String> out = new HashMap<>();
        if (data.singleInput() && inputs.size() == 1) {
            out.put(inputs.get(0).name(), data.inputs().keySet().iterator().next());
            return out;
        }
        boolean ok = true;
        for (Node n : inputs) {
            if (data.inputs().containsKey(n.name())) {
                out.put(n.name(), n.name());
            } else {
                problems.add(Problem.error(n.name(), null, "input block '" + n.name() + "' does not match a data input; "
                        + "the data's inputs are " + SpecChecker.quoted(List.copyOf(data.inputs().keySet()))
                        + ". Name each input block after the data input it reads"));
                ok = false;
            }
        }
        for (String name : data.inputs().keySet()) {
            if (!out.containsValue(name) && ok) {
                problems.add(Problem.error(null, null, "data input '" + name + "' is not read by any input block; "
                        + "add an input block named '" + name + "'"));
                ok = false;
            }
        }
        return ok ? out : null;
    }

    /** Binds each input block that can be bound; the others stay unbound (and unresolved). */
    private Map<String, String> bindInputsLeniently(List<Node> order) {
        List<Node> inputs = order.stream().filter(n -> n.block().arity() == InputArity.NONE).toList();
        Map<String, String> out = new HashMap<>();
        for (Node n : inputs) {
            if (data.inputs().containsKey(n.name())) {
                out.put(n.name(), n.name());
            } else if (data.singleInput() && inputs.size() == 1) {
                out.put(n.name(), data.inputs().keySet().iterator().next());
            }
        }
        return out;
    }

    /** Binds each output block that can be bound; the others stay unbound (and unresolved). */
    private Map<String, String> bindOutputsLeniently(List<Node> order) {
        Map<String, String> out = new HashMap<>();
        for (Node n : order) {
            if (!n.block().isOutput()) {
                continue;
            }
            if (data.outputs().containsKey(n.name())) {
                out.put(n.name(), n.name());
            } else if (data.singleOutput()) {
                out.put(n.name(), data.outputs().keySet().iterator().next());
            }
        }
        return out;
    }

    private Map<String, String> bindOutputs(List<Node> order) {
        List<Node> outputs = order.stream().filter(n -> n.block().isOutput()).toList();
        Map<String, String> out = new HashMap<>();
        if (data.singleOutput()) {
            if (outputs.size() != 1) {
                problems.add(Problem.error(outputs.get(1).name(), null, "the data has one outcome but the graph has "
                        + outputs.size() + " output blocks (" + SpecChecker.quoted(outputs.stream().map(Node::name)
                        .toList()) + "); keep one"));
                return null;
            }
            out.put(outputs.get(0).name(), data.outputs().keySet().iterator().next());
            return out;
        }
        for (Node n : outputs) {
            if (!data.outputs().containsKey(n.name())) {
                problems.add(Problem.error(n.name(), null, "output block '" + n.name() + "' does not match an outcome; "
                        + "the outcomes are " + SpecChecker.quoted(List.copyOf(data.outputs().keySet()))
                        + ". Name each output block after its outcome"));
                return null;
            }
            out.put(n.name(), n.name());
        }
        for (String name : data.outputs().keySet()) {
            if (!out.containsValue(name)) {
                problems.add(Problem.error(null, null, "outcome '" + name + "' has no output block; add an output "
                        + "block named '" + name + "'"));
                return null;
            }
        }
        return out;
    }

    /**
     * Emits one repeat of a block; returns the name of its last layer, or null after reporting a problem.
     */
    private String emit(Node n, int rep, int num, List<String> inputs, String dataInput, String dataOutput) {
        List<LayerSpec> specs = SpecResolver.expand(n, values, problems);
        if (specs == null) {
            return null;
        }
        String base = num > 1 ? n.name() + "." + rep : n.name();
        Map<LayerKind, Integer> seen = new HashMap<>();
        List<String> current = inputs;
        String last = null;
        for (LayerSpec spec : specs) {
            int count = seen.merge(spec.kind(), 1, Integer::sum);
            String name = specs.size() == 1 ? base
                    : base + "/" + spec.kind().keyword() + (count > 1 ? "_" + count : "");
            List<Shape> inShapes = current.stream().map(i -> byName.get(i).output()).toList();
            LayerShapes.Result r;
            if (spec.kind() == LayerKind.INPUT) {
                Shape shape = data.inputs().get(dataInput);
                r = shape != null ? new LayerShapes.Result(shape, 0, null)
                        : new LayerShapes.Result(null, 0, "no data input is bound to this input block");
                inputBinding.put(name, dataInput);
            } else {
                OutcomeShape outcome = spec.kind() == LayerKind.OUTPUT ? data.outputs().get(dataOutput) : null;
                r = LayerShapes.apply(spec, inShapes, outcome);
                if (outcome != null) {
                    outputBinding.put(name, dataOutput);
                }
            }
            if (r.problem() != null) {
                problems.add(Problem.error(n.name(), null, "block '" + n.name() + "'"
                        + (name.equals(n.name()) ? "" : " (layer " + name + ")") + ": " + r.problem()));
                return null;
            }
            ResolvedLayer layer = new ResolvedLayer(name, n.name(), spec, current, inShapes, r.output(), r.params());
            layers.add(layer);
            byName.put(name, layer);
            current = List.of(name);
            last = name;
        }
        return last;
    }
}
