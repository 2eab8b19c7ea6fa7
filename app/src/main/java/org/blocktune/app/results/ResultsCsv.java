package org.blocktune.app.results;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The results table as CSV: one line per candidate (in the order given) with its id, tuned values,
 * per metric {@code <metric>_mean}, {@code <metric>_std_err}, {@code <metric>_n}, then the counts of
 * successful and failed fits. Full precision; empty cells for missing values.
 */
final class ResultsCsv {
    private ResultsCsv() {
    }

    static void write(Path file, List<CandidateRow> rows, List<String> parameters, List<String> metrics)
            throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            List<String> header = new ArrayList<>();
            header.add("candidate");
            header.addAll(parameters);
            for (String m : metrics) {
                header.add(m + "_mean");
                header.add(m + "_std_err");
                header.add(m + "_n");
            }
            header.add("ok_fits");
            header.add("failed_fits");
            line(w, header);
            for (CandidateRow r : rows) {
                List<String> cells = new ArrayList<>();
                cells.add(r.id());
                for (String p : parameters) {
                    Object v = r.value(p);
                    cells.add(v == null ? "" : String.valueOf(v));
                }
                for (String m : metrics) {
                    cells.add(Numbers.exact(r.mean(m)));
                    cells.add(Numbers.exact(r.stdErr(m)));
                    cells.add(String.valueOf(r.n(m)));
                }
                cells.add(String.valueOf(r.okFits()));
                cells.add(String.valueOf(r.failedFits()));
                line(w, cells);
            }
        }
    }

    private static void line(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(quote(cells.get(i)));
        }
        w.write('\n');
    }

    private static String quote(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
