package org.blocktune.core.data;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How to read a CSV file.
 *
 * @param delimiter       field separator, e.g. {@code ','} or {@code ';'} or a tab
 * @param quote           quote character; a quote inside a quoted field is written twice
 * @param naStrings       values read as missing (compared after trimming unquoted fields)
 * @param columnTypes     forced types for some columns (NUMERIC, CATEGORICAL or LOGICAL); others are inferred
 * @param requiredColumns columns that must be present (e.g. the outcome), checked against the header
 */
public record CsvOptions(char delimiter, char quote, List<String> naStrings,
                         Map<String, ColumnType> columnTypes, List<String> requiredColumns) {

    public CsvOptions {
        naStrings = List.copyOf(naStrings);
        columnTypes = Map.copyOf(columnTypes);
        requiredColumns = List.copyOf(requiredColumns);
        if (delimiter == quote) throw new IllegalArgumentException("delimiter and quote must differ");
        if (delimiter == '\n' || delimiter == '\r' || quote == '\n' || quote == '\r') {
            throw new IllegalArgumentException("delimiter and quote cannot be line breaks");
        }
        for (Map.Entry<String, ColumnType> e : columnTypes.entrySet()) {
            if (e.getValue() == ColumnType.TENSOR) {
                throw new IllegalArgumentException("column '" + e.getKey() + "': a CSV column cannot be a tensor");
            }
        }
    }

    /** Comma-separated, {@code "} quotes, {@code NA} and empty fields are missing. */
    public static CsvOptions defaults() {
        return new CsvOptions(',', '"', List.of("NA", ""), Map.of(), List.of());
    }

    /** These options with another delimiter. */
    public CsvOptions withDelimiter(char d) { return new CsvOptions(d, quote, naStrings, columnTypes, requiredColumns); }

    /** These options with forced column types. */
    public CsvOptions withColumnTypes(Map<String, ColumnType> types) {
        return new CsvOptions(delimiter, quote, naStrings, types, requiredColumns);
    }

    /** These options requiring the given columns (e.g. the outcome) to be present. */
    public CsvOptions requiring(String... columns) {
        return new CsvOptions(delimiter, quote, naStrings, columnTypes, List.of(columns));
    }

    /** True if {@code value} reads as missing. */
    boolean isNa(String value) {
        Objects.requireNonNull(value);
        return naStrings.contains(value);
    }
}
