package org.blocktune.app.editor.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.io.Project;

/**
 * Moves the rows a dry run kept from where earlier BlockTune versions saved them (the
 * {@code "kept"} list of the layout's {@code "workbench"} node, which the command line never read)
 * to the project's own {@link Project#keptCandidates()}, so opening such a file keeps its rows and
 * the GUI and the command line run the same candidates.
 */
public final class OldKeptRows {
    /** The layout node the workbench keeps its own settings in. */
    static final String WORKBENCH = "workbench";
    /** The old field of that node. */
    static final String KEPT = "kept";

    private OldKeptRows() {
    }

    /**
     * {@code p} with the layout's old kept rows as its kept candidates and the old field removed.
     * Kept candidates the project already has win; old rows that are not lists of plain values
     * (which earlier versions ignored too) are dropped.
     */
    public static Project migrate(Project p) {
        JsonNode layout = p.layout();
        JsonNode own = layout.path(WORKBENCH);
        if (!own.isObject() || !own.has(KEPT)) {
            return p;
        }
        List<Map<String, Object>> rows = rows(own.get(KEPT));
        ((ObjectNode) own).remove(KEPT);
        Project moved = p.withLayout(layout);
        return p.hasKeptCandidates() || rows == null ? moved : moved.withKeptCandidates(rows);
    }

    /** The old rows, or null when they cannot be read. */
    private static List<Map<String, Object>> rows(JsonNode node) {
        if (!node.isArray()) {
            return null;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (JsonNode r : node) {
            if (!r.isObject()) {
                return null;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            for (var e : (Iterable<Map.Entry<String, JsonNode>>) r::fields) {
                JsonNode v = e.getValue();
                if (v.isIntegralNumber() && v.canConvertToLong()) {
                    row.put(e.getKey(), v.canConvertToInt() ? (Object) v.intValue() : (Object) v.longValue());
                } else if (v.isFloatingPointNumber()) {
                    row.put(e.getKey(), v.doubleValue());
                } else if (v.isBoolean()) {
                    row.put(e.getKey(), v.booleanValue());
                } else if (v.isTextual()) {
                    row.put(e.getKey(), v.textValue());
                } else {
                    return null;
                }
            }
            rows.add(row);
        }
        return rows;
    }
}
