package org.blocktune.core.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records (RFC 4180 with a configurable delimiter and quote). Empty lines
 * are skipped. Records remember the line they start on; errors name line and character.
 */
final class CsvTokenizer {
    /** One record: its fields, which were quoted, and the 1-based line where it starts. */
    record Row(String[] fields, boolean[] quoted, int line) { }

    private final String source;
    private final String text;
    private final char delim;
    private final char quote;
    private int pos;
    private int line = 1;
    private int lineStart;

    CsvTokenizer(String source, String text, char delim, char quote) {
        this(source, text, delim, quote, 0);
    }

    /** Starts after the first {@code skipLines} physical lines of {@code text}; line numbers stay those of the file. */
    CsvTokenizer(String source, String text, char delim, char quote, int skipLines) {
        this.source = source;
        this.text = text;
        this.delim = delim;
        this.quote = quote;
        while (line <= skipLines && pos < text.length()) {
            if (isLineBreak(text.charAt(pos))) consumeLineBreak(); else pos++;
        }
        if (line <= skipLines) pos = text.length();
    }

    /** All records of the text. */
    List<Row> readAll() throws DataLoadException {
        List<Row> rows = new ArrayList<>();
        Row r;
        while ((r = next()) != null) rows.add(r);
        return rows;
    }

    private Row next() throws DataLoadException {
        // skip empty lines
        while (pos < text.length() && isLineBreak(text.charAt(pos))) consumeLineBreak();
        if (pos >= text.length()) return null;
        int startLine = line;
        List<String> fields = new ArrayList<>();
        List<Boolean> quoted = new ArrayList<>();
        while (true) {
            int fieldNo = fields.size() + 1;
            if (pos < text.length() && text.charAt(pos) == quote) {
                fields.add(readQuoted(fieldNo));
                quoted.add(true);
            } else {
                fields.add(readUnquoted(fieldNo));
                quoted.add(false);
            }
            if (pos >= text.length()) break;
            char c = text.charAt(pos);
            if (c == delim) {
                pos++;
                continue;
            }
            consumeLineBreak();
            break;
        }
        boolean[] q = new boolean[quoted.size()];
        for (int i = 0; i < q.length; i++) q[i] = quoted.get(i);
        return new Row(fields.toArray(new String[0]), q, startLine);
    }

    private String readUnquoted(int fieldNo) throws DataLoadException {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == delim || isLineBreak(c)) break;
            if (c == quote) {
                throw new DataLoadException(source, line, fieldNo, "a quote character " + quote
                        + " appears inside an unquoted field (character " + (pos - lineStart + 1)
                        + "); expected quotes only around a whole field. Fix: enclose the field in quotes and write the inner quote twice");
            }
            pos++;
        }
        return text.substring(start, pos);
    }

    private String readQuoted(int fieldNo) throws DataLoadException {
        int openLine = line;
        int openChar = pos - lineStart + 1;
        pos++; // opening quote
        StringBuilder sb = null;
        int chunk = pos;
        while (true) {
            if (pos >= text.length()) {
                throw new DataLoadException(source, openLine, fieldNo, "unterminated quote: the field opened by the quote at character "
                        + openChar + " is never closed before the end of the file. Fix: add the closing quote " + quote);
            }
            char c = text.charAt(pos);
            if (c == quote) {
                if (pos + 1 < text.length() && text.charAt(pos + 1) == quote) {
                    if (sb == null) sb = new StringBuilder();
                    sb.append(text, chunk, pos + 1);
                    pos += 2;
                    chunk = pos;
                    continue;
                }
                String value = sb == null ? text.substring(chunk, pos) : sb.append(text, chunk, pos).toString();
                pos++; // closing quote
                if (pos < text.length()) {
                    char after = text.charAt(pos);
                    if (after != delim && !isLineBreak(after)) {
                        throw new DataLoadException(source, line, fieldNo, "unexpected '" + after + "' after the closing quote (character "
                                + (pos - lineStart + 1) + "); expected the delimiter '" + delim
                                + "' or the end of the line. Fix: quote the whole field and write inner quotes twice");
                    }
                }
                return value;
            }
            if (c == '\n' || (c == '\r' && !(pos + 1 < text.length() && text.charAt(pos + 1) == '\n'))) {
                pos++;
                line++;
                lineStart = pos;
                continue;
            }
            pos++;
        }
    }

    private static boolean isLineBreak(char c) { return c == '\n' || c == '\r'; }

    private void consumeLineBreak() {
        if (text.charAt(pos) == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') pos++;
        pos++;
        line++;
        lineStart = pos;
    }
}
