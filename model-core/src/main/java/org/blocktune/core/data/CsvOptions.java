package org.blocktune.core.data;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How to read a CSV file (the import options).
 *
 * <p>Non-finite numbers are read one way whatever the options: {@code NaN} and {@code nan} (any
 * case) are missing values; {@code Inf}, {@code -Inf}, {@code Infinity}, {@code -Infinity} (any
 * case) and numbers too large for a double (e.g. {@code 1e400}) are rejected with the file, line
 * and column, because a network cannot learn from them; list such a token in {@link #naStrings}
 * to read it as missing instead.
 *
 * @param delimiter       field separator, e.g. {@code ','} or {@code ';'} or a tab
 * @param quote           quote character; a quote inside a quoted field is written twice
 * @param decimalMark     {@code '.'} or {@code ','} (as in {@code 3,14}; then the delimiter cannot be a comma)
 * @param header          true if the first (non-skipped) line holds the column names; else columns are named V1, V2, …
 * @param skipLines       lines to skip at the top of the file before the header (or the first data row)
 * @param encoding        the file's character set, e.g. {@code UTF-8} or {@code windows-1252}
 * @param naStrings       values read as missing (compared after trimming unquoted fields)
 * @param columnTypes     forced types for some columns (NUMERIC, CATEGORICAL or LOGICAL); others are inferred
 * @param idColumns       identifier columns (row names, names, codes): read as text and never used as predictors
 * @param ignoredColumns  columns left out of the table entirely
 * @param requiredColumns columns that must be present (e.g. the outcome), checked against the header
 */
public record CsvOptions(char delimiter, char quote, char decimalMark, boolean header, int skipLines, String encoding,
                         List<String> naStrings, Map<String, ColumnType> columnTypes, List<String> idColumns,
                         List<String> ignoredColumns, List<String> requiredColumns) {

    /** The default missing-value tokens: empty, {@code NA}, {@code N/A} and {@code null}. */
    public static final List<String> DEFAULT_NA = List.of("", "NA", "N/A", "null");

    public CsvOptions {
        naStrings = List.copyOf(naStrings);
        columnTypes = Map.copyOf(columnTypes);
        idColumns = List.copyOf(idColumns);
        ignoredColumns = List.copyOf(ignoredColumns);
        requiredColumns = List.copyOf(requiredColumns);
        Objects.requireNonNull(encoding, "encoding");
        if (delimiter == quote) throw new IllegalArgumentException("the delimiter and the quote must differ");
        if (delimiter == '\n' || delimiter == '\r' || quote == '\n' || quote == '\r') {
            throw new IllegalArgumentException("the delimiter and the quote cannot be line breaks");
        }
        if (decimalMark != '.' && decimalMark != ',') {
            throw new IllegalArgumentException("the decimal mark must be '.' or ',', got '" + decimalMark + "'");
        }
        if (decimalMark == delimiter) {
            throw new IllegalArgumentException("the decimal mark and the delimiter are both '" + delimiter
                    + "'; files with decimal commas separate fields with ';' (choose ';' as the delimiter)");
        }
        if (skipLines < 0) throw new IllegalArgumentException("lines to skip must be 0 or more, got " + skipLines);
        try {
            Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("unknown encoding '" + encoding + "'; use e.g. UTF-8, ISO-8859-1 or windows-1252");
        }
        for (Map.Entry<String, ColumnType> e : columnTypes.entrySet()) {
            if (e.getValue() == ColumnType.TENSOR) {
                throw new IllegalArgumentException("column '" + e.getKey() + "': a CSV column cannot be a tensor");
            }
        }
        Set<String> seen = new HashSet<>(columnTypes.keySet());
        for (String c : idColumns) {
            if (!seen.add(c)) throw new IllegalArgumentException("column '" + c + "' is given two types; give it one");
        }
        for (String c : ignoredColumns) {
            if (!seen.add(c)) throw new IllegalArgumentException("column '" + c + "' is given two types; give it one");
        }
    }

    /** The options of files written before decimal marks, headers, encodings and ID columns could be chosen. */
    public CsvOptions(char delimiter, char quote, List<String> naStrings, Map<String, ColumnType> columnTypes,
                      List<String> requiredColumns) {
        this(delimiter, quote, '.', true, 0, "UTF-8", naStrings, columnTypes, List.of(), List.of(), requiredColumns);
    }

    /** Comma-separated, {@code "} quotes, {@code .} decimals, a header row, UTF-8, missing: empty, NA, N/A, null. */
    public static CsvOptions defaults() {
        return new CsvOptions(',', '"', '.', true, 0, "UTF-8", DEFAULT_NA, Map.of(), List.of(), List.of(), List.of());
    }

    /** Semicolon-separated with decimal commas (as spreadsheets write in much of Europe; R's {@code write.csv2}). */
    public static CsvOptions semicolonDecimalComma() {
        return defaults().withDelimiter(';').withDecimalMark(',');
    }

    /** These options with another delimiter. */
    public CsvOptions withDelimiter(char d) {
        return new CsvOptions(d, quote, decimalMark, header, skipLines, encoding, naStrings, columnTypes, idColumns,
                ignoredColumns, requiredColumns);
    }

    /** These options with another quote character. */
    public CsvOptions withQuote(char q) {
        return new CsvOptions(delimiter, q, decimalMark, header, skipLines, encoding, naStrings, columnTypes, idColumns,
                ignoredColumns, requiredColumns);
    }

    /** These options with another decimal mark. */
    public CsvOptions withDecimalMark(char mark) {
        return new CsvOptions(delimiter, quote, mark, header, skipLines, encoding, naStrings, columnTypes, idColumns,
                ignoredColumns, requiredColumns);
    }

    /** These options with or without a header row. */
    public CsvOptions withHeader(boolean h) {
        return new CsvOptions(delimiter, quote, decimalMark, h, skipLines, encoding, naStrings, columnTypes, idColumns,
                ignoredColumns, requiredColumns);
    }

    /** These options skipping {@code lines} lines at the top. */
    public CsvOptions withSkipLines(int lines) {
        return new CsvOptions(delimiter, quote, decimalMark, header, lines, encoding, naStrings, columnTypes, idColumns,
                ignoredColumns, requiredColumns);
    }

    /** These options reading the file in another character set. */
    public CsvOptions withEncoding(String charset) {
        return new CsvOptions(delimiter, quote, decimalMark, header, skipLines, charset, naStrings, columnTypes, idColumns,
                ignoredColumns, requiredColumns);
    }

    /** These options with other missing-value tokens. */
    public CsvOptions withNaStrings(List<String> tokens) {
        return new CsvOptions(delimiter, quote, decimalMark, header, skipLines, encoding, tokens, columnTypes, idColumns,
                ignoredColumns, requiredColumns);
    }

    /** These options with forced column types. */
    public CsvOptions withColumnTypes(Map<String, ColumnType> types) {
        return new CsvOptions(delimiter, quote, decimalMark, header, skipLines, encoding, naStrings, types, idColumns,
                ignoredColumns, requiredColumns);
    }

    /** These options with {@code column} read as {@code choice} (replacing any earlier choice for it). */
    public CsvOptions withColumn(String column, ColumnChoice choice) {
        Map<String, ColumnType> types = new LinkedHashMap<>(columnTypes);
        List<String> ids = new ArrayList<>(idColumns);
        List<String> ignored = new ArrayList<>(ignoredColumns);
        types.remove(column);
        ids.remove(column);
        ignored.remove(column);
        switch (choice) {
            case NUMBER -> types.put(column, ColumnType.NUMERIC);
            case CATEGORY -> types.put(column, ColumnType.CATEGORICAL);
            case ID -> ids.add(column);
            case IGNORE -> ignored.add(column);
            case AUTOMATIC -> { }
            default -> throw new IllegalStateException("unexpected " + choice);
        }
        return new CsvOptions(delimiter, quote, decimalMark, header, skipLines, encoding, naStrings, types, ids, ignored,
                requiredColumns);
    }

    /** How {@code column} is read: as chosen, or {@link ColumnChoice#AUTOMATIC}. */
    public ColumnChoice choiceFor(String column) {
        if (idColumns.contains(column)) return ColumnChoice.ID;
        if (ignoredColumns.contains(column)) return ColumnChoice.IGNORE;
        ColumnType t = columnTypes.get(column);
        if (t == ColumnType.NUMERIC) return ColumnChoice.NUMBER;
        if (t == ColumnType.CATEGORICAL || t == ColumnType.LOGICAL) return ColumnChoice.CATEGORY;
        return ColumnChoice.AUTOMATIC;
    }

    /** These options requiring the given columns (e.g. the outcome) to be present. */
    public CsvOptions requiring(String... columns) {
        return new CsvOptions(delimiter, quote, decimalMark, header, skipLines, encoding, naStrings, columnTypes, idColumns,
                ignoredColumns, List.of(columns));
    }

    /** True if {@code value} reads as missing. */
    boolean isNa(String value) {
        Objects.requireNonNull(value);
        return naStrings.contains(value);
    }
}
