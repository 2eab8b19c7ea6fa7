package org.blocktune.app.editor.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.app.editor.model.Position;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.OutcomeShape;
import org.blocktune.core.spec.Shape;

/**
 * The editor's part of a project file, kept in the project's opaque {@code layout} node: block
 * positions and the data shape the spec is checked against while no data is loaded.
 * <pre>{"positions": {"tower_a": {"x": 12.5, "y": 300.25}},
 *  "dataShape": {"inputs": {"input": [44]}, "outputs": {"output": {"classification": true, "width": 2}}}}</pre>
 */
final class EditorLayout {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EditorLayout() {
    }

    static ObjectNode toJson(Map<String, Position> positions, DataShape data) {
        ObjectNode o = NODES.objectNode();
        ObjectNode pos = o.putObject("positions");
        positions.forEach((name, p) -> pos.putObject(name).put("x", p.x()).put("y", p.y()));
        ObjectNode shape = o.putObject("dataShape");
        ObjectNode ins = shape.putObject("inputs");
        data.inputs().forEach((k, v) -> {
            ArrayNode a = ins.putArray(k);
            v.dims().forEach(a::add);
        });
        ObjectNode outs = shape.putObject("outputs");
        data.outputs().forEach((k, v) -> outs.putObject(k).put("classification", v.classification())
                .put("width", v.width()));
        return o;
    }

    /** Block positions; nodes without a position are left out (the editor places them). */
    static Map<String, Position> positions(JsonNode layout) {
        Map<String, Position> out = new LinkedHashMap<>();
        layout.path("positions").fields().forEachRemaining(e -> {
            JsonNode p = e.getValue();
            if (p.path("x").isNumber() && p.path("y").isNumber()) {
                out.put(e.getKey(), new Position(p.path("x").asDouble(), p.path("y").asDouble()));
            }
        });
        return out;
    }

    /**
     * The data shape stored under {@code inputs}/{@code outputs} of {@code d}; iris-like data
     * (4 features, 3 classes) when there is none.
     *
     * @throws IllegalArgumentException when the stored shape is not valid
     */
    static DataShape dataShape(JsonNode d) {
        if (d.isMissingNode() || !d.has("inputs")) {
            return DataShape.classification(Shape.flat(4), 3);
        }
        Map<String, Shape> ins = new LinkedHashMap<>();
        d.path("inputs").fields().forEachRemaining(e -> {
            List<Integer> dims = new ArrayList<>();
            e.getValue().forEach(x -> dims.add(x.asInt()));
            ins.put(e.getKey(), new Shape(dims));
        });
        Map<String, OutcomeShape> outs = new LinkedHashMap<>();
        d.path("outputs").fields().forEachRemaining(e -> outs.put(e.getKey(),
                new OutcomeShape(e.getValue().path("classification").asBoolean(), e.getValue().path("width").asInt())));
        return new DataShape(ins, outs);
    }
}
