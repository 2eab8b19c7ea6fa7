package org.blocktune.app.editor.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.io.Project;
import org.blocktune.core.space.GridSettings;

/**
 * Moves what earlier BlockTune versions saved in the layout's {@code "workbench"} node, which the
 * command line never read, to the project's own fields: the rows a dry run kept ({@code "kept"}) to
 * {@link Project#keptCandidates()}, and a regular grid's per-argument levels ({@code "levels"}) to
 * the grid's {@link GridSettings#parameterLevels()}. Opening such a file keeps both, and the GUI
 * and the command line run the same candidates.
 */
public final class OldLayoutSettings {
    /** The layout node the workbench keeps its own settings in. */
    static final String WORKBENCH = "workbench";
    /** The old fields of that node. */
    static final String KEPT = "kept";
    static final String LEVELS = "levels";

    private OldLayoutSettings() {
    }

    /**
     * {@code p} with the layout's old kept rows and levels in the project's fields and the old fields
     * removed. What the project already has wins; old rows that are not lists of plain values and
     * levels that are not whole numbers of at least 1 (which earlier versions ignored too) are dropped,
     * as are levels of arguments the project does not tune.
     */
    public static Project migrate(Project p) {
        JsonNode layout = p.layout();
        JsonNode own = layout.path(WORKBENCH);
        if (!own.isObject() || !own.has(KEPT) && !own.has(LEVELS)) {
            return p;
        }
        List<Map<String, Object>> rows = own.has(KEPT) ? rows(own.get(KEPT)) : null;
        Map<String, Integer> levels = levels(own.path(LEVELS), p);
        ((ObjectNode) own).remove(List.of(KEPT, LEVELS));
        if (own.isEmpty()) {
            ((ObjectNode) layout).remove(WORKBENCH);
        }
        Project moved = p.withLayout(layout);
        if (!levels.isEmpty()) {
            Map<String, Integer> merged = new LinkedHashMap<>(levels);
            merged.putAll(p.grid().parameterLevels());
            moved = moved.withGrid(p.grid().withParameterLevels(merged));
        }
        return p.hasKeptCandidates() || rows == null ? moved : moved.withKeptCandidates(rows);
    }

    /** The old levels of the project's tuned arguments. */
    private static Map<String, Integer> levels(JsonNode node, Project p) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (var e : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
            JsonNode v = e.getValue();
            if (p.tuned().contains(e.getKey()) && v.isIntegralNumber() && v.canConvertToInt() && v.intValue() >= 1) {
                out.put(e.getKey(), v.intValue());
            }
        }
        return out;
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
