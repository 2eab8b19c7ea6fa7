package org.blocktune.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small result table for the terminal: named columns and rows of values (numbers, text, or null). */
public record Rows(List<String> columns, List<List<Object>> rows) {
    public Rows {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>();
        for (List<Object> r : rows) {
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + r.size() + " values for " + columns.size() + " columns");
            }
            copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(r)));
        }
        rows = List.copyOf(copy);
    }

    /** Rows from maps sharing the same keys (the first map's key order names the columns). */
    public static Rows ofMaps(List<? extends Map<String, ?>> maps) {
        if (maps.isEmpty()) return new Rows(List.of(), List.of());
        List<String> cols = new ArrayList<>();
        for (Map<String, ?> m : maps) for (String k : m.keySet()) if (!cols.contains(k)) cols.add(k);
        List<List<Object>> out = new ArrayList<>();
        for (Map<String, ?> m : maps) {
            List<Object> r = new ArrayList<>();
            for (String c : cols) r.add(m.get(c));
            out.add(r);
        }
        return new Rows(cols, out);
    }

    /** Row {@code i} as column → value. */
    public Map<String, Object> row(int i) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) m.put(columns.get(c), rows.get(i).get(c));
        return m;
    }
}
