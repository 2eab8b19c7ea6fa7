package org.blocktune.core.data;

import java.util.Arrays;
import java.util.Objects;

/** A column of doubles; {@code NaN} marks a missing value. */
public final class NumericColumn implements Column {
    private final String name;
    private final double[] values;

    /** Copies {@code values}. */
    public NumericColumn(String name, double[] values) {
        this(name, values.clone(), true);
    }

    private NumericColumn(String name, double[] owned, boolean ignored) {
        this.name = Objects.requireNonNull(name, "name");
        this.values = owned;
    }

    /** Wraps an array the caller promises never to modify again (avoids a copy). */
    static NumericColumn wrap(String name, double[] owned) {
        return new NumericColumn(name, owned, true);
    }

    @Override public String name() { return name; }
    @Override public int size() { return values.length; }
    @Override public ColumnType type() { return ColumnType.NUMERIC; }
    @Override public boolean isMissing(int row) { return Double.isNaN(values[row]); }

    /** The value in {@code row} ({@code NaN} if missing). */
    public double get(int row) { return values[row]; }

    /** A copy of all values. */
    public double[] toArray() { return values.clone(); }

    /** Copies all values into {@code dest} starting at {@code offset} (bulk, for conversions). */
    public void copyTo(double[] dest, int offset) {
        System.arraycopy(values, 0, dest, offset, values.length);
    }

    /** Number of missing values. */
    public int missingCount() {
        int n = 0;
        for (double v : values) {
            if (Double.isNaN(v)) n++;
        }
        return n;
    }

    @Override
    public NumericColumn select(int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) out[i] = values[rows[i]];
        return wrap(name, out);
    }

    @Override
    public NumericColumn rename(String newName) { return wrap(newName, values); }

    @Override
    public boolean equals(Object o) {
        return o instanceof NumericColumn c && c.name.equals(name) && Arrays.equals(c.values, values);
    }

    @Override
    public int hashCode() { return name.hashCode() * 31 + Arrays.hashCode(values); }

    @Override
    public String toString() { return "NumericColumn[" + name + ", " + values.length + " rows]"; }
}
