package org.blocktune.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.space.BayesianSettings;
import org.blocktune.core.space.Direction;
import org.blocktune.core.space.Domain;
import org.blocktune.core.space.GridSettings;
import org.blocktune.core.space.Parameter;
import org.blocktune.core.space.ParameterSet;
import org.blocktune.core.space.Transform;

/**
 * Reads and writes search spaces ({@link ParameterSet}) and {@link GridSettings} as JSON.
 * <pre>[{"name": "body_units", "domain": "int", "lower": 8, "upper": 256, "transform": "log2"},
 *  {"name": "learn_rate", "domain": "real", "lower": 1.0E-4, "upper": 0.1, "transform": "log10", "upperOpen": false},
 *  {"name": "compile_optimizer", "domain": "values", "values": ["adam", "sgd"]}]
 * {"kind": "bayesian", "levels": 3, "size": 10, "seed": 0,
 *  "bayesian": {"direction": "maximize", "initialSize": 5, "iterations": 10, "noImprovementLimit": 10, "seed": 0}}</pre>
 * Value sets hold text, numbers and true/false; whole numbers read back as {@link Integer}
 * (or {@link Long} when too large), other numbers as {@link Double}.
 */
public final class SpaceJson {
    private static final String INT = "int";
    private static final String REAL = "real";
    private static final String VALUES = "values";

    private SpaceJson() {
    }

    /**
     * JSON list of the parameters, in order.
     *
     * @throws IllegalArgumentException if a value set holds something other than text, numbers or booleans
     */
    public static ArrayNode toJson(ParameterSet space) {
        ArrayNode a = JsonFields.array();
        for (Parameter p : space.parameters()) {
            ObjectNode o = a.addObject();
            o.put("name", p.name());
            if (p.domain() instanceof Domain.IntRange r) {
                o.put("domain", INT).put("lower", r.lower()).put("upper", r.upper())
                        .put("transform", JsonFields.name(r.transform()));
            } else if (p.domain() instanceof Domain.RealRange r) {
                o.put("domain", REAL);
                o.set("lower", JsonFields.real(r.lower()));
                o.set("upper", JsonFields.real(r.upper()));
                o.put("transform", JsonFields.name(r.transform())).put("upperOpen", r.upperOpen());
            } else if (p.domain() instanceof Domain.ValueSet v) {
                o.put("domain", VALUES);
                ArrayNode values = o.putArray("values");
                v.values().forEach(x -> values.add(JsonFields.scalar(x, "parameter '" + p.name() + "'")));
            }
        }
        return a;
    }

    /**
     * JSON object of grid settings; {@code bayesian} is left out when absent, {@code parameterLevels}
     * (a regular grid's levels of single parameters, e.g. {@code {"learn_rate": 2}}) when empty.
     */
    public static ObjectNode toJson(GridSettings grid) {
        ObjectNode o = JsonFields.object();
        o.put("kind", JsonFields.name(grid.kind())).put("levels", grid.levels()).put("size", grid.size())
                .put("seed", grid.seed());
        if (grid.bayesian() != null) {
            BayesianSettings b = grid.bayesian();
            o.putObject("bayesian").put("direction", JsonFields.name(b.direction()))
                    .put("initialSize", b.initialSize()).put("iterations", b.iterations())
                    .put("noImprovementLimit", b.noImprovementLimit()).put("seed", b.seed());
        }
        if (!grid.parameterLevels().isEmpty()) {
            ObjectNode per = o.putObject("parameterLevels");
            grid.parameterLevels().forEach(per::put);
        }
        return o;
    }

    /** Text form of a search space. */
    public static String write(ParameterSet space) {
        return JsonFields.write(toJson(space));
    }

    /** Text form of grid settings. */
    public static String write(GridSettings grid) {
        return JsonFields.write(toJson(grid));
    }

    /** Parses a search space from text; errors are located under {@code space}. */
    public static ParameterSet readSpace(String json) throws ProjectFormatException {
        return spaceFromJson(JsonFields.parse(json, "space"), "space");
    }

    /** Parses grid settings from text; errors are located under {@code grid}. */
    public static GridSettings readGrid(String json) throws ProjectFormatException {
        return gridFromJson(JsonFields.parse(json, "grid"), "grid");
    }

    /**
     * Parses a search space found at {@code path}.
     *
     * @throws ProjectFormatException saying what is wrong and where, e.g. {@code space[1].upper}
     */
    public static ParameterSet spaceFromJson(JsonNode json, String path) throws ProjectFormatException {
        JsonFields.requireArray(json, path);
        List<Parameter> out = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            String at = path + "[" + i + "]";
            JsonNode o = JsonFields.requireObject(json.get(i), at);
            String name = JsonFields.text(o, "name", at);
            Parameter p;
            try {
                p = new Parameter(name, domain(o, at));
            } catch (IllegalArgumentException e) {
                throw new ProjectFormatException(at, "parameter '" + name + "': " + e.getMessage());
            }
            if (out.stream().anyMatch(q -> q.name().equals(name))) {
                throw new ProjectFormatException(at + ".name", "parameter '" + name
                        + "' appears twice; remove one of them");
            }
            out.add(p);
        }
        return new ParameterSet(out);
    }

    /**
     * Parses grid settings found at {@code path}.
     *
     * @throws ProjectFormatException saying what is wrong and where
     */
    public static GridSettings gridFromJson(JsonNode json, String path) throws ProjectFormatException {
        JsonFields.requireObject(json, path);
        GridSettings.Kind kind = JsonFields.enumValue(json, "kind", GridSettings.Kind.class, "grid kind", path);
        int levels = JsonFields.integer(json, "levels", path);
        int size = JsonFields.integer(json, "size", path);
        long seed = JsonFields.longInteger(json, "seed", path);
        BayesianSettings bayesian = null;
        JsonNode b = json.get("bayesian");
        if (b != null && !b.isNull()) {
            String at = path + ".bayesian";
            JsonFields.requireObject(b, at);
            Direction direction = JsonFields.enumValue(b, "direction", Direction.class, "direction", at);
            try {
                bayesian = new BayesianSettings(direction, JsonFields.integer(b, "initialSize", at),
                        JsonFields.integer(b, "iterations", at), JsonFields.integer(b, "noImprovementLimit", at),
                        JsonFields.longInteger(b, "seed", at));
            } catch (IllegalArgumentException e) {
                throw new ProjectFormatException(at, e.getMessage());
            }
        }
        Map<String, Integer> perParameter = new LinkedHashMap<>();
        JsonNode per = json.get("parameterLevels");
        if (per != null && !per.isNull()) {
            String at = path + ".parameterLevels";
            JsonFields.requireObject(per, at);
            for (Iterator<String> it = per.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                perParameter.put(name, JsonFields.integer(per, name, at));
            }
        }
        try {
            return new GridSettings(kind, levels, size, seed, bayesian, perParameter);
        } catch (IllegalArgumentException e) {
            throw new ProjectFormatException(path, e.getMessage());
        }
    }

    private static Domain domain(JsonNode o, String at) throws ProjectFormatException {
        String kind = JsonFields.text(o, "domain", at);
        switch (kind) {
            case INT:
                return new Domain.IntRange(JsonFields.integer(o, "lower", at), JsonFields.integer(o, "upper", at),
                        transform(o, at));
            case REAL:
                return new Domain.RealRange(JsonFields.real(o, "lower", at), JsonFields.real(o, "upper", at),
                        transform(o, at), o.has("upperOpen") && JsonFields.bool(o, "upperOpen", at));
            case VALUES: {
                JsonNode values = JsonFields.requireArray(o.get("values"), at + ".values");
                List<Object> out = new ArrayList<>();
                for (int i = 0; i < values.size(); i++) {
                    out.add(JsonFields.scalar(values.get(i), at + ".values[" + i + "]"));
                }
                return new Domain.ValueSet(out);
            }
            default:
                throw new ProjectFormatException(at + ".domain", "unknown domain '" + kind + "'; known: "
                        + INT + ", " + REAL + ", " + VALUES);
        }
    }

    /** The transform; a missing field means identity. */
    private static Transform transform(JsonNode o, String at) throws ProjectFormatException {
        return o.has("transform") ? JsonFields.enumValue(o, "transform", Transform.class, "transform", at)
                : Transform.IDENTITY;
    }
}
