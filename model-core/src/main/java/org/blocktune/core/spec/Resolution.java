package org.blocktune.core.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The outcome of resolving a spec with one set of argument values against the data's shapes.
 *
 * @param spec     the spec
 * @param values   every generated argument's value (given or default), in argument order
 * @param network  the concrete network, or null when there are errors
 * @param training the training settings, or null when there are errors
 * @param problems errors and warnings
 * @param partial  the network as far as it resolves, never null: equal to {@code network} when there
 *                 is no error; otherwise the layers of every block whose own values and inputs
 *                 resolve, leaving out the blocks at fault and the blocks downstream of them (use it
 *                 to show shapes and parameter counts while the spec still has errors, never to build)
 */
public record Resolution(Spec spec, Map<String, Object> values, ResolvedNetwork network, TrainingSettings training,
                         List<Problem> problems, ResolvedNetwork partial) {

    public Resolution {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        problems = List.copyOf(problems);
        if (partial == null) {
            partial = network != null ? network : new ResolvedNetwork(spec instanceof FunctionalSpec, List.of(),
                    Map.of(), Map.of());
        }
    }

    /** A resolution whose partial network is its network (or empty when there is none). */
    public Resolution(Spec spec, Map<String, Object> values, ResolvedNetwork network, TrainingSettings training,
                      List<Problem> problems) {
        this(spec, values, network, training, problems, null);
    }

    /** True when there is no error (warnings allowed). */
    public boolean ok() {
        return problems.stream().noneMatch(Problem::isError);
    }

    /** Errors only. */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    /** All error messages on one line each. */
    public String errorMessage() {
        return errors().stream().map(Problem::message).collect(Collectors.joining("\n"));
    }
}
