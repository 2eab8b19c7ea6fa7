package org.blocktune.core.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An immutable table: an ordered list of equally long, uniquely named columns. */
public final class Table {
    private final List<Column> columns;
    private final Map<String, Column> byName;
    private final int rows;

    /** Checks that names are unique and all columns have the same length. */
    public Table(List<? extends Column> columns) {
        this.columns = List.copyOf(columns);
        this.byName = new LinkedHashMap<>();
        int n = this.columns.isEmpty() ? 0 : this.columns.get(0).size();
        for (Column c : this.columns) {
            if (byName.put(c.name(), c) != null) {
                throw new IllegalArgumentException("two columns are named '" + c.name() + "'; rename one of them");
            }
            if (c.size() != n) {
                throw new IllegalArgumentException("column '" + c.name() + "' has " + c.size() + " rows but '"
                        + this.columns.get(0).name() + "' has " + n);
            }
        }
        this.rows = n;
    }

    /** A table of the given columns. */
    public static Table of(Column... columns) { return new Table(List.of(columns)); }

    /** Number of rows. */
    public int rowCount() { return rows; }

    /** Number of columns. */
    public int columnCount() { return columns.size(); }

    /** The columns, in order. */
    public List<Column> columns() { return columns; }

    /** The column names, in order. */
    public List<String> names() { return List.copyOf(byName.keySet()); }

    /** True if a column has this name. */
    public boolean has(String name) { return byName.containsKey(name); }

    /** The column with this name, if any. */
    public Optional<Column> find(String name) { return Optional.ofNullable(byName.get(name)); }

    /** The column with this name; throws naming the available columns if there is none. */
    public Column column(String name) {
        Column c = byName.get(name);
        if (c == null) {
            throw new IllegalArgumentException("no column named '" + name + "'; the table has " + names());
        }
        return c;
    }

    /** The numeric column with this name (throws if it is missing or of another type). */
    public NumericColumn numeric(String name) { return as(name, NumericColumn.class); }

    /** The categorical (or logical) column with this name. */
    public CategoricalColumn categorical(String name) { return as(name, CategoricalColumn.class); }

    /** The tensor column with this name. */
    public TensorColumn tensor(String name) { return as(name, TensorColumn.class); }

    private <T extends Column> T as(String name, Class<T> type) {
        Column c = column(name);
        if (!type.isInstance(c)) {
            throw new IllegalArgumentException("column '" + name + "' is " + c.type() + ", not " + type.getSimpleName());
        }
        return type.cast(c);
    }

    /** A table of the given rows in the given order (rows may repeat, as in a bootstrap sample). */
    public Table rows(int[] rowIndex) {
        for (int r : rowIndex) {
            if (r < 0 || r >= rows) throw new IndexOutOfBoundsException("row " + r + " of a " + rows + "-row table");
        }
        List<Column> out = new ArrayList<>(columns.size());
        for (Column c : columns) out.add(c.select(rowIndex));
        return new Table(out);
    }

    /** A table of the named columns, in the order given. */
    public Table select(List<String> names) {
        List<Column> out = new ArrayList<>();
        for (String n : names) out.add(column(n));
        return new Table(out);
    }

    /** This table without the named columns (names not present are ignored). */
    public Table drop(List<String> names) {
        java.util.Set<String> gone = new java.util.HashSet<>(names);
        List<Column> out = new ArrayList<>();
        for (Column c : columns) {
            if (!gone.contains(c.name())) out.add(c);
        }
        return new Table(out);
    }

    /**
     * This table with each of {@code replacements} replacing the column of the same name, or appended
     * if new, in one pass (linear in the number of columns, however many are replaced).
     */
    public Table withColumns(List<? extends Column> replacements) {
        Map<String, Column> byNew = new LinkedHashMap<>();
        for (Column c : replacements) byNew.put(c.name(), c);
        List<Column> out = new ArrayList<>(columns.size() + byNew.size());
        for (Column c : columns) {
            Column r = byNew.remove(c.name());
            out.add(r == null ? c : r);
        }
        out.addAll(byNew.values());
        return new Table(out);
    }

    /** This table with {@code column} replacing the column of the same name, or appended if new. */
    public Table with(Column column) {
        return withColumns(List.of(column));
    }

    @Override
    public boolean equals(Object o) { return o instanceof Table t && t.columns.equals(columns); }

    @Override
    public int hashCode() { return columns.hashCode(); }

    @Override
    public String toString() { return "Table[" + rows + " rows, columns=" + names() + "]"; }
}
