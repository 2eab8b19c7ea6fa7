package org.blocktune.core.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a UTF-8 CSV file with a header row into a {@link Table}.
 *
 * <p>Type inference per column: all non-missing values numbers → NUMERIC; all
 * {@code TRUE/FALSE} (any case of {@code true/false}) → LOGICAL; otherwise CATEGORICAL with
 * levels sorted alphabetically (as R's factors). A column whose values are mostly numbers but
 * contain a non-number is an error (declare it CATEGORICAL in {@link CsvOptions#columnTypes()}
 * to read it as text). An all-missing column is NUMERIC. Either the whole file loads or a
 * {@link DataLoadException} names the line and column at fault.
 */
public final class CsvReader {
    private static final int BINARY_PROBE = 8192;

    private CsvReader() { }

    /** Reads {@code file} with default options. */
    public static Table read(Path file) throws IOException {
        return read(file, CsvOptions.defaults());
    }

    /** Reads {@code file}. */
    public static Table read(Path file, CsvOptions options) throws IOException {
        return parse(file.getFileName().toString(), Files.readAllBytes(file), options);
    }

    /** Parses CSV bytes; {@code source} names them in error messages. */
    public static Table parse(String source, byte[] bytes, CsvOptions options) throws DataLoadException {
        String text = decode(source, bytes);
        return parseText(source, text, options);
    }

    /** Parses CSV text; {@code source} names it in error messages. */
    public static Table parseText(String source, String text, CsvOptions options) throws DataLoadException {
        if (text.isBlank()) {
            throw new DataLoadException(source, 1, 0, "the file is empty; expected a header row with column names, then data rows");
        }
        List<CsvTokenizer.Row> rows = new CsvTokenizer(source, text, options.delimiter(), options.quote()).readAll();
        CsvTokenizer.Row header = rows.get(0);
        String[] names = header.fields();
        checkHeader(source, header.line(), names, options);
        int ncol = names.length;
        for (int r = 1; r < rows.size(); r++) {
            CsvTokenizer.Row row = rows.get(r);
            if (row.fields().length != ncol) {
                int col = Math.min(row.fields().length, ncol) + 1;
                throw new DataLoadException(source, row.line(), col, "found " + row.fields().length + " fields but expected "
                        + ncol + " (as in the header). Fix: make every row have " + ncol + " fields, quote values containing '"
                        + options.delimiter() + "', or choose the right delimiter");
            }
        }
        List<Column> columns = new ArrayList<>(ncol);
        for (int c = 0; c < ncol; c++) {
            columns.add(buildColumn(source, rows, c, names[c], options));
        }
        return new Table(columns);
    }

    private static void checkHeader(String source, int line, String[] names, CsvOptions options) throws DataLoadException {
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < names.length; c++) {
            names[c] = names[c].strip();
            if (names[c].isEmpty()) {
                throw new DataLoadException(source, line, c + 1, "the header has an empty column name; expected a name for every column");
            }
            if (!seen.add(names[c])) {
                throw new DataLoadException(source, line, c + 1, "the column name '" + names[c]
                        + "' appears twice in the header; expected unique names. Fix: rename one of them");
            }
        }
        for (String required : options.requiredColumns()) {
            if (!seen.contains(required)) {
                throw new DataLoadException(source, line, 0, "the header has no column '" + required + "' (needed, e.g. as the outcome); columns are "
                        + List.of(names) + ". Fix: choose one of these or correct the header");
            }
        }
        for (String forced : options.columnTypes().keySet()) {
            if (!seen.contains(forced)) {
                throw new DataLoadException(source, line, 0, "a type is set for column '" + forced + "' but the header has no such column; columns are "
                        + List.of(names));
            }
        }
    }

    private static Column buildColumn(String source, List<CsvTokenizer.Row> rows, int c, String name, CsvOptions options)
            throws DataLoadException {
        int n = rows.size() - 1;
        String[] values = new String[n];
        int present = 0;
        int numbers = 0;
        int logicals = 0;
        for (int r = 0; r < n; r++) {
            CsvTokenizer.Row row = rows.get(r + 1);
            String v = row.fields()[c];
            String t = row.quoted()[c] ? v : v.strip();
            if (options.isNa(t)) {
                values[r] = null;
                continue;
            }
            values[r] = t;
            present++;
            if (looksNumeric(t)) numbers++;
            else if (parseLogical(t) != null) logicals++;
        }
        ColumnType type = options.columnTypes().get(name);
        if (type == null) {
            if (numbers * 2 > present || present == 0) type = ColumnType.NUMERIC;
            else if (logicals == present) type = ColumnType.LOGICAL;
            else type = ColumnType.CATEGORICAL;
        }
        switch (type) {
            case NUMERIC -> {
                double[] out = new double[n];
                for (int r = 0; r < n; r++) {
                    if (values[r] == null) {
                        out[r] = Double.NaN;
                    } else if (looksNumeric(values[r])) {
                        out[r] = Double.parseDouble(values[r]);
                    } else {
                        throw new DataLoadException(source, rows.get(r + 1).line(), c + 1, "column '" + name
                                + "' holds numbers but this value is '" + values[r] + "'; expected a number (with '.' as decimal point) or "
                                + options.naStrings() + " for a missing value. Fix the value, or read the column as categorical");
                    }
                }
                return NumericColumn.wrap(name, out);
            }
            case LOGICAL -> {
                Boolean[] out = new Boolean[n];
                for (int r = 0; r < n; r++) {
                    if (values[r] == null) continue;
                    out[r] = parseLogical(values[r]);
                    if (out[r] == null) {
                        throw new DataLoadException(source, rows.get(r + 1).line(), c + 1, "column '" + name
                                + "' is logical but this value is '" + values[r] + "'; expected TRUE or FALSE or a missing value");
                    }
                }
                return CategoricalColumn.logical(name, out);
            }
            case CATEGORICAL -> {
                List<String> levels = new ArrayList<>(new TreeSet<>(nonNull(values)));
                return CategoricalColumn.ofStrings(name, levels, values);
            }
            default -> throw new IllegalStateException("unexpected column type " + type);
        }
    }

    private static List<String> nonNull(String[] values) {
        List<String> out = new ArrayList<>();
        for (String v : values) if (v != null) out.add(v);
        return out;
    }

    /** Plain decimal or scientific notation, or Inf/-Inf/NaN as R writes them. */
    static boolean looksNumeric(String s) {
        int n = s.length();
        if (n == 0) return false;
        if (s.equals("Inf") || s.equals("-Inf") || s.equals("NaN")) return true;
        int i = 0;
        if (s.charAt(0) == '+' || s.charAt(0) == '-') i++;
        boolean digits = false;
        boolean dot = false;
        for (; i < n; i++) {
            char ch = s.charAt(i);
            if (ch >= '0' && ch <= '9') digits = true;
            else if (ch == '.' && !dot) dot = true;
            else break;
        }
        if (!digits) return false;
        if (i == n) return true;
        char e = s.charAt(i);
        if (e != 'e' && e != 'E') return false;
        i++;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
        if (i == n) return false;
        for (; i < n; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') return false;
        }
        return true;
    }

    private static Boolean parseLogical(String s) {
        if (s.equals("TRUE") || s.equals("true") || s.equals("True")) return Boolean.TRUE;
        if (s.equals("FALSE") || s.equals("false") || s.equals("False")) return Boolean.FALSE;
        return null;
    }

    /** Strict UTF-8 decoding with a binary-file check; drops a leading byte-order mark. */
    private static String decode(String source, byte[] bytes) throws DataLoadException {
        int probe = Math.min(bytes.length, BINARY_PROBE);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                int[] lc = lineAndColumn(bytes, i);
                throw new DataLoadException(source, lc[0], 0, "this looks like a binary file, not CSV text (a zero byte at character "
                        + lc[1] + "); expected UTF-8 text. Fix: choose the CSV file (compressed files must be unpacked first)");
            }
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = dec.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            int[] lc = lineAndColumn(bytes, at);
            String what = at < BINARY_PROBE ? "this does not look like UTF-8 text (it may be a binary or compressed file)"
                    : "invalid UTF-8 byte 0x" + Integer.toHexString(bytes[at] & 0xFF);
            throw new DataLoadException(source, lc[0], 0, what + " at character " + lc[1]
                    + "; expected UTF-8 text. Fix: save the file as UTF-8 CSV");
        }
        try {
            dec.flush(out);
        } catch (IllegalStateException e) {
            throw new DataLoadException(source, 0, 0, "could not decode the file as UTF-8: " + e.getMessage());
        }
        out.flip();
        return out.toString();
    }

    private static int[] lineAndColumn(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }

}
