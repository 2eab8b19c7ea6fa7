package org.blocktune.core.data;

import java.io.IOException;

/**
 * Malformed input found while loading data. Carries where the problem is (1-based line and
 * column, 0 when not applicable), what was expected and how to fix it.
 */
public final class DataLoadException extends IOException {
    private final String source;
    private final int line;
    private final int column;
    private final String problem;

    /** {@code column} is the 1-based field (CSV column) number, or 0 if the problem is not in one field. */
    public DataLoadException(String source, int line, int column, String problem) {
        super(format(source, line, column, problem));
        this.source = source;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    private static String format(String source, int line, int column, String problem) {
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) sb.append(", line ").append(line);
        if (column > 0) sb.append(", column ").append(column);
        return sb.append(": ").append(problem).toString();
    }

    /** The file or source name. */
    public String source() { return source; }

    /** 1-based line number, or 0. */
    public int line() { return line; }

    /** 1-based column (field) number, or 0. */
    public int column() { return column; }

    /** What is wrong, what was expected and how to fix it (without the location). */
    public String problem() { return problem; }
}
