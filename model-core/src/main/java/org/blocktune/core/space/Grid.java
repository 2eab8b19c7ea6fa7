package org.blocktune.core.space;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A table of candidates: one column per parameter, one row per candidate. Each row is an
 * unmodifiable map in parameter order. Duplicate rows are dropped (the first is kept), so a
 * grid may have fewer rows than were asked for. Make grids with {@link Grids}.
 */
public record Grid(List<String> parameterNames, List<Map<String, Object>> rows) {

    public Grid {
        parameterNames = List.copyOf(parameterNames);
        Set<String> names = new HashSet<>(parameterNames);
        if (names.size() != parameterNames.size()) {
            throw new IllegalArgumentException("grid parameter names repeat: " + parameterNames);
        }
        LinkedHashSet<Map<String, Object>> unique = new LinkedHashSet<>();
        int index = 0;
        for (Map<String, Object> row : rows) {
            Objects.requireNonNull(row, "row " + index);
            if (!row.keySet().equals(names)) {
                throw new IllegalArgumentException("row " + index + " has parameters " + row.keySet()
                        + " but the grid has " + parameterNames);
            }
            Map<String, Object> ordered = new LinkedHashMap<>();
            for (String name : parameterNames) {
                ordered.put(name, Objects.requireNonNull(row.get(name), "row " + index + " value of " + name));
            }
            unique.add(Collections.unmodifiableMap(ordered));
            index++;
        }
        rows = List.copyOf(unique);
    }

    /** Number of rows. */
    public int size() {
        return rows.size();
    }

    /** The values of one column, row by row. */
    public List<Object> column(String name) {
        if (!parameterNames.contains(name)) {
            throw new IllegalArgumentException("no column '" + name + "'; the grid has " + parameterNames);
        }
        List<Object> out = new ArrayList<>(rows.size());
        rows.forEach(r -> out.add(r.get(name)));
        return Collections.unmodifiableList(out);
    }
}
