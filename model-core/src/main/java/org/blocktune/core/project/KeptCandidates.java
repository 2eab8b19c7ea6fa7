package org.blocktune.core.project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.blocktune.core.space.Domain;
import org.blocktune.core.space.GridSettings;
import org.blocktune.core.space.Parameter;
import org.blocktune.core.space.ParameterSet;
import org.blocktune.core.space.RowValues;

/**
 * Checks a project's kept candidates (the rows a dry run kept) against its search space and puts
 * them in the grid's order. A kept row that no longer fits the space is an error naming the row and
 * the argument: running some other set of candidates than the one the user kept would be a surprise.
 */
final class KeptCandidates {
    private KeptCandidates() {
    }

    /**
     * The kept rows as the candidates of a run: each checked against {@code space}; in the order of
     * {@code grid}'s candidates when the grid holds every one of them (a number matches the grid's
     * value of the same size, and the grid's value is used), else in the order stored (a regular grid
     * with per-argument levels, which the project file cannot express, keeps rows the project's grid
     * does not make).
     *
     * @throws IllegalArgumentException naming the first kept row that sets an argument the space does not
     *                                  tune, misses a tuned argument, has a value outside its domain, or
     *                                  repeats an earlier row
     */
    static List<Map<String, Object>> of(List<Map<String, Object>> kept, ParameterSet space, GridSettings grid) {
        Map<Map<String, Object>, Integer> gridIndex = new HashMap<>();
        List<Map<String, Object>> gridRows = gridRows(space, grid);
        for (int g = 0; g < gridRows.size(); g++) {
            gridIndex.putIfAbsent(RowValues.key(gridRows.get(g)), g);
        }
        Set<Map<String, Object>> seen = new HashSet<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        boolean allInGrid = true;
        for (int i = 0; i < kept.size(); i++) {
            Map<String, Object> row = checked(kept.get(i), i, kept.size(), space);
            Map<String, Object> k = RowValues.key(row);
            if (!seen.add(k)) {
                throw new IllegalArgumentException(name(i, kept.size(), row) + " repeats an earlier kept candidate; "
                        + "list each candidate once");
            }
            Integer at = gridIndex.get(k);
            allInGrid &= at != null;
            positions.add(at == null ? -1 : at);
            rows.add(at == null ? row : gridRows.get(at));
        }
        if (!allInGrid) {
            return List.copyOf(rows);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(positions::get));
        return order.stream().map(rows::get).toList();
    }

    /** The grid's candidates, or none when the grid cannot be made (the kept rows then keep their order). */
    private static List<Map<String, Object>> gridRows(ParameterSet space, GridSettings grid) {
        if (space.isEmpty()) {
            return List.of(Map.of());
        }
        try {
            return grid.generate(space).rows();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    /** The row with each value as its domain holds it (a value set's 8L for a stored 8), after the checks. */
    private static Map<String, Object> checked(Map<String, Object> row, int i, int count, ParameterSet space) {
        String fix = "; run the dry run again and keep the valid rows, or remove \"keptCandidates\" from the project "
                + "file to run every candidate";
        for (String name : row.keySet()) {
            if (!space.contains(name)) {
                throw new IllegalArgumentException(name(i, count, row) + " sets '" + name + "', which is not a tuned "
                        + "argument of the search space " + space.names() + fix);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Parameter p : space.parameters()) {
            if (!row.containsKey(p.name())) {
                throw new IllegalArgumentException(name(i, count, row) + " has no value for the tuned argument '"
                        + p.name() + "'" + fix);
            }
            Object v = row.get(p.name());
            if (!p.domain().contains(v) && p.domain() instanceof Domain.ValueSet set) {
                v = set.values().stream().filter(x -> RowValues.same(x, row.get(p.name()))).findFirst().orElse(v);
            }
            if (!p.domain().contains(v)) {
                throw new IllegalArgumentException(name(i, count, row) + ": '" + p.name() + "' = " + v
                        + " is outside its domain " + p.domain() + fix);
            }
            out.put(p.name(), v);
        }
        return out;
    }

    private static String name(int i, int count, Map<String, Object> row) {
        return "kept candidate " + (i + 1) + " of " + count + " " + new LinkedHashMap<>(row);
    }
}
