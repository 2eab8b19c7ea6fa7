package org.blocktune.app.data;

/**
 * Why data could not be loaded, located when the reader knows where.
 *
 * @param source   file or example name
 * @param line     1-based line, or 0
 * @param column   1-based column (field), or 0
 * @param message  what is wrong and how to fix it
 * @param lineText the text of the line at fault (CSV files), or null
 */
public record LoadProblem(String source, int line, int column, String message, String lineText) {

    /** E.g. "line 7, column 3" (empty when not located). */
    public String where() {
        if (line <= 0) {
            return "";
        }
        return "line " + line + (column > 0 ? ", column " + column : "");
    }
}
