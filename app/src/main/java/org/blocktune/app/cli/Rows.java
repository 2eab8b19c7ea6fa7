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

    /**
     * The columns of {@code first} then those of {@code second}, as rows (the rows of {@code second}); numbers as
     * {@code Double} (null when missing; {@code .row} and {@code .step} as whole numbers), categories as text.
     */
    public static Rows ofTables(org.blocktune.core.data.Table first, org.blocktune.core.data.Table second) {
        List<org.blocktune.core.data.Column> columns = new ArrayList<>(first.columns());
        columns.addAll(second.columns());
        List<String> names = columns.stream().map(org.blocktune.core.data.Column::name).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < second.rowCount(); i++) {
            List<Object> r = new ArrayList<>();
            for (org.blocktune.core.data.Column c : columns) r.add(cell(c, i));
            rows.add(r);
        }
        return new Rows(names, rows);
    }

    /** One cell as {@link #ofTables} gives it. */
    public static Object cell(org.blocktune.core.data.Column c, int row) {
        if (c instanceof org.blocktune.core.data.NumericColumn n && (c.name().equals(".row") || c.name().equals(".step"))) {
            return (long) n.get(row); // row numbers and steps are counts
        }
        if (c instanceof org.blocktune.core.data.NumericColumn n) return n.isMissing(row) ? null : n.get(row);
        if (c instanceof org.blocktune.core.data.CategoricalColumn k) return k.get(row);
        return "[tensor]";
    }

    /** Row {@code i} as column → value. */
    public Map<String, Object> row(int i) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) m.put(columns.get(c), rows.get(i).get(c));
        return m;
    }
}
