package org.blocktune.core.compile;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The dry run of a whole grid: one {@link CompiledRow} per grid row, in grid order.
 *
 * @param rows      the rows that were processed
 * @param cancelled true when the run was cancelled before every row was done
 */
public record CompileGridResult(List<CompiledRow> rows, boolean cancelled) {

    public CompileGridResult {
        rows = List.copyOf(rows);
    }

    /** Rows that built fine. */
    public List<CompiledRow> validRows() {
        return rows.stream().filter(CompiledRow::ok).toList();
    }

    /** The argument values of the rows that built fine ("keep valid rows only"). */
    public List<Map<String, Object>> validGrid() {
        return validRows().stream().map(CompiledRow::values).toList();
    }

    /** Rows that failed. */
    public List<CompiledRow> failedRows() {
        return rows.stream().filter(r -> !r.ok()).toList();
    }

    /** Headline such as "3 of 27 models failed to compile." */
    public String headline() {
        int failed = failedRows().size();
        if (failed == 0) {
            return rows.size() == 1 ? "The model compiled successfully."
                    : "All " + rows.size() + " models compiled successfully.";
        }
        return failed + " of " + rows.size() + " model" + (rows.size() == 1 ? "" : "s") + " failed to compile.";
    }

    /**
     * Error summary like kerasnip's {@code inform_errors()}: the headline, then the values and message of
     * the first {@code n} failing rows.
     */
    public String errorSummary(int n) {
        StringBuilder sb = new StringBuilder(headline()).append('\n');
        List<CompiledRow> failed = failedRows();
        for (int i = 0; i < Math.min(n, failed.size()); i++) {
            CompiledRow r = failed.get(i);
            sb.append("\nError ").append(i + 1).append('/').append(failed.size())
                    .append(" (row ").append(r.index() + 1).append(")\n");
            sb.append("  Hyperparameters: ").append(r.values().entrySet().stream()
                    .map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", "))).append('\n');
            sb.append("  Error: ").append(r.error().replace("\n", "\n         ")).append('\n');
        }
        if (failed.size() > n) {
            sb.append("\n... and ").append(failed.size() - n).append(" more errors.\n");
        }
        return sb.toString();
    }
}
