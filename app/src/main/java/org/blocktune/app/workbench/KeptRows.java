package org.blocktune.app.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.blocktune.core.space.RowValues;

/**
 * Finds kept candidate rows read back from a project file among the candidates worked out again
 * from the search space. Numbers compare by value, so 8 read as a long still matches the grid's
 * integer 8 ({@link RowValues}).
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
            Map<String, Object> found = candidates.stream().filter(c -> RowValues.sameRow(k, c)).findFirst().orElse(null);
            if (found == null) {
                return null;
            }
            out.add(found);
        }
        return List.copyOf(out);
    }
}
