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
 */
public record Resolution(Spec spec, Map<String, Object> values, ResolvedNetwork network, TrainingSettings training,
                         List<Problem> problems) {

    public Resolution {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        problems = List.copyOf(problems);
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
