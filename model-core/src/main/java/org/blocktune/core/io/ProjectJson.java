package org.blocktune.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.blocktune.core.block.CompositeBlock;
import org.blocktune.core.data.ColumnType;
import org.blocktune.core.data.CsvOptions;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.resample.ResamplingSettings;
import org.blocktune.core.space.GridSettings;
import org.blocktune.core.space.ParameterSet;
import org.blocktune.core.spec.Spec;
import org.blocktune.core.tune.TuneControl;
import org.blocktune.core.tune.strategy.SearchStrategy;
import org.blocktune.core.tune.strategy.StrategyJson;

/**
 * The JSON form of a {@link Project} (format {@code blocktune-project}, version 1 or 2). Paths are
 * stored relative to {@code folder}, the folder of the project file, when possible, with
 * {@code /} separators. Only known field names and value names are read; nothing names a class.
 * <pre>{"format": "blocktune-project", "version": 1,
 *  "data": {"csv": "data/iris.csv", "csvOptions": {...}, "roles": {...}, "recipe": {"steps": []}},
 *  "blocks": [...], "spec": {...}, "layout": {...}, "values": {"fit_epochs": 20}, "tuned": ["dense_units"],
 *  "space": [...], "grid": {...}, "resampling": {...}, "metrics": ["accuracy"],
 *  "control": {"workers": 0, "seed": 42, "savePredictions": true}, "runFolder": "runs",
 *  "keptCandidates": [{"dense_units": 16, "learn_rate": 0.01}, ...]}</pre>
 * {@code keptCandidates} (the rows a dry run kept) and the grid's {@code parameterLevels} (a regular grid's
 * levels of single parameters) came with version 2. Version 1 readers refuse or ignore what they do not know,
 * so a project using either is written as version 2 (an older BlockTune then says it needs updating) and one
 * without them as version 1, which every BlockTune opens. Both versions are read; a file without the fields
 * runs every candidate of a grid whose parameters all have the grid's levels. Version 3 added the import
 * options {@code decimalMark}, {@code header}, {@code skipLines}, {@code encoding}, {@code idColumns} and
 * {@code ignoredColumns} in {@code csvOptions}, and the recipe steps for dirty data; a project using none of them
 * is written as before. Version 4 added the search {@code strategy}; version 5 the saved final model
 * {@code "finalModel": {"file": "iris.model.zip", "candidate": "cand_004", "testMetrics": {"accuracy": 0.95}}}
 * (the file relative to the project file), written only when the project has one.
 */
public final class ProjectJson {
    private static final List<String> FIELDS = List.of("format", "version", "data", "blocks", "spec", "layout",
            "values", "tuned", "space", "grid", "resampling", "metrics", "control", "runFolder", "keptCandidates",
            "strategy", "finalModel");
    private static final String ROOT = "project";
    /** The format version that added {@code keptCandidates} and the grid's {@code parameterLevels}. */
    private static final int VERSION_2 = 2;
    /** The format version that added the import options beyond delimiter, quote, missing tokens and types, and new recipe steps. */
    private static final int VERSION_3 = 3;
    /** The format version that added the search {@code strategy}. */
    private static final int VERSION_4 = 4;
    /** The format version that added the saved {@code finalModel}. */
    private static final int VERSION_5 = 5;

    private ProjectJson() {
    }

    /**
     * The file text of a project saved in {@code folder}.
     *
     * @throws IllegalArgumentException if the project holds something a file cannot (a block defined in Java code)
     */
    public static String write(Project project, Path folder) {
        return JsonFields.write(toJson(project, folder));
    }

    /**
     * Parses the text of a project file that lives in {@code folder}.
     *
     * @throws ProjectFormatException saying what is wrong and where
     */
    public static Project read(String text, Path folder) throws ProjectFormatException {
        return fromJson(JsonFields.parse(text, ROOT), folder);
    }

    /** The JSON tree of a project saved in {@code folder}. */
    public static ObjectNode toJson(Project p, Path folder) {
        Path home = home(folder);
        ObjectNode o = JsonFields.object();
        o.put("format", Project.FORMAT);
        o.put("version", p.finalModel() != null ? VERSION_5 : !p.strategy().isDefault() ? VERSION_4 : needsVersion3(p.data()) ? VERSION_3
                : p.hasKeptCandidates() || !p.grid().parameterLevels().isEmpty() ? VERSION_2 : 1);
        if (p.data() == null) {
            o.putNull("data");
        } else {
            o.set("data", data(p.data(), home));
        }
        o.set("blocks", BlockLibraryJson.toJson(p.library()));
        o.set("spec", SpecJson.toJson(p.spec()));
        o.set("layout", p.layout());
        ObjectNode values = o.putObject("values");
        p.values().forEach((k, v) -> values.set(k, JsonFields.scalar(v, "values." + k)));
        o.set("tuned", JsonFields.texts(p.tuned()));
        o.set("space", SpaceJson.toJson(p.space()));
        o.set("grid", SpaceJson.toJson(p.grid()));
        ResamplingSettings r = p.resampling();
        ObjectNode rs = o.putObject("resampling");
        rs.set("trainProp", JsonFields.real(r.trainProp()));
        rs.put("stratify", r.stratify()).put("scheme", JsonFields.name(r.scheme())).put("folds", r.folds())
                .put("repeats", r.repeats()).put("times", r.times());
        rs.set("validationProp", JsonFields.real(r.validationProp()));
        o.set("metrics", JsonFields.texts(p.metrics()));
        o.putObject("control").put("workers", p.control().workers()).put("seed", p.control().seed())
                .put("savePredictions", p.control().savePredictions());
        if (p.runFolder() == null) {
            o.putNull("runFolder");
        } else {
            o.put("runFolder", store(p.runFolder(), home));
        }
        if (p.hasKeptCandidates()) {
            ArrayNode kept = o.putArray("keptCandidates");
            for (int i = 0; i < p.keptCandidates().size(); i++) {
                ObjectNode row = kept.addObject();
                String at = "keptCandidates[" + i + "].";
                p.keptCandidates().get(i).forEach((k, v) -> row.set(k, JsonFields.scalar(v, at + k)));
            }
        }
        if (!p.strategy().isDefault()) { // left out for the plain grid, so such files stay as they were
            o.set("strategy", StrategyJson.toJson(p.strategy()));
        }
        if (p.finalModel() != null) { // only with a final model, so other projects save as they did
            o.set("finalModel", finalModel(p.finalModel(), home));
        }
        return o;
    }

    /**
     * Reads a project from its JSON tree; the file lives in {@code folder}.
     *
     * @throws ProjectFormatException saying what is wrong and where
     */
    public static Project fromJson(JsonNode root, Path folder) throws ProjectFormatException {
        Path home = home(folder);
        checkHeader(root);
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw new ProjectFormatException(f, "unknown field in a version " + root.get("version").intValue()
                        + " project; known fields: " + String.join(", ", FIELDS));
            }
        }
        DataRef data = present(root, "data") ? data(root.get("data"), "data", home) : null;
        List<CompositeBlock> library = present(root, "blocks")
                ? BlockLibraryJson.fromJson(root.get("blocks"), "blocks") : List.of();
        Spec spec = SpecJson.fromJson(root.get("spec"), "spec", SpecJson.catalogue(library, "blocks"));
        JsonNode layout = root.get("layout");
        if (layout != null && !layout.isNull() && !layout.isObject()) {
            throw new ProjectFormatException("layout", "expected an object {...}, found " + JsonFields.describe(layout));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        if (present(root, "values")) {
            JsonFields.requireObject(root.get("values"), "values");
            for (Iterator<Map.Entry<String, JsonNode>> it = root.get("values").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                values.put(e.getKey(), JsonFields.scalar(e.getValue(), "values." + e.getKey()));
            }
        }
        List<String> tuned = JsonFields.texts(root, "tuned", "");
        if (tuned.stream().distinct().count() != tuned.size()) {
            throw new ProjectFormatException("tuned", "an argument is listed twice " + tuned + "; list each once");
        }
        ParameterSet space = present(root, "space") ? SpaceJson.spaceFromJson(root.get("space"), "space")
                : ParameterSet.of();
        GridSettings grid = present(root, "grid") ? SpaceJson.gridFromJson(root.get("grid"), "grid")
                : GridSettings.regular(3);
        ResamplingSettings resampling = present(root, "resampling") ? resampling(root.get("resampling"))
                : ResamplingSettings.defaults();
        List<String> metrics = JsonFields.texts(root, "metrics", "");
        TuneControl control = present(root, "control") ? control(root.get("control")) : TuneControl.defaults();
        Path runFolder = present(root, "runFolder")
                ? resolve(JsonFields.text(root.get("runFolder"), "runFolder"), home) : null;
        List<Map<String, Object>> kept = present(root, "keptCandidates") ? keptCandidates(root.get("keptCandidates"))
                : List.of();
        SearchStrategy strategy = null;
        if (present(root, "strategy")) {
            try {
                strategy = StrategyJson.fromJson(root.get("strategy"), "strategy");
            } catch (IllegalArgumentException e) {
                String m = e.getMessage();
                int colon = m.indexOf(": ");
                throw new ProjectFormatException(colon > 0 ? m.substring(0, colon) : "strategy",
                        colon > 0 ? m.substring(colon + 2) : m);
            }
        }
        FinalModelRef finalModel = present(root, "finalModel") ? finalModel(root.get("finalModel"), home) : null;
        try {
            return new Project(data, library, spec, layout, values, tuned, space, grid, resampling, metrics, control,
                    runFolder, kept, strategy, finalModel);
        } catch (IllegalArgumentException e) {
            throw new ProjectFormatException(ROOT, e.getMessage());
        }
    }

    private static List<Map<String, Object>> keptCandidates(JsonNode list) throws ProjectFormatException {
        String path = "keptCandidates";
        JsonFields.requireArray(list, path);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = path + "[" + i + "]";
            JsonNode r = JsonFields.requireObject(list.get(i), at);
            Map<String, Object> row = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = r.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                row.put(e.getKey(), JsonFields.scalar(e.getValue(), at + "." + e.getKey()));
            }
            rows.add(row);
        }
        return rows;
    }

    private static ObjectNode finalModel(FinalModelRef m, Path home) {
        ObjectNode o = JsonFields.object();
        o.put("file", store(m.file(), home));
        o.put("candidate", m.candidate());
        ObjectNode metrics = o.putObject("testMetrics");
        m.testMetrics().forEach((k, v) -> metrics.set(k, JsonFields.real(v)));
        return o;
    }

    private static FinalModelRef finalModel(JsonNode o, Path home) throws ProjectFormatException {
        String p = "finalModel";
        JsonFields.requireObject(o, p);
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!List.of("file", "candidate", "testMetrics").contains(f)) {
                throw new ProjectFormatException(JsonFields.at(p, f), "unknown field; known fields: file, candidate, "
                        + "testMetrics");
            }
        }
        String file = JsonFields.text(o, "file", p);
        if (file.isBlank()) {
            throw new ProjectFormatException(JsonFields.at(p, "file"), "the model file's name is empty");
        }
        String candidate = JsonFields.text(o, "candidate", p);
        if (candidate.isBlank()) {
            throw new ProjectFormatException(JsonFields.at(p, "candidate"), "the candidate id is empty");
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        if (present(o, "testMetrics")) {
            String mp = JsonFields.at(p, "testMetrics");
            JsonFields.requireObject(o.get("testMetrics"), mp);
            for (Iterator<Map.Entry<String, JsonNode>> it = o.get("testMetrics").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                metrics.put(e.getKey(), JsonFields.real(e.getValue(), JsonFields.at(mp, e.getKey())));
            }
        }
        return new FinalModelRef(resolve(file, home), candidate, metrics);
    }

    private static void checkHeader(JsonNode root) throws ProjectFormatException {
        String notOurs = "this is not a BlockTune project: ";
        if (!root.isObject()) {
            throw new ProjectFormatException(ROOT, notOurs + "the file holds " + JsonFields.describe(root)
                    + ", not an object {...}");
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual()) {
            throw new ProjectFormatException("format", notOurs + "it has no \"format\": \"" + Project.FORMAT
                    + "\" field");
        }
        if (!format.asText().equals(Project.FORMAT)) {
            throw new ProjectFormatException("format", notOurs + "its format is '" + format.asText() + "', not '"
                    + Project.FORMAT + "'");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() < 1) {
            throw new ProjectFormatException("version", "expected a format version number (1 or more), found "
                    + (version == null ? "nothing" : JsonFields.describe(version)));
        }
        if (version.intValue() > Project.VERSION) {
            throw new ProjectFormatException("version", "written by a newer BlockTune (format version "
                    + version.intValue() + "); this version reads up to " + Project.VERSION
                    + "; update BlockTune to open it");
        }
    }

    private static ObjectNode data(DataRef d, Path home) {
        ObjectNode o = JsonFields.object();
        if (d.source() instanceof DataSource.CsvFile csv) {
            o.put("csv", store(csv.file(), home));
            CsvOptions c = csv.options();
            ObjectNode opt = o.putObject("csvOptions");
            opt.put("delimiter", String.valueOf(c.delimiter())).put("quote", String.valueOf(c.quote()));
            opt.set("naStrings", JsonFields.texts(c.naStrings()));
            ObjectNode types = opt.putObject("columnTypes");
            new TreeMap<>(c.columnTypes()).forEach((k, v) -> types.put(k, JsonFields.name(v)));
            opt.set("requiredColumns", JsonFields.texts(c.requiredColumns()));
            if (!legacy(c)) { // version 3 import options; left out when unused, so older BlockTune versions open the file
                opt.put("decimalMark", String.valueOf(c.decimalMark())).put("header", c.header())
                        .put("skipLines", c.skipLines()).put("encoding", c.encoding());
                opt.set("idColumns", JsonFields.texts(c.idColumns()));
                opt.set("ignoredColumns", JsonFields.texts(c.ignoredColumns()));
            }
        } else if (d.source() instanceof DataSource.Shipped s) {
            o.put("dataset", s.name());
        }
        if (d.roles() == null) {
            o.putNull("roles");
        } else {
            o.set("roles", RecipeJson.toJson(d.roles()));
        }
        o.set("recipe", RecipeJson.toJson(d.recipe()));
        return o;
    }

    private static DataRef data(JsonNode o, String path, Path home) throws ProjectFormatException {
        JsonFields.requireObject(o, path);
        DataSource source;
        if (o.has("csv") == o.has("dataset")) {
            throw new ProjectFormatException(path, "give exactly one of \"csv\" (a file path) and \"dataset\" "
                    + "(a shipped data set's name)");
        }
        try {
            if (o.has("csv")) {
                source = new DataSource.CsvFile(resolve(JsonFields.text(o, "csv", path), home),
                        present(o, "csvOptions") ? csvOptions(o.get("csvOptions"), path + ".csvOptions")
                                : CsvOptions.defaults());
            } else {
                source = new DataSource.Shipped(JsonFields.text(o, "dataset", path));
            }
        } catch (IllegalArgumentException e) {
            throw new ProjectFormatException(path, e.getMessage());
        }
        Roles roles = present(o, "roles") ? RecipeJson.rolesFromJson(o.get("roles"), path + ".roles") : null;
        Recipe recipe = present(o, "recipe") ? RecipeJson.recipeFromJson(o.get("recipe"), path + ".recipe")
                : new Recipe(List.of());
        return new DataRef(source, roles, recipe);
    }

    private static CsvOptions csvOptions(JsonNode o, String path) throws ProjectFormatException {
        JsonFields.requireObject(o, path);
        CsvOptions d = CsvOptions.defaults();
        char delimiter = o.has("delimiter") ? character(o, "delimiter", path) : d.delimiter();
        char quote = o.has("quote") ? character(o, "quote", path) : d.quote();
        List<String> na = o.has("naStrings") ? JsonFields.texts(o, "naStrings", path) : d.naStrings();
        Map<String, ColumnType> types = new LinkedHashMap<>();
        if (present(o, "columnTypes")) {
            JsonNode t = JsonFields.requireObject(o.get("columnTypes"), path + ".columnTypes");
            for (Iterator<String> it = t.fieldNames(); it.hasNext(); ) {
                String col = it.next();
                types.put(col, JsonFields.enumValue(t, col, ColumnType.class, "column type", path + ".columnTypes"));
            }
        }
        char decimalMark = o.has("decimalMark") ? character(o, "decimalMark", path) : d.decimalMark();
        boolean header = present(o, "header") ? JsonFields.bool(o, "header", path) : d.header();
        int skip = present(o, "skipLines") ? JsonFields.integer(o, "skipLines", path) : d.skipLines();
        String encoding = present(o, "encoding") ? JsonFields.text(o, "encoding", path) : d.encoding();
        List<String> ids = present(o, "idColumns") ? JsonFields.texts(o, "idColumns", path) : List.of();
        List<String> ignored = present(o, "ignoredColumns") ? JsonFields.texts(o, "ignoredColumns", path) : List.of();
        try {
            return new CsvOptions(delimiter, quote, decimalMark, header, skip, encoding, na, types, ids, ignored,
                    JsonFields.texts(o, "requiredColumns", path));
        } catch (IllegalArgumentException e) {
            throw new ProjectFormatException(path, e.getMessage());
        }
    }

    /** True if {@code c} uses only the options that format versions 1 and 2 knew. */
    static boolean legacy(CsvOptions c) {
        CsvOptions d = CsvOptions.defaults();
        return c.decimalMark() == d.decimalMark() && c.header() == d.header() && c.skipLines() == d.skipLines()
                && c.encoding().equals(d.encoding()) && c.idColumns().isEmpty() && c.ignoredColumns().isEmpty();
    }

    /** True if the project's data uses version 3 import options or recipe steps. */
    static boolean needsVersion3(DataRef d) {
        if (d == null) return false;
        if (d.source() instanceof DataSource.CsvFile csv && !legacy(csv.options())) return true;
        return RecipeJson.usesVersion3Steps(d.recipe());
    }

    private static char character(JsonNode o, String field, String path) throws ProjectFormatException {
        String s = JsonFields.text(o, field, path);
        if (s.length() != 1) {
            throw new ProjectFormatException(path + "." + field, "expected a single character, found \"" + s + "\"");
        }
        return s.charAt(0);
    }

    private static ResamplingSettings resampling(JsonNode o) throws ProjectFormatException {
        String p = "resampling";
        JsonFields.requireObject(o, p);
        try {
            return new ResamplingSettings(JsonFields.real(o, "trainProp", p), JsonFields.bool(o, "stratify", p),
                    JsonFields.enumValue(o, "scheme", ResamplingSettings.Scheme.class, "resampling scheme", p),
                    JsonFields.integer(o, "folds", p), JsonFields.integer(o, "repeats", p),
                    JsonFields.integer(o, "times", p), JsonFields.real(o, "validationProp", p));
        } catch (IllegalArgumentException e) {
            throw new ProjectFormatException(p, e.getMessage());
        }
    }

    private static TuneControl control(JsonNode o) throws ProjectFormatException {
        String p = "control";
        JsonFields.requireObject(o, p);
        try {
            return new TuneControl(JsonFields.integer(o, "workers", p), JsonFields.longInteger(o, "seed", p),
                    JsonFields.bool(o, "savePredictions", p));
        } catch (IllegalArgumentException e) {
            throw new ProjectFormatException(p, e.getMessage());
        }
    }

    private static boolean present(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v != null && !v.isNull();
    }

    private static Path home(Path folder) {
        return (folder == null ? Path.of("") : folder).toAbsolutePath().normalize();
    }

    /** The stored form of a path: relative to the project's folder when possible, with '/' separators. */
    static String store(Path file, Path home) {
        Path absolute = home.resolve(file).normalize();
        Path shown;
        try {
            shown = home.relativize(absolute);
        } catch (IllegalArgumentException e) {
            shown = absolute; // another drive or file system: keep the absolute path
        }
        List<String> parts = new ArrayList<>();
        if (shown.getRoot() != null) {
            return shown.toString().replace('\\', '/');
        }
        shown.forEach(part -> parts.add(part.toString()));
        return String.join("/", parts);
    }

    /** The absolute path of a stored path. */
    static Path resolve(String stored, Path home) {
        return home.resolve(Path.of(stored.isEmpty() ? "." : stored)).normalize();
    }
}
