package org.blocktune.app.workbench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidate rows made from the search space and the grid settings.
 *
 * @param names   the tuned arguments (grid columns), in kerasnip order; empty when nothing is tuned
 * @param rows    one map per candidate; a single empty row when nothing is tuned (the model as it is)
 * @param problem why no grid could be made (then {@code rows} is empty), else null
 */
public record Candidates(List<String> names, List<Map<String, Object>> rows, String problem) {

    public Candidates {
        names = List.copyOf(names);
        rows = rows.stream().map(r -> Collections.unmodifiableMap(new LinkedHashMap<>(r))).toList();
    }

    /** The one candidate of an untuned model. */
    public static Candidates untuned() {
        return new Candidates(List.of(), List.of(Map.of()), null);
    }

    /** No grid, with the reason. */
    public static Candidates failed(List<String> names, String problem) {
        return new Candidates(names, List.of(), problem);
    }

    public int size() {
        return rows.size();
    }
}
