package org.blocktune.core.data;

/**
 * One named, typed, immutable column of a {@link Table}. Implementations store their values
 * in primitive arrays (no boxing per value).
 */
public sealed interface Column permits NumericColumn, CategoricalColumn, TensorColumn {

    /** The column name, unique within a table. */
    String name();

    /** Number of rows. */
    int size();

    /** The kind of values held. */
    ColumnType type();

    /** True if the value in {@code row} is missing. */
    boolean isMissing(int row);

    /** A new column holding the given rows, in the given order (rows may repeat). */
    Column select(int[] rows);

    /** The same values under another name. */
    Column rename(String newName);
}
