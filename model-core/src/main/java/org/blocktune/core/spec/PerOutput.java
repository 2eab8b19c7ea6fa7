package org.blocktune.core.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-output form of {@code compile_loss}, {@code compile_metrics} and {@code compile_loss_weights}
 * (kerasnip's named lists): {@code "price: mean_squared_error; cut: categorical_crossentropy"}, entries
 * separated by {@code ;}, each {@code <output>: <value>}. A text without {@code :} is one value for every
 * output.
 */
public final class PerOutput {
    private PerOutput() {
    }

    /** True when {@code text} is written per output ({@code name: value; ...}). */
    public static boolean isMap(String text) {
        return text != null && text.indexOf(':') >= 0;
    }

    /**
     * The entries of a per-output text, in order.
     *
     * @throws IllegalArgumentException naming the malformed entry
     */
    public static Map<String, String> parse(String arg, String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int colon = part.indexOf(':');
            String name = colon < 0 ? "" : part.substring(0, colon).trim();
            String value = colon < 0 ? "" : part.substring(colon + 1).trim();
            if (name.isEmpty() || value.isEmpty()) {
                throw new IllegalArgumentException(arg + " per output is written 'output_1: value; output_2: value'; '"
                        + part.trim() + "' is not of that form");
            }
            if (out.put(name, value) != null) {
                throw new IllegalArgumentException(arg + " names output '" + name + "' twice");
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(arg + " per output is empty; write 'output_1: value; output_2: value'");
        }
        return out;
    }

    /**
     * The value of each of {@code outputs} (in order) from {@code text}: the same text for all, or the
     * per-output entry. Adds a problem naming both sides when the entries and the outputs do not match.
     *
     * @param missing value for an output the map leaves out, or null to require every output
     * @return the values, or null when there is a problem
     */
    static List<String> values(String arg, String text, List<String> outputs, String missing, List<Problem> out) {
        if (!isMap(text)) {
            return java.util.Collections.nCopies(outputs.size(), text);
        }
        Map<String, String> map;
        try {
            map = parse(arg, text);
        } catch (IllegalArgumentException e) {
            out.add(Problem.error(null, arg, e.getMessage()));
            return null;
        }
        List<String> unknown = map.keySet().stream().filter(k -> !outputs.contains(k)).toList();
        List<String> absent = outputs.stream().filter(o -> !map.containsKey(o)).toList();
        if (!unknown.isEmpty() || (missing == null && !absent.isEmpty())) {
            out.add(Problem.error(null, arg, arg + " names " + SpecChecker.quoted(List.copyOf(map.keySet()))
                    + " but the outputs are " + SpecChecker.quoted(outputs)
                    + (unknown.isEmpty() ? "" : "; " + SpecChecker.quoted(unknown) + (unknown.size() == 1 ? " is" : " are")
                    + " not an output") + (absent.isEmpty() || missing != null ? "" : "; give a value for "
                    + SpecChecker.quoted(absent)) + ". Use the output block names (each named after its outcome)"));
            return null;
        }
        return outputs.stream().map(o -> map.getOrDefault(o, missing)).toList();
    }
}
