package org.blocktune.core.data;

/** The kind of values a {@link Column} holds. */
public enum ColumnType {
    /** Real numbers; missing values are {@code NaN}. */
    NUMERIC,
    /** Values from a fixed list of levels; missing values have code {@code -1}. */
    CATEGORICAL,
    /** A categorical column with exactly the levels {@code FALSE, TRUE}, inferred from boolean text. */
    LOGICAL,
    /** One fixed-shape array of numbers per row (for example a 28×28 image). */
    TENSOR
}
