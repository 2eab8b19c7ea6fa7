package org.blocktune.core.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.block.ArgSpec;
import org.blocktune.core.block.ValueRange;
import org.blocktune.core.space.DefaultDomains;

/** Generates a spec's arguments in kerasnip's order and naming. */
public final class SpecArguments {

    private SpecArguments() {
    }

    /**
     * {@code num_<node>} for every node, {@code <node>_<arg>} for every node argument, then
     * {@code learn_rate}, {@code fit_*}, {@code compile_*}. Duplicated names are kept (and reported by
     * {@link SpecChecker}); use {@link #byName(Spec)} for lookups.
     */
    public static List<SpecArgument> of(Spec spec) {
        List<SpecArgument> out = new ArrayList<>();
        for (Node n : spec.nodes()) {
            out.add(new SpecArgument("num_" + n.name(), SpecArgument.Group.NUM, n.name(), numArg(n.name())));
        }
        for (Node n : spec.nodes()) {
            for (ArgSpec a : n.block().arguments()) {
                String name = n.name() + "_" + a.name();
                out.add(new SpecArgument(name, SpecArgument.Group.BLOCK, n.name(), a.renamed(name)));
            }
        }
        out.add(new SpecArgument(TrainingArgs.LEARN_RATE, SpecArgument.Group.LEARN_RATE, null,
                TrainingArgs.LEARN_RATE_ARG));
        for (ArgSpec a : TrainingArgs.FIT) {
            out.add(new SpecArgument(a.name(), SpecArgument.Group.FIT, null, a));
        }
        for (ArgSpec a : TrainingArgs.COMPILE) {
            out.add(new SpecArgument(a.name(), SpecArgument.Group.COMPILE, null, a));
        }
        return out;
    }

    /** Arguments keyed by name (the first one wins when names clash). */
    public static Map<String, SpecArgument> byName(Spec spec) {
        Map<String, SpecArgument> m = new LinkedHashMap<>();
        for (SpecArgument a : of(spec)) {
            m.putIfAbsent(a.name(), a);
        }
        return m;
    }

    /** Just the names, in order. */
    public static List<String> names(Spec spec) {
        return of(spec).stream().map(SpecArgument::name).toList();
    }

    private static ArgSpec numArg(String node) {
        return ArgSpec.integer("num_" + node, 1, ValueRange.NON_NEGATIVE,
                "How many times to repeat block '" + node + "'; 0 removes it (sequential) or makes it a "
                        + "pass-through (functional).").withDomain(DefaultDomains.NUM);
    }
}
