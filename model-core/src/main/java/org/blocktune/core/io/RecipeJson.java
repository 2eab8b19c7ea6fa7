package org.blocktune.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.recipe.DropMissing;
import org.blocktune.core.data.recipe.Dummy;
import org.blocktune.core.data.recipe.FilterRows;
import org.blocktune.core.data.recipe.LogTransform;
import org.blocktune.core.data.recipe.PoolRare;
import org.blocktune.core.data.recipe.RemoveColumns;
import org.blocktune.core.data.recipe.YeoJohnson;
import org.blocktune.core.data.recipe.FittedStep;
import org.blocktune.core.data.recipe.Impute;
import org.blocktune.core.data.recipe.Normalize;
import org.blocktune.core.data.recipe.PreppedRecipe;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.data.recipe.ScaleImages;
import org.blocktune.core.data.recipe.Step;
import org.blocktune.core.data.recipe.ZeroVariance;

/**
 * Reads and writes preprocessing recipes, prepped recipes and {@link Roles} as JSON. Each step
 * names its kind in {@code "step"} (the names of the recipe types' Jackson annotations: impute,
 * normalize, dummy, zero_variance, scale_images, and since project format 3 drop_missing, filter_rows,
 * pool_rare, log, yeo_johnson, remove_columns); only these names are accepted.
 * <pre>{"steps": [{"step": "impute", "method": "median", "columns": []},
 *            {"step": "dummy", "oneHot": true, "columns": ["cut"]}]}
 * {"roles": {"outcomes": ["y"], "inputs": {"input": ["x", "c"]}},
 *  "levels": {"y": ["no", "yes"], "c": ["a", "b"]},
 *  "steps": [{"step": "normalize", "stats": {"x": {"mean": 2.0, "sd": 1.0}}}],
 *  "bakedRoles": {"outcomes": ["y"], "inputs": {"input": ["x", "c_b"]}}}</pre>
 * Unordered statistics (impute fill values, normalise statistics) are written sorted by column
 * name so that the same recipe always gives the same text.
 */
public final class RecipeJson {
    private static final String IMPUTE = "impute";
    private static final String NORMALIZE = "normalize";
    private static final String DUMMY = "dummy";
    private static final String ZERO_VARIANCE = "zero_variance";
    private static final String SCALE_IMAGES = "scale_images";
    private static final String DROP_MISSING = "drop_missing";
    private static final String FILTER_ROWS = "filter_rows";
    private static final String POOL_RARE = "pool_rare";
    private static final String LOG = "log";
    private static final String YEO_JOHNSON = "yeo_johnson";
    private static final String REMOVE_COLUMNS = "remove_columns";
    private static final List<String> KINDS = List.of(IMPUTE, NORMALIZE, DUMMY, ZERO_VARIANCE, SCALE_IMAGES, DROP_MISSING,
            FILTER_ROWS, POOL_RARE, LOG, YEO_JOHNSON, REMOVE_COLUMNS);

    /** True if {@code recipe} uses a step added in project format version 3 (the steps for dirty data). */
    public static boolean usesVersion3Steps(Recipe recipe) {
        return recipe.steps().stream().anyMatch(s -> s instanceof DropMissing || s instanceof FilterRows || s instanceof PoolRare
                || s instanceof LogTransform || s instanceof YeoJohnson || s instanceof RemoveColumns);
    }

    private RecipeJson() {
    }

    /** JSON tree of a recipe. */
    public static ObjectNode toJson(Recipe recipe) {
        ObjectNode o = JsonFields.object();
        ArrayNode steps = o.putArray("steps");
        recipe.steps().forEach(s -> steps.add(step(s)));
        return o;
    }

    /** JSON tree of a prepped recipe. */
    public static ObjectNode toJson(PreppedRecipe recipe) {
        ObjectNode o = JsonFields.object();
        o.set("roles", toJson(recipe.roles()));
        o.set("levels", JsonFields.listMap(recipe.levels()));
        ArrayNode steps = o.putArray("steps");
        recipe.steps().forEach(s -> steps.add(fitted(s)));
        o.set("bakedRoles", toJson(recipe.bakedRoles()));
        return o;
    }

    /** JSON tree of roles: {@code {"outcomes": [...], "inputs": {"input": [...]}}}. */
    public static ObjectNode toJson(Roles roles) {
        ObjectNode o = JsonFields.object();
        o.set("outcomes", JsonFields.texts(roles.outcomes()));
        o.set("inputs", JsonFields.listMap(roles.inputs()));
        return o;
    }

    /** Text form of a recipe. */
    public static String write(Recipe recipe) {
        return JsonFields.write(toJson(recipe));
    }

    /** Text form of a prepped recipe. */
    public static String write(PreppedRecipe recipe) {
        return JsonFields.write(toJson(recipe));
    }

    /** Parses a recipe from text; errors are located under {@code recipe}. */
    public static Recipe readRecipe(String json) throws ProjectFormatException {
        return recipeFromJson(JsonFields.parse(json, "recipe"), "recipe");
    }

    /** Parses a prepped recipe from text; errors are located under {@code prepped}. */
    public static PreppedRecipe readPrepped(String json) throws ProjectFormatException {
        return preppedFromJson(JsonFields.parse(json, "prepped"), "prepped");
    }

    /**
     * Parses a recipe found at {@code path}.
     *
     * @throws ProjectFormatException saying what is wrong and where, e.g. {@code recipe.steps[1].method}
     */
    public static Recipe recipeFromJson(JsonNode json, String path) throws ProjectFormatException {
        JsonFields.requireObject(json, path);
        JsonNode steps = JsonFields.requireArray(json.get("steps"), path + ".steps");
        List<Step> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            out.add(step(steps.get(i), path + ".steps[" + i + "]"));
        }
        return new Recipe(out);
    }

    /**
     * Parses a prepped recipe found at {@code path}.
     *
     * @throws ProjectFormatException saying what is wrong and where
     */
    public static PreppedRecipe preppedFromJson(JsonNode json, String path) throws ProjectFormatException {
        JsonFields.requireObject(json, path);
        Roles roles = rolesFromJson(json.get("roles"), path + ".roles");
        Map<String, List<String>> levels = JsonFields.listMap(json, "levels", path);
        JsonNode steps = JsonFields.requireArray(json.get("steps"), path + ".steps");
        List<FittedStep> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            out.add(fitted(steps.get(i), path + ".steps[" + i + "]"));
        }
        Roles baked = rolesFromJson(json.get("bakedRoles"), path + ".bakedRoles");
        return new PreppedRecipe(roles, levels, out, baked);
    }

    /**
     * Parses roles found at {@code path}.
     *
     * @throws ProjectFormatException saying what is wrong and where
     */
    public static Roles rolesFromJson(JsonNode json, String path) throws ProjectFormatException {
        JsonFields.requireObject(json, path);
        List<String> outcomes = JsonFields.texts(json, "outcomes", path);
        Map<String, List<String>> inputs = JsonFields.listMap(json, "inputs", path);
        try {
            return new Roles(outcomes, inputs);
        } catch (IllegalArgumentException e) {
            throw new ProjectFormatException(path, e.getMessage());
        }
    }

    private static ObjectNode step(Step s) {
        ObjectNode o = JsonFields.object();
        if (s instanceof Impute i) {
            o.put("step", IMPUTE).put("method", JsonFields.name(i.method()));
        } else if (s instanceof Normalize) {
            o.put("step", NORMALIZE);
        } else if (s instanceof Dummy d) {
            o.put("step", DUMMY).put("oneHot", d.oneHot());
        } else if (s instanceof ZeroVariance) {
            o.put("step", ZERO_VARIANCE);
        } else if (s instanceof ScaleImages si) {
            o.put("step", SCALE_IMAGES).set("max", JsonFields.real(si.max()));
        } else if (s instanceof DropMissing) {
            o.put("step", DROP_MISSING);
        } else if (s instanceof FilterRows f) {
            o.put("step", FILTER_ROWS).put("column", f.column());
            rangeEnd(o, "min", f.min());
            rangeEnd(o, "max", f.max());
            o.set("levels", JsonFields.texts(f.levels()));
            return o;
        } else if (s instanceof PoolRare p) {
            o.put("step", POOL_RARE).set("threshold", JsonFields.real(p.threshold()));
        } else if (s instanceof LogTransform l) {
            o.put("step", LOG).set("base", JsonFields.real(l.base()));
            o.set("offset", JsonFields.real(l.offset()));
        } else if (s instanceof YeoJohnson) {
            o.put("step", YEO_JOHNSON);
        } else if (s instanceof RemoveColumns) {
            o.put("step", REMOVE_COLUMNS);
        }
        o.set("columns", JsonFields.texts(s.columns()));
        return o;
    }

    private static Step step(JsonNode o, String path) throws ProjectFormatException {
        JsonFields.requireObject(o, path);
        String kind = kind(o, path);
        if (FILTER_ROWS.equals(kind)) return filterRows(o, path);
        List<String> columns = JsonFields.texts(o, "columns", path);
        try {
            return switch (kind) {
                case DROP_MISSING -> new DropMissing(columns);
                case POOL_RARE -> new PoolRare(JsonFields.real(o, "threshold", path), columns);
                case LOG -> new LogTransform(JsonFields.real(o, "base", path), JsonFields.real(o, "offset", path), columns);
                case YEO_JOHNSON -> new YeoJohnson(columns);
                case REMOVE_COLUMNS -> new RemoveColumns(columns);
                case IMPUTE -> new Impute(JsonFields.enumValue(o, "method", Impute.Method.class, "impute method", path),
                        columns);
                case NORMALIZE -> new Normalize(columns);
                case DUMMY -> new Dummy(JsonFields.bool(o, "oneHot", path), columns);
                case ZERO_VARIANCE -> new ZeroVariance(columns);
                default -> new ScaleImages(JsonFields.real(o, "max", path), columns);
            };
        } catch (IllegalArgumentException e) {
            throw new ProjectFormatException(path, e.getMessage());
        }
    }

    private static void rangeEnd(ObjectNode o, String field, Double v) {
        if (v == null) o.putNull(field); else o.set(field, JsonFields.real(v));
    }

    private static Double rangeEnd(JsonNode o, String field, String path) throws ProjectFormatException {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : JsonFields.real(v, path + "." + field);
    }

    private static FilterRows filterRows(JsonNode o, String path) throws ProjectFormatException {
        try {
            return new FilterRows(JsonFields.text(o, "column", path), rangeEnd(o, "min", path), rangeEnd(o, "max", path),
                    o.has("levels") ? JsonFields.texts(o, "levels", path) : List.of());
        } catch (IllegalArgumentException e) {
            throw new ProjectFormatException(path, e.getMessage());
        }
    }

    private static ObjectNode fitted(FittedStep s) {
        ObjectNode o = JsonFields.object();
        if (s instanceof Impute.Fitted i) {
            o.put("step", IMPUTE);
            ObjectNode numeric = o.putObject("numeric");
            new TreeMap<>(i.numeric()).forEach((k, v) -> numeric.set(k, JsonFields.real(v)));
            ObjectNode categorical = o.putObject("categorical");
            new TreeMap<>(i.categorical()).forEach(categorical::put);
        } else if (s instanceof Normalize.Fitted n) {
            o.put("step", NORMALIZE);
            ObjectNode stats = o.putObject("stats");
            new TreeMap<>(n.stats()).forEach((k, v) -> {
                ObjectNode st = stats.putObject(k);
                st.set("mean", JsonFields.real(v.mean()));
                st.set("sd", JsonFields.real(v.sd()));
            });
        } else if (s instanceof Dummy.Fitted d) {
            o.put("step", DUMMY).put("oneHot", d.oneHot());
            o.set("levels", JsonFields.listMap(d.levels()));
        } else if (s instanceof ZeroVariance.Fitted z) {
            o.put("step", ZERO_VARIANCE);
            o.set("removed", JsonFields.texts(z.removed()));
        } else if (s instanceof ScaleImages.Fitted si) {
            o.put("step", SCALE_IMAGES).set("max", JsonFields.real(si.max()));
            o.set("columns", JsonFields.texts(si.columns()));
        } else if (s instanceof DropMissing.Fitted d) {
            o.put("step", DROP_MISSING).set("columns", JsonFields.texts(d.columns()));
        } else if (s instanceof FilterRows.Fitted f) {
            o.put("step", FILTER_ROWS).put("column", f.column());
            rangeEnd(o, "min", f.min());
            rangeEnd(o, "max", f.max());
            o.set("levels", JsonFields.texts(f.levels()));
        } else if (s instanceof PoolRare.Fitted p) {
            o.put("step", POOL_RARE);
            o.set("kept", JsonFields.listMap(new TreeMap<>(p.kept())));
            ObjectNode other = o.putObject("other");
            new TreeMap<>(p.other()).forEach(other::put);
        } else if (s instanceof LogTransform.Fitted l) {
            o.put("step", LOG).set("base", JsonFields.real(l.base()));
            o.set("offset", JsonFields.real(l.offset()));
            o.set("columns", JsonFields.texts(l.columns()));
        } else if (s instanceof YeoJohnson.Fitted y) {
            o.put("step", YEO_JOHNSON);
            ObjectNode lambdas = o.putObject("lambdas");
            new TreeMap<>(y.lambdas()).forEach((k, v) -> lambdas.set(k, JsonFields.real(v)));
        }
        return o;
    }

    private static FittedStep fitted(JsonNode o, String path) throws ProjectFormatException {
        JsonFields.requireObject(o, path);
        String kind = kind(o, path);
        try {
            switch (kind) {
                case IMPUTE: {
                    Map<String, Double> numeric = new LinkedHashMap<>();
                    JsonNode n = JsonFields.requireObject(o.get("numeric"), path + ".numeric");
                    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> e = it.next();
                        numeric.put(e.getKey(), JsonFields.real(e.getValue(), path + ".numeric." + e.getKey()));
                    }
                    JsonFields.requireObject(o.get("categorical"), path + ".categorical");
                    return new Impute.Fitted(numeric, JsonFields.textMap(o, "categorical", path));
                }
                case NORMALIZE: {
                    Map<String, Normalize.Stats> stats = new LinkedHashMap<>();
                    JsonNode n = JsonFields.requireObject(o.get("stats"), path + ".stats");
                    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> e = it.next();
                        String at = path + ".stats." + e.getKey();
                        JsonFields.requireObject(e.getValue(), at);
                        stats.put(e.getKey(), new Normalize.Stats(JsonFields.real(e.getValue(), "mean", at),
                                JsonFields.real(e.getValue(), "sd", at)));
                    }
                    return new Normalize.Fitted(stats);
                }
                case DUMMY:
                    JsonFields.requireObject(o.get("levels"), path + ".levels");
                    return new Dummy.Fitted(JsonFields.bool(o, "oneHot", path), JsonFields.listMap(o, "levels", path));
                case ZERO_VARIANCE:
                    JsonFields.requireArray(o.get("removed"), path + ".removed");
                    return new ZeroVariance.Fitted(JsonFields.texts(o, "removed", path));
                case DROP_MISSING:
                    return new DropMissing.Fitted(JsonFields.texts(o, "columns", path));
                case FILTER_ROWS: {
                    FilterRows f = filterRows(o, path);
                    return new FilterRows.Fitted(f.column(), f.min(), f.max(), f.levels());
                }
                case POOL_RARE:
                    JsonFields.requireObject(o.get("kept"), path + ".kept");
                    JsonFields.requireObject(o.get("other"), path + ".other");
                    return new PoolRare.Fitted(JsonFields.listMap(o, "kept", path), JsonFields.textMap(o, "other", path));
                case LOG:
                    return new LogTransform.Fitted(JsonFields.real(o, "base", path), JsonFields.real(o, "offset", path),
                            JsonFields.texts(o, "columns", path));
                case YEO_JOHNSON: {
                    Map<String, Double> lambdas = new LinkedHashMap<>();
                    JsonNode n = JsonFields.requireObject(o.get("lambdas"), path + ".lambdas");
                    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> e = it.next();
                        lambdas.put(e.getKey(), JsonFields.real(e.getValue(), path + ".lambdas." + e.getKey()));
                    }
                    return new YeoJohnson.Fitted(lambdas);
                }
                default:
                    JsonFields.requireArray(o.get("columns"), path + ".columns");
                    return new ScaleImages.Fitted(JsonFields.real(o, "max", path), JsonFields.texts(o, "columns", path));
            }
        } catch (IllegalArgumentException e) {
            throw new ProjectFormatException(path, e.getMessage());
        }
    }

    private static String kind(JsonNode o, String path) throws ProjectFormatException {
        String kind = JsonFields.text(o, "step", path);
        if (!KINDS.contains(kind)) {
            throw new ProjectFormatException(path + ".step", "unknown step '" + kind + "'; known: "
                    + String.join(", ", KINDS));
        }
        return kind;
    }
}
