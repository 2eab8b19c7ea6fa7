package org.blocktune.core.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which columns are outcomes and which are predictors, grouped by the named model input they
 * feed (several tensor columns can feed several inputs of a functional spec).
 *
 * @param outcomes outcome columns: one, or several (numeric, categorical or a mix; one network output each,
 *                 or numeric columns forming one vector output such as the steps of a forecast)
 * @param inputs   input name → predictor columns, in order (a column feeds at most one input)
 */
public record Roles(List<String> outcomes, Map<String, List<String>> inputs) {
    /** The input name used when all predictors feed one input. */
    public static final String DEFAULT_INPUT = "input";

    public Roles {
        outcomes = List.copyOf(outcomes);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        inputs.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        inputs = java.util.Collections.unmodifiableMap(copy);
        if (outcomes.isEmpty()) throw new IllegalArgumentException("choose at least one outcome column");
        Set<String> seen = new LinkedHashSet<>(outcomes);
        if (seen.size() != outcomes.size()) throw new IllegalArgumentException("an outcome is listed twice: " + outcomes);
        for (List<String> cols : inputs.values()) {
            for (String c : cols) {
                if (!seen.add(c)) {
                    throw new IllegalArgumentException("column '" + c + "' has two roles; a column is an outcome or feeds one input");
                }
            }
        }
    }

    /** {@code outcome} is the outcome; every other column of {@code table} is a predictor of {@link #DEFAULT_INPUT}. */
    public static Roles of(Table table, String outcome) {
        table.column(outcome);
        List<String> preds = new ArrayList<>(table.names());
        preds.remove(outcome);
        return new Roles(List.of(outcome), Map.of(DEFAULT_INPUT, preds));
    }

    /** All predictor columns, input by input. */
    public List<String> predictors() {
        List<String> out = new ArrayList<>();
        inputs.values().forEach(out::addAll);
        return out;
    }

    /**
     * Classification for a categorical (or logical) outcome, regression for a numeric one; with several
     * outcomes, the task of the first (each output has its own, see {@link #outcomeTask}).
     */
    public Task task(Table table) {
        List<String> problems = validate(table);
        if (!problems.isEmpty()) throw new IllegalArgumentException(String.join("; ", problems));
        return outcomeTask(table, outcomes.get(0));
    }

    /** The task of one outcome column: regression for a numeric column, else classification. */
    public static Task outcomeTask(Table table, String outcome) {
        return table.column(outcome) instanceof NumericColumn ? Task.REGRESSION : Task.CLASSIFICATION;
    }

    /** True when some outcome column is not numeric. */
    public boolean anyCategoricalOutcome(Table table) {
        return outcomes.stream().anyMatch(o -> outcomeTask(table, o) == Task.CLASSIFICATION);
    }

    /** Problems with these roles for {@code table}, as plain sentences (empty if none). */
    public List<String> validate(Table table) {
        List<String> problems = new ArrayList<>();
        for (String c : outcomes) {
            if (!table.has(c)) problems.add("outcome column '" + c + "' is not in the table " + table.names());
        }
        for (var e : inputs.entrySet()) {
            if (e.getValue().isEmpty()) problems.add("input '" + e.getKey() + "' has no predictor columns");
            for (String c : e.getValue()) {
                if (!table.has(c)) problems.add("predictor '" + c + "' of input '" + e.getKey() + "' is not in the table");
            }
        }
        if (!problems.isEmpty()) return problems;
        if (outcomes.stream().anyMatch(o -> table.column(o) instanceof TensorColumn)) {
            problems.add("an outcome cannot be a tensor column");
        }
        return problems;
    }

    /** These roles with the predictor columns renamed/expanded/dropped as {@code mapping} says (old name → new names). */
    public Roles mapPredictors(Map<String, List<String>> mapping) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        inputs.forEach((input, cols) -> {
            List<String> now = new ArrayList<>();
            for (String c : cols) now.addAll(mapping.getOrDefault(c, List.of(c)));
            out.put(input, now);
        });
        return new Roles(outcomes, out);
    }
}
