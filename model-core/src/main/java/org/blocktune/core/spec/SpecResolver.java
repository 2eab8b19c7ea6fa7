package org.blocktune.core.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.block.ArgCheck;
import org.blocktune.core.block.ArgSpec;
import org.blocktune.core.block.InputArity;
import org.blocktune.core.block.LayerSpec;

/**
 * Resolves a spec with one set of argument values against the data's shapes: checks every value,
 * applies repeats ({@code num_<block>}), expands blocks into layers, infers shapes and parameter
 * counts, and collects every problem as data. Nothing here touches DL4J.
 */
public final class SpecResolver {

    private SpecResolver() {
    }

    /**
     * Resolves one candidate.
     *
     * @param spec   the spec
     * @param given  values for some generated arguments (missing or null ones take their defaults)
     * @param data   the shapes of the data's inputs and outcomes
     */
    public static Resolution resolve(Spec spec, Map<String, ?> given, DataShape data) {
        List<Problem> problems = new ArrayList<>(SpecChecker.check(spec));
        Map<String, SpecArgument> args = SpecArguments.byName(spec);
        for (String key : given.keySet()) {
            if (!args.containsKey(key)) {
                problems.add(Problem.error(null, key, "unknown argument '" + key + "'; " + suggestion(key, args)));
            }
        }
        Map<String, Object> values = checkValues(args, given, problems);
        if (problems.stream().anyMatch(Problem::isError)) {
            trainingProblems(values, data, problems); // list every fault of the row, not only the first kind
            return new Resolution(spec, values, null, null, problems, partial(spec, values, data));
        }
        NetworkAssembler assembler = new NetworkAssembler(values, data, problems, false);
        ResolvedNetwork network = spec instanceof FunctionalSpec f ? assembler.functional(f)
                : assembler.sequential((SequentialSpec) spec);
        if (network == null || problems.stream().anyMatch(Problem::isError)) {
            trainingProblems(values, data, problems);
            return new Resolution(spec, values, null, null, problems, partial(spec, values, data));
        }
        Map<String, OutcomeShape> outcomes = new LinkedHashMap<>();
        network.outputs().values().forEach(o -> outcomes.put(o, data.outputs().get(o)));
        TrainingSettings training = TrainingResolver.resolve(values, outcomes, problems);
        boolean ok = training != null && problems.stream().noneMatch(Problem::isError);
        return new Resolution(spec, values, ok ? network : null, ok ? training : null, problems, network);
    }

    /**
     * Adds the problems of the learn_rate, fit_* and compile_* values when the network has other errors,
     * checked against the data's outcomes, so that a row lists all its faults. Skipped when one of those
     * values is itself invalid (already reported).
     */
    private static void trainingProblems(Map<String, Object> values, DataShape data, List<Problem> problems) {
        for (ArgSpec a : TrainingArgs.all()) {
            if (!values.containsKey(a.name())) {
                return;
            }
        }
        List<Problem> found = new ArrayList<>();
        try {
            TrainingResolver.resolve(values, data.outputs(), found);
        } catch (RuntimeException e) {
            return; // values the network's own errors make meaningless
        }
        for (Problem p : found) {
            if (!problems.contains(p)) {
                problems.add(p);
            }
        }
    }

    /**
     * The network as far as it resolves despite errors: a lenient assembly whose problems are not
     * reported again (the caller already has them).
     */
    private static ResolvedNetwork partial(Spec spec, Map<String, Object> values, DataShape data) {
        NetworkAssembler lenient = new NetworkAssembler(values, data, new ArrayList<>(), true);
        return spec instanceof FunctionalSpec f ? lenient.functional(f) : lenient.sequential((SequentialSpec) spec);
    }

    private static Map<String, Object> checkValues(Map<String, SpecArgument> args, Map<String, ?> given,
                                                   List<Problem> problems) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (SpecArgument a : args.values()) {
            Object raw = given.get(a.name());
            if (raw == null) {
                raw = a.spec().defaultValue();
            }
            if (a.name().equals("compile_loss") && raw instanceof String text && PerOutput.isMap(text)) {
                values.put(a.name(), text.trim()); // a loss per output, checked when the training settings resolve
                continue;
            }
            String special = namedChoiceProblem(a.name(), raw);
            if (special != null) {
                problems.add(Problem.error(a.node(), a.name(), special));
                continue;
            }
            ArgCheck c = a.spec().check(raw);
            if (c.ok()) {
                values.put(a.name(), c.value());
            } else {
                String where = a.node() == null ? "" : "block '" + a.node() + "': ";
                problems.add(Problem.error(a.node(), a.name(), where + c.problem()));
            }
        }
        return values;
    }

    private static String namedChoiceProblem(String arg, Object raw) {
        if (arg.equals("compile_optimizer") && Optimizer.byName(raw.toString()).isEmpty()) {
            return Optimizer.whyNot(raw.toString());
        }
        if (arg.equals("compile_loss") && !raw.toString().trim().equalsIgnoreCase("auto")
                && Loss.byName(raw.toString()).isEmpty()) {
            return Loss.whyNot(raw.toString());
        }
        return null;
    }

    private static String suggestion(String key, Map<String, SpecArgument> args) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : args.keySet()) {
            int d = editDistance(key, name);
            if (d < bestDistance) {
                bestDistance = d;
                best = name;
            }
        }
        if (best != null && bestDistance <= Math.max(2, key.length() / 4)) {
            return "did you mean '" + best + "'?";
        }
        return "this spec's arguments are: " + String.join(", ", args.keySet());
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Checks that a block's repeat count is allowed for its kind. Returns false on a problem. */
    static boolean repeatAllowed(Node n, int num, List<Problem> problems) {
        String arg = "num_" + n.name();
        if (n.block().arity() == InputArity.NONE && num != 1) {
            problems.add(Problem.error(n.name(), arg, "input block '" + n.name() + "' cannot be removed or repeated; "
                    + arg + " must be 1, got " + num));
            return false;
        }
        if (n.block().isOutput() && num != 1) {
            problems.add(Problem.error(n.name(), arg, "output block '" + n.name()
                    + "' cannot be removed or repeated; " + arg + " must be 1, got " + num));
            return false;
        }
        if (num > 1 && n.block().arity() == InputArity.MANY) {
            problems.add(Problem.error(n.name(), arg, "block '" + n.name() + "' cannot be repeated because it has "
                    + n.inputs().size() + " inputs (" + String.join(", ", n.inputs().keySet())
                    + "); only blocks with exactly one input can be repeated. Set " + arg + " to 0 or 1"));
            return false;
        }
        return true;
    }

    /** The block's expanded layers, or null (with a problem) when the block cannot expand. */
    static List<LayerSpec> expand(Node n, Map<String, Object> values, List<Problem> problems) {
        Map<String, Object> blockValues = new LinkedHashMap<>();
        n.block().arguments().forEach(a -> blockValues.put(a.name(), values.get(n.name() + "_" + a.name())));
        try {
            return n.block().expand(blockValues);
        } catch (RuntimeException e) {
            problems.add(Problem.error(n.name(), null, "block '" + n.name() + "' (" + n.block().name()
                    + ") could not be built: " + e.getMessage()));
            return null;
        }
    }
}
