package org.blocktune.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How a command prints its result table: aligned text, CSV, or JSON (an array of objects). */
public enum OutputFormat {
    TABLE, CSV, JSON;

    /** Renders {@code rows} in this format, ending with a newline. */
    public String render(Rows rows) {
        return switch (this) {
            case TABLE -> table(rows);
            case CSV -> csv(rows);
            case JSON -> json(rows);
        };
    }

    /** Text of one cell: numbers with up to 4 significant decimals, empty for null. */
    static String cell(Object v) {
        if (v == null) return "";
        if (v instanceof Double d) {
            if (d.isNaN()) return "NaN";
            if (d == Math.rint(d) && Math.abs(d) < 1e15) return String.valueOf(d.longValue());
            double a = Math.abs(d);
            return a != 0 && (a < 1e-3 || a >= 1e7) ? String.format(Locale.ROOT, "%.3e", d) : String.format(Locale.ROOT, "%.4f", d);
        }
        if (v instanceof Float f) return cell(f.doubleValue());
        return String.valueOf(v);
    }

    private static String table(Rows rows) {
        int n = rows.columns().size();
        int[] width = new int[n];
        boolean[] numeric = new boolean[n];
        for (int c = 0; c < n; c++) {
            width[c] = rows.columns().get(c).length();
            numeric[c] = !rows.rows().isEmpty();
            for (List<Object> r : rows.rows()) {
                width[c] = Math.max(width[c], cell(r.get(c)).length());
                if (r.get(c) != null && !(r.get(c) instanceof Number)) numeric[c] = false;
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, rows.columns().stream().map(Object.class::cast).toList(), width, numeric, false);
        for (int c = 0; c < n; c++) {
            if (c > 0) sb.append("  ");
            sb.append("-".repeat(width[c]));
        }
        sb.append('\n');
        for (List<Object> r : rows.rows()) line(sb, r, width, numeric, true);
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<Object> values, int[] width, boolean[] numeric, boolean cells) {
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < values.size(); c++) {
            String s = cells ? cell(values.get(c)) : String.valueOf(values.get(c));
            String pad = " ".repeat(width[c] - s.length());
            parts.add(numeric[c] ? pad + s : s + pad);
        }
        sb.append(String.join("  ", parts).stripTrailing()).append('\n');
    }

    private static String csv(Rows rows) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.join(",", rows.columns().stream().map(OutputFormat::quote).toList())).append('\n');
        for (List<Object> r : rows.rows()) {
            List<String> parts = new ArrayList<>();
            for (Object v : r) parts.add(v instanceof Number ? String.valueOf(v) : quote(v == null ? "" : String.valueOf(v)));
            sb.append(String.join(",", parts)).append('\n');
        }
        return sb.toString();
    }

    private static String quote(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    private static String json(Rows rows) {
        List<Map<String, Object>> maps = new ArrayList<>();
        for (int i = 0; i < rows.rows().size(); i++) maps.add(rows.row(i));
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(maps) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("could not write the results as JSON: " + e.getMessage(), e);
        }
    }
}
