package org.blocktune.core.compile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.spec.NetworkSummary;
import org.blocktune.core.spec.Problem;

/**
 * The dry-run result of one grid row.
 *
 * @param index      0-based row number in the grid
 * @param values     the row's argument values as given
 * @param ok         true when the network was built and initialised
 * @param paramCount DL4J's parameter count (0 on error)
 * @param summary    layer summary (null on error)
 * @param problems   problems found (errors and warnings)
 * @param error      plain-language error message (null when ok)
 */
public record CompiledRow(int index, Map<String, Object> values, boolean ok, long paramCount, NetworkSummary summary,
                          List<Problem> problems, String error) {

    public CompiledRow {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        problems = List.copyOf(problems);
    }

    /** The blocks named by this row's error problems (to highlight them in the editor). */
    public List<String> blocksAtFault() {
        return problems.stream().filter(Problem::isError).map(Problem::node).filter(n -> n != null).distinct().toList();
    }
}
