package org.blocktune.core.fit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.blocktune.core.data.Column;
import org.blocktune.core.data.NumericColumn;
import org.blocktune.core.data.Table;

/**
 * The steps and variables of a vector (multistep) outcome, read from its column names as kerasnip
 * does: a name ending in {@code <number>_<variable>} (e.g. {@code lead_3_sales}) is that step of that
 * variable; if any name is not of that form, the columns are steps 1, 2, … of one variable.
 *
 * @param steps     the step numbers, ascending
 * @param variables the forecast variables, in first-seen order
 * @param column    for each variable, the outcome-column index of each step (in {@code steps} order)
 */
record Multistep(List<Integer> steps, List<String> variables, Map<String, int[]> column) {
    private static final Pattern STEP = Pattern.compile("^.*?([0-9]+)_(.+)$");

    /**
     * Parses the outcome column names.
     *
     * @throws IllegalArgumentException when the variables are led out to different steps (as kerasnip refuses)
     */
    static Multistep of(List<String> columns) {
        Map<String, Map<Integer, Integer>> byVar = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            Matcher m = STEP.matcher(columns.get(i));
            if (!m.matches()) {
                byVar = null;
                break;
            }
            Integer previous = byVar.computeIfAbsent(m.group(2), k -> new LinkedHashMap<>())
                    .put(Integer.parseInt(m.group(1)), i);
            if (previous != null) {
                byVar = null;
                break;
            }
        }
        if (byVar == null) {
            Map<String, int[]> one = new LinkedHashMap<>();
            one.put("", java.util.stream.IntStream.range(0, columns.size()).toArray());
            return new Multistep(java.util.stream.IntStream.rangeClosed(1, columns.size()).boxed().toList(),
                    List.of(""), one);
        }
        TreeSet<Integer> steps = new TreeSet<>(byVar.values().iterator().next().keySet());
        Map<String, int[]> index = new LinkedHashMap<>();
        for (var e : byVar.entrySet()) {
            if (!new TreeSet<>(e.getValue().keySet()).equals(steps)) {
                throw new IllegalArgumentException("every forecast variable must be led out to the same steps; "
                        + "'" + e.getKey() + "' has steps " + new TreeSet<>(e.getValue().keySet()) + ", others " + steps
                        + " (outcome columns " + columns + ")");
            }
            index.put(e.getKey(), steps.stream().mapToInt(st -> e.getValue().get(st)).toArray());
        }
        return new Multistep(List.copyOf(steps), List.copyOf(byVar.keySet()), index);
    }

    /** One row per input row and step from network outputs {@code [row][outcome column]}. */
    Table longTable(double[][] out) {
        int n = out.length;
        int k = steps.size();
        double[] row = new double[n * k];
        double[] step = new double[n * k];
        Map<String, double[]> preds = new LinkedHashMap<>();
        variables.forEach(v -> preds.put(v, new double[n * k]));
        for (int i = 0; i < n; i++) {
            for (int s = 0; s < k; s++) {
                int at = i * k + s;
                row[at] = i + 1;
                step[at] = steps.get(s);
                for (String v : variables) {
                    preds.get(v)[at] = out[i][column.get(v)[s]];
                }
            }
        }
        List<Column> cols = new ArrayList<>();
        cols.add(new NumericColumn(".row", row));
        cols.add(new NumericColumn(".step", step));
        boolean one = variables.size() == 1;
        preds.forEach((v, p) -> cols.add(new NumericColumn(one ? ".pred" : ".pred_" + v, p)));
        return new Table(cols);
    }
}
