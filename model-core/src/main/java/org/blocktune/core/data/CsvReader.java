package org.blocktune.core.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a CSV file into a {@link Table}, honouring the import options of {@link CsvOptions}.
 *
 * <p>Type inference per column: mostly numbers → NUMERIC; all {@code TRUE/FALSE} (any case of
 * {@code true/false}) → LOGICAL; otherwise CATEGORICAL with levels sorted alphabetically (as R's
 * factors). A column whose values are mostly numbers but contain a non-number is an error
 * (declare it CATEGORICAL to read it as text). An all-missing column is NUMERIC. Non-finite
 * numbers follow {@link CsvOptions}: NaN is missing, infinity is an error. An empty first column
 * name (R's {@code write.csv} writes row names so) makes that column the ID column
 * {@code rowname}, with a notice. Either the whole file loads or a {@link DataLoadException} names
 * the file, line and column at fault.
 */
public final class CsvReader {
    /** The name given to a row-names column whose header is empty. */
    public static final String ROW_NAMES = "rowname";
    private static final int BINARY_PROBE = 8192;

    private CsvReader() { }

    /** Reads {@code file} with default options. */
    public static Table read(Path file) throws IOException {
        return read(file, CsvOptions.defaults());
    }

    /** Reads {@code file}. */
    public static Table read(Path file, CsvOptions options) throws IOException {
        return load(file, options).table();
    }

    /** Reads {@code file}, with the ID columns and notices. */
    public static CsvImport load(Path file, CsvOptions options) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "there is no such file; check the name and folder");
        }
        return parseImport(file.getFileName().toString(), Files.readAllBytes(file), options);
    }

    /** Parses CSV bytes; {@code source} names them in error messages. */
    public static Table parse(String source, byte[] bytes, CsvOptions options) throws DataLoadException {
        return parseImport(source, bytes, options).table();
    }

    /** Parses CSV bytes, with the ID columns and notices. */
    public static CsvImport parseImport(String source, byte[] bytes, CsvOptions options) throws DataLoadException {
        return parseTextImport(source, decode(source, bytes, options.encoding()), options);
    }

    /** Parses CSV text; {@code source} names it in error messages. */
    public static Table parseText(String source, String text, CsvOptions options) throws DataLoadException {
        return parseTextImport(source, text, options).table();
    }

    /** Parses CSV text, with the ID columns and notices. */
    public static CsvImport parseTextImport(String source, String text, CsvOptions options) throws DataLoadException {
        try {
            CsvImport in = parseChecked(source, text, options);
            char likely = CsvSniffer.delimiter(text, options.delimiter(), options.quote());
            if (in.table().columnCount() == 1 && likely != options.delimiter()) {
                List<String> notices = new ArrayList<>(in.notices());
                notices.add("The file was read as a single column, but it looks " + CsvSniffer.name(likely)
                        + "-separated: choose " + CsvSniffer.name(likely) + " as the delimiter in the import options.");
                return new CsvImport(in.table(), in.idColumns(), notices);
            }
            return in;
        } catch (DataLoadException e) {
            char likely = CsvSniffer.delimiter(text, options.delimiter(), options.quote());
            if (likely == options.delimiter() || e.line() > options.skipLines() + 2) throw e;
            CsvOptions guessed = CsvSniffer.guess(text, options);
            throw new DataLoadException(e.source(), e.line(), e.column(), e.problem() + ". The file looks "
                    + CsvSniffer.name(likely) + "-separated: choose " + CsvSniffer.name(likely) + " as the delimiter"
                    + (guessed.decimalMark() == ',' ? " and ',' as the decimal mark" : "") + " in the import options");
        }
    }

    private static CsvImport parseChecked(String source, String text, CsvOptions options) throws DataLoadException {
        if (text.isBlank()) {
            throw new DataLoadException(source, 1, 0, "the file is empty; expected a header row with column names, then data rows");
        }
        List<CsvTokenizer.Row> rows = new CsvTokenizer(source, text, options.delimiter(), options.quote(),
                options.skipLines()).readAll();
        if (rows.isEmpty()) {
            throw new DataLoadException(source, options.skipLines() + 1, 0, "nothing is left after skipping "
                    + options.skipLines() + " line(s); skip fewer lines");
        }
        List<String> notices = new ArrayList<>();
        List<String> ids = new ArrayList<>(options.idColumns());
        String[] names;
        int firstData;
        if (options.header()) {
            CsvTokenizer.Row header = rows.get(0);
            names = header.fields();
            for (int c = 0; c < names.length; c++) names[c] = names[c].strip();
            firstData = 1;
            boolean shortHeader = rows.size() > 1 && names.length + 1 == rows.get(1).fields().length
                    && rows.stream().skip(1).allMatch(r -> r.fields().length == names.length + 1);
            if (shortHeader) { // write.table(col.names = TRUE): one name fewer than fields, the first field holds row names
                String[] longer = new String[names.length + 1];
                longer[0] = "";
                System.arraycopy(names, 0, longer, 1, names.length);
                return finish(source, rows, longer, firstData, options, ids, notices, header.line());
            }
            return finish(source, rows, names, firstData, options, ids, notices, header.line());
        }
        int width = rows.get(0).fields().length;
        names = new String[width];
        for (int c = 0; c < width; c++) names[c] = "V" + (c + 1);
        return finish(source, rows, names, 0, options, ids, notices, rows.get(0).line());
    }

    private static CsvImport finish(String source, List<CsvTokenizer.Row> rows, String[] names, int firstData,
                                    CsvOptions options, List<String> ids, List<String> notices, int headerLine)
            throws DataLoadException {
        if (names.length > 1 && names[0].isEmpty() && options.header()) {
            String name = ROW_NAMES;
            for (int k = 2; List.of(names).contains(name); k++) name = ROW_NAMES + k;
            names[0] = name;
            if (!ids.contains(name)) ids.add(name);
            notices.add("The first column has no name, as R's write.csv writes row names: it is read as the ID column '"
                    + name + "' (kept for reference, never a predictor).");
        }
        checkHeader(source, headerLine, names, options);
        int ncol = names.length;
        for (int r = firstData; r < rows.size(); r++) {
            CsvTokenizer.Row row = rows.get(r);
            if (row.fields().length != ncol) {
                int col = Math.min(row.fields().length, ncol) + 1;
                throw new DataLoadException(source, row.line(), col, "found " + row.fields().length + " fields but expected "
                        + ncol + (options.header() ? " (as in the header)" : " (as in the first row)")
                        + ". Fix: make every row have " + ncol + " fields, quote values containing '"
                        + options.delimiter() + "', or choose the right delimiter");
            }
        }
        List<CsvTokenizer.Row> data = rows.subList(firstData, rows.size());
        List<Column> columns = new ArrayList<>(ncol);
        for (int c = 0; c < ncol; c++) {
            if (options.ignoredColumns().contains(names[c])) continue;
            columns.add(buildColumn(source, data, c, names[c], options, ids.contains(names[c]), notices));
        }
        if (columns.isEmpty()) {
            throw new DataLoadException(source, headerLine, 0, "every column is ignored; keep at least one column");
        }
        return new CsvImport(new Table(columns), ids, notices);
    }

    private static void checkHeader(String source, int line, String[] names, CsvOptions options) throws DataLoadException {
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < names.length; c++) {
            if (names[c].isEmpty()) {
                throw new DataLoadException(source, line, c + 1, "the header has an empty column name; expected a name for every column"
                        + " (only an empty first name is read as row names). Fix: name the column, or read the file without a header row");
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
            if (options.ignoredColumns().contains(required)) {
                throw new DataLoadException(source, line, 0, "column '" + required + "' is needed (e.g. as the outcome) but set to be ignored;"
                        + " read it as a number or a category instead");
            }
        }
        List<String> chosen = new ArrayList<>(options.columnTypes().keySet());
        chosen.addAll(options.idColumns());
        chosen.addAll(options.ignoredColumns());
        for (String forced : chosen) {
            if (!seen.contains(forced)) {
                throw new DataLoadException(source, line, 0, "a type is set for column '" + forced + "' but the file has no such column; columns are "
                        + List.of(names) + ". Fix: clear that column's type or choose the right file");
            }
        }
    }

    private static Column buildColumn(String source, List<CsvTokenizer.Row> rows, int c, String name, CsvOptions options,
                                      boolean id, List<String> notices) throws DataLoadException {
        int n = rows.size();
        char mark = options.decimalMark();
        String[] values = new String[n];
        int present = 0;
        int numbers = 0;
        int logicals = 0;
        int otherMark = 0;
        for (int r = 0; r < n; r++) {
            CsvTokenizer.Row row = rows.get(r);
            String v = row.fields()[c];
            String t = row.quoted()[c] ? v : v.strip();
            if (options.isNa(t)) {
                values[r] = null;
                continue;
            }
            values[r] = t;
            present++;
            if (id) continue;
            if (NumberText.kind(t, mark) != NumberText.Kind.NOT_A_NUMBER) numbers++;
            else if (parseLogical(t) != null) logicals++;
            else if (NumberText.hasOtherDecimalMark(t, mark)) otherMark++;
        }
        ColumnType type = id ? ColumnType.CATEGORICAL : options.columnTypes().get(name);
        if (type == null) {
            if (numbers * 2 > present || present == 0) type = ColumnType.NUMERIC;
            else if (logicals == present) type = ColumnType.LOGICAL;
            else type = ColumnType.CATEGORICAL;
            if (type == ColumnType.CATEGORICAL && present > 0 && allDates(values)) {
                notices.add("Column '" + name + "' holds dates (e.g. '" + firstPresent(values) + "'), which BlockTune does not"
                        + " use yet; it was read as categories. Read it as IGNORE in the import options (or ID to keep it for reference).");
            }
            if (type == ColumnType.CATEGORICAL && otherMark > 0 && (otherMark + numbers) * 2 > present) {
                notices.add("Column '" + name + "' looks like numbers written with '" + (mark == '.' ? ',' : '.')
                        + "' as the decimal mark (e.g. '" + firstWithOtherMark(values, mark) + "'); it was read as categories."
                        + " Choose '" + (mark == '.' ? ',' : '.') + "' as the decimal mark to read it as numbers.");
            }
        }
        switch (type) {
            case NUMERIC -> {
                double[] out = new double[n];
                int nan = 0;
                for (int r = 0; r < n; r++) {
                    if (values[r] == null) {
                        out[r] = Double.NaN;
                        continue;
                    }
                    switch (NumberText.kind(values[r], mark)) {
                        case NUMBER -> out[r] = NumberText.value(values[r], mark);
                        case NAN -> {
                            out[r] = Double.NaN;
                            nan++;
                        }
                        case INFINITE -> throw new DataLoadException(source, rows.get(r).line(), c + 1, "column '" + name
                                + "' holds " + (NumberText.isInfinityWord(values[r]) ? "an infinite value" : "a number too large for a double (beyond ±1.8e308)")
                                + " '" + values[r] + "'; a network cannot learn from infinite values. Fix: replace it with a "
                                + "finite number or a missing value (" + shownNa(options) + "), or add '" + values[r]
                                + "' to the missing-value tokens to read it as missing");
                        default -> throw new DataLoadException(source, rows.get(r).line(), c + 1, "column '" + name
                                + "' holds numbers but this value is '" + values[r] + "'; expected a number (with '" + mark
                                + "' as the decimal mark) or a missing value (" + shownNa(options) + "). Fix the value, "
                                + (NumberText.hasOtherDecimalMark(values[r], mark) ? "choose '" + (mark == '.' ? ',' : '.')
                                + "' as the decimal mark, " : "") + "or read the column as categories");
                    }
                }
                if (nan > 0) {
                    notices.add("Column '" + name + "': " + nan + " NaN value" + (nan == 1 ? " was" : "s were") + " read as missing.");
                }
                return NumericColumn.wrap(name, out);
            }
            case LOGICAL -> {
                Boolean[] out = new Boolean[n];
                for (int r = 0; r < n; r++) {
                    if (values[r] == null) continue;
                    out[r] = parseLogical(values[r]);
                    if (out[r] == null) {
                        throw new DataLoadException(source, rows.get(r).line(), c + 1, "column '" + name
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

    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile(
            "\\d{4}-\\d{1,2}-\\d{1,2}([ T]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z?)?|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}");

    private static boolean allDates(String[] values) {
        for (String v : values) if (v != null && !DATE.matcher(v).matches()) return false;
        return true;
    }

    private static String firstPresent(String[] values) {
        for (String v : values) if (v != null) return v;
        return "";
    }

    private static String shownNa(CsvOptions options) {
        List<String> shown = new ArrayList<>();
        for (String s : options.naStrings()) shown.add(s.isEmpty() ? "an empty field" : s);
        return shown.isEmpty() ? "none are set" : String.join(", ", shown);
    }

    private static String firstWithOtherMark(String[] values, char mark) {
        for (String v : values) if (v != null && NumberText.hasOtherDecimalMark(v, mark)) return v;
        return "";
    }

    private static List<String> nonNull(String[] values) {
        List<String> out = new ArrayList<>();
        for (String v : values) if (v != null) out.add(v);
        return out;
    }

    /** True if {@code s} reads as a number (including NaN and infinity) with '.' as the decimal mark. */
    static boolean looksNumeric(String s) {
        return NumberText.kind(s, '.') != NumberText.Kind.NOT_A_NUMBER;
    }

    private static Boolean parseLogical(String s) {
        if (s.equals("TRUE") || s.equals("true") || s.equals("True")) return Boolean.TRUE;
        if (s.equals("FALSE") || s.equals("false") || s.equals("False")) return Boolean.FALSE;
        return null;
    }

    /** Strict decoding in the chosen character set with a binary-file check; drops a leading UTF-8 byte-order mark. */
    private static String decode(String source, byte[] bytes, String encoding) throws DataLoadException {
        Charset charset = Charset.forName(encoding);
        boolean utf8 = charset.equals(StandardCharsets.UTF_8);
        int probe = charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32") ? 0 : Math.min(bytes.length, BINARY_PROBE);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                int[] lc = lineAndColumn(bytes, i);
                throw new DataLoadException(source, lc[0], 0, "this looks like a binary file, not CSV text (a zero byte at character "
                        + lc[1] + "); expected UTF-8 text. Fix: choose the CSV file (compressed files must be unpacked first)");
            }
        }
        int start = utf8 && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder dec = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, (long) Math.ceil(bytes.length * (double) dec.maxCharsPerByte()) + 1));
        var result = dec.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            int[] lc = lineAndColumn(bytes, at);
            String what = at < BINARY_PROBE && utf8 ? "this does not look like UTF-8 text (it may be a binary or compressed file)"
                    : "invalid " + charset.name() + " byte 0x" + Integer.toHexString(bytes[at] & 0xFF);
            throw new DataLoadException(source, lc[0], 0, what + " at character " + lc[1]
                    + "; expected " + charset.name() + " text. Fix: choose the file's encoding in the import options"
                    + (utf8 ? " (e.g. windows-1252 or ISO-8859-1 for older spreadsheet exports)" : "")
                    + ", or save the file as UTF-8 CSV");
        }
        try {
            dec.flush(out);
        } catch (IllegalStateException e) {
            throw new DataLoadException(source, 0, 0, "could not decode the file as " + charset.name() + ": " + e.getMessage());
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
