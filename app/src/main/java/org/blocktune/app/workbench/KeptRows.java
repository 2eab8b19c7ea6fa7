package org.blocktune.app.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds kept candidate rows read back from a project file among the candidates worked out again
 * from the search space. Numbers compare by value, so 8 read as a long still matches the grid's
 * integer 8.
 */
final class KeptRows {
    private KeptRows() {
    }

    /**
     * The candidates equal to the {@code kept} rows, in the kept rows' order, or null when one of
     * them is not among the candidates (the search space changed: the kept rows no longer apply).
     */
    static List<Map<String, Object>> match(List<Map<String, Object>> kept, List<Map<String, Object>> candidates) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> k : kept) {
            Map<String, Object> found = candidates.stream().filter(c -> same(k, c)).findFirst().orElse(null);
            if (found == null) {
                return null;
            }
            out.add(found);
        }
        return List.copyOf(out);
    }

    private static boolean same(Map<String, Object> a, Map<String, Object> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (var e : a.entrySet()) {
            Object x = e.getValue();
            Object y = b.get(e.getKey());
            boolean equal = x instanceof Number n && y instanceof Number m
                    ? Double.compare(n.doubleValue(), m.doubleValue()) == 0 : Objects.equals(x, y);
            if (!equal) {
                return false;
            }
        }
        return true;
    }
}
