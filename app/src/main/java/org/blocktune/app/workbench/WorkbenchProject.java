package org.blocktune.app.workbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.io.DataRef;
import org.blocktune.core.io.Project;
import org.blocktune.core.space.Domain;
import org.blocktune.core.space.Parameter;
import org.blocktune.core.space.ParameterSet;
import org.blocktune.core.tune.TuneControl;

/**
 * The workbench's part of a project file: the data reference with its roles and recipe, the
 * resampling, the tuned arguments' domains, the grid, the master seed, the metrics, the workers
 * and the run folder go to the project's own fields (so the command line runs the same job); the
 * per-argument levels of a regular grid and the rows kept after a dry run ("keep valid rows only"),
 * which the core format has no fields for, go to the {@code workbench} node of the layout (so the
 * command line runs every candidate of such a project). The editor's part is {@link org.blocktune.app.editor.io.ProjectCodec}'s.
 */
public final class WorkbenchProject {
    /** The layout node holding what only the workbench reads. */
    public static final String LAYOUT_KEY = "workbench";
    /** The layout field holding the rows kept after a dry run ("keep valid rows only"). */
    static final String KEPT = "kept";

    private WorkbenchProject() {
    }

    /**
     * {@code base} with the workbench's settings. Data whose origin cannot be stored (none loaded,
     * or loaded from a source the file cannot name) leaves the base's data reference as it was.
     */
    public static Project store(Workbench wb, Project base) {
        Project p = base;
        LoadedData d = wb.dataProperty().get();
        if (d != null && d.origin() != null) {
            p = p.withData(new DataRef(d.origin(), wb.rolesProperty().get(), wb.recipeProperty().get()));
        }
        Map<String, Domain> domains = new LinkedHashMap<>(wb.domainsProperty().get());
        for (Parameter x : wb.space().parameters()) {
            domains.putIfAbsent(x.name(), x.domain());
        }
        p = p.withSpace(ParameterSet.of(domains))
                .withGrid(wb.gridProperty().get())
                .withResampling(wb.resamplingProperty().get())
                .withMetrics(wb.metricsProperty().get())
                .withControl(new TuneControl(wb.workersProperty().get(), wb.seedProperty().get(),
                        base.control().savePredictions()))
                .withRunFolder(wb.runFolderProperty().get());
        ObjectNode layout = (ObjectNode) p.layout();
        ObjectNode own = layout.putObject(LAYOUT_KEY);
        ObjectNode levels = own.putObject("levels");
        wb.levelsProperty().get().forEach(levels::put);
        List<Map<String, Object>> kept = wb.keptProperty().get();
        if (kept != null) {
            ArrayNode rows = own.putArray(KEPT);
            for (Map<String, Object> row : kept) {
                ObjectNode r = rows.addObject();
                row.forEach((name, value) -> r.set(name, scalar(value)));
            }
        }
        return p.withLayout(layout);
    }

    /**
     * Puts the project's settings into the workbench (after the editor has opened its model, so the
     * tune marks are known). Data is not loaded here; see {@code DataScreen#loadSaved}. Forgets the
     * previous run's plan and results.
     */
    public static void restore(Project p, Workbench wb) {
        wb.resetSearch();
        wb.clearRun();
        for (Parameter x : p.space().parameters()) {
            wb.setDomain(x.name(), x.domain());
        }
        JsonNode levels = p.layout().path(LAYOUT_KEY).path("levels");
        levels.fields().forEachRemaining(e -> {
            if (e.getValue().canConvertToInt() && e.getValue().asInt() >= 1) {
                wb.setLevels(e.getKey(), e.getValue().asInt());
            }
        });
        wb.seedProperty().set(p.control().seed());
        wb.setGrid(p.grid());
        wb.resamplingProperty().set(p.resampling());
        wb.metricsProperty().set(p.metrics());
        wb.workersProperty().set(p.control().workers());
        wb.runFolderProperty().set(p.runFolder());
        wb.restoreKept(keptRows(p.layout().path(LAYOUT_KEY).path(KEPT)));
        wb.markSaved();
    }

    /** The kept rows stored in a project, or null when it has none (or they cannot be read). */
    private static List<Map<String, Object>> keptRows(JsonNode node) {
        if (!node.isArray() || node.isEmpty()) {
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
                if (v.isIntegralNumber()) {
                    row.put(e.getKey(), v.canConvertToInt() ? (Object) v.intValue() : (Object) v.longValue());
                } else if (v.isNumber()) {
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

    private static JsonNode scalar(Object value) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return f.numberNode(((Number) value).longValue());
        }
        if (value instanceof Number n) {
            return f.numberNode(n.doubleValue());
        }
        if (value instanceof Boolean b) {
            return f.booleanNode(b);
        }
        return value == null ? f.nullNode() : f.textNode(value.toString());
    }
}
