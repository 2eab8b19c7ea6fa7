package org.blocktune.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.blocktune.core.block.CompositeBlock;
import org.blocktune.core.resample.ResamplingSettings;
import org.blocktune.core.space.GridSettings;
import org.blocktune.core.space.ParameterSet;
import org.blocktune.core.spec.Spec;
import org.blocktune.core.tune.TuneControl;
import org.blocktune.core.tune.strategy.SearchStrategy;

/**
 * Everything a BlockTune project file holds, as one immutable value; {@link ProjectFile} reads
 * and writes it. Edits return new values ({@code with...}).
 *
 * @param data       the data, or {@code null} while none is chosen
 * @param library    the project's composite blocks, in order; every composite block the spec uses is among them
 * @param spec       the model spec
 * @param layout     the editor's node layout, a JSON object kept as given and never interpreted by the core
 *                   (an empty object if none)
 * @param values     fixed values of generated arguments ({@code body_units = 64}): text, whole numbers, numbers, true/false
 * @param tuned      generated arguments marked "tune", in order; their domains are in {@code space}, or the defaults
 * @param space      the search space: domains of tuned arguments
 * @param grid       how candidates are chosen
 * @param resampling the initial split and resampling scheme
 * @param metrics    metric names, first = the one to optimise
 * @param control    how a tune run executes
 * @param runFolder  the folder of the project's tune runs, or {@code null}; stored relative to the project file
 * @param keptCandidates the candidate rows kept after a dry run ("keep valid rows only"), each a map from tuned
 *                   argument to value, in the grid's order; empty (or {@code null} when building) = every
 *                   candidate of the grid runs
 * @param strategy   how a tune run spends its compute (grid, racing, Hyperband, pruning); the plain grid by default
 * @param finalModel the saved final model (the last fit of the chosen candidate), or {@code null} when there is none
 */
public record Project(DataRef data, List<CompositeBlock> library, Spec spec, JsonNode layout,
                      Map<String, Object> values, List<String> tuned, ParameterSet space, GridSettings grid,
                      ResamplingSettings resampling, List<String> metrics, TuneControl control, Path runFolder,
                      List<Map<String, Object>> keptCandidates, SearchStrategy strategy,
                      FinalModelRef finalModel) {

    /** The {@code format} name every project file carries. */
    public static final String FORMAT = "blocktune-project";
    /**
     * The newest format version this BlockTune reads. Version 2 added {@code keptCandidates}; a project
     * without kept candidates is still written as version 1, so older BlockTune versions open it. Version 3
     * added import options (decimal mark, header, skipped lines, encoding, ID and ignored columns) and the
     * recipe steps for dirty data, written only when used. Version 4 added the search {@code strategy}
     * (racing, Hyperband, pruning), written only when it is not the plain grid. Version 5 added the saved
     * {@code finalModel}, written only when there is one.
     */
    public static final int VERSION = 5;

    /**
     * Checks and copies the parts.
     *
     * @throws IllegalArgumentException if the spec uses a composite block that is not in the library (or differs
     *                                  from the library's block of that name), a block name repeats, a fixed value
     *                                  or a kept candidate's value is not a plain value, or a name is marked
     *                                  "tune" twice
     */
    public Project {
        library = List.copyOf(library);
        Objects.requireNonNull(spec, "spec");
        layout = canonical(layout);
        Map<String, Object> v = new LinkedHashMap<>();
        values.forEach((k, x) -> v.put(Objects.requireNonNull(k, "value name"), plain(k, x)));
        values = Collections.unmodifiableMap(v);
        tuned = List.copyOf(tuned);
        if (new LinkedHashSet<>(tuned).size() != tuned.size()) {
            throw new IllegalArgumentException("an argument is marked tune twice: " + tuned);
        }
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(resampling, "resampling");
        metrics = List.copyOf(metrics);
        Objects.requireNonNull(control, "control");
        checkLibrary(library, spec);
        keptCandidates = keptCandidates == null ? List.of() : keptCandidates.stream().map(Project::row).toList();
        strategy = strategy == null ? SearchStrategy.grid() : strategy;
    }

    /** A project that tunes with the plain grid strategy (every candidate on every resample). */
    public Project(DataRef data, List<CompositeBlock> library, Spec spec, JsonNode layout,
                   Map<String, Object> values, List<String> tuned, ParameterSet space, GridSettings grid,
                   ResamplingSettings resampling, List<String> metrics, TuneControl control, Path runFolder,
                   List<Map<String, Object>> keptCandidates) {
        this(data, library, spec, layout, values, tuned, space, grid, resampling, metrics, control, runFolder,
                keptCandidates, null, null);
    }

    /** A project without a saved final model. */
    public Project(DataRef data, List<CompositeBlock> library, Spec spec, JsonNode layout,
                   Map<String, Object> values, List<String> tuned, ParameterSet space, GridSettings grid,
                   ResamplingSettings resampling, List<String> metrics, TuneControl control, Path runFolder,
                   List<Map<String, Object>> keptCandidates, SearchStrategy strategy) {
        this(data, library, spec, layout, values, tuned, space, grid, resampling, metrics, control, runFolder,
                keptCandidates, strategy, null);
    }

    /** This project with another saved final model ({@code null}: none). */
    public Project withFinalModel(FinalModelRef m) {
        return new Project(data, library, spec, layout, values, tuned, space, grid, resampling, metrics, control,
                runFolder, keptCandidates, strategy, m);
    }

    /** This project with another search strategy (racing, Hyperband, pruning; {@code null}: the plain grid). */
    public Project withStrategy(SearchStrategy s) {
        return new Project(data, library, spec, layout, values, tuned, space, grid, resampling, metrics, control,
                runFolder, keptCandidates, s, finalModel);
    }

    /**
     * A new project around {@code spec}: its composite blocks as the library, no data, no layout,
     * nothing fixed or tuned, a regular grid of 3 levels, default resampling and tune control, no kept
     * candidates.
     */
    public static Project of(Spec spec) {
        return new Project(null, SpecJson.composites(spec), spec, null, Map.of(), List.of(), ParameterSet.of(),
                GridSettings.regular(3), ResamplingSettings.defaults(), List.of(), TuneControl.defaults(), null,
                List.of());
    }

    /** The layout node; a copy, so changing it does not change this project. */
    @Override
    public JsonNode layout() {
        return layout.deepCopy();
    }

    public Project withData(DataRef d) {
        return new Project(d, library, spec, layout, values, tuned, space, grid, resampling, metrics, control,
                runFolder, keptCandidates, strategy, finalModel);
    }

    /** This project with another spec and block library (they must agree). */
    public Project withSpec(Spec s, List<CompositeBlock> lib) {
        return new Project(data, lib, s, layout, values, tuned, space, grid, resampling, metrics, control, runFolder,
                keptCandidates, strategy, finalModel);
    }

    public Project withLayout(JsonNode l) {
        return new Project(data, library, spec, l, values, tuned, space, grid, resampling, metrics, control,
                runFolder, keptCandidates, strategy, finalModel);
    }

    /** This project with other fixed values and tune marks. */
    public Project withArguments(Map<String, Object> v, List<String> t) {
        return new Project(data, library, spec, layout, v, t, space, grid, resampling, metrics, control, runFolder,
                keptCandidates, strategy, finalModel);
    }

    public Project withSpace(ParameterSet s) {
        return new Project(data, library, spec, layout, values, tuned, s, grid, resampling, metrics, control,
                runFolder, keptCandidates, strategy, finalModel);
    }

    public Project withGrid(GridSettings g) {
        return new Project(data, library, spec, layout, values, tuned, space, g, resampling, metrics, control,
                runFolder, keptCandidates, strategy, finalModel);
    }

    public Project withResampling(ResamplingSettings r) {
        return new Project(data, library, spec, layout, values, tuned, space, grid, r, metrics, control, runFolder,
                keptCandidates, strategy, finalModel);
    }

    public Project withMetrics(List<String> m) {
        return new Project(data, library, spec, layout, values, tuned, space, grid, resampling, m, control,
                runFolder, keptCandidates, strategy, finalModel);
    }

    public Project withControl(TuneControl c) {
        return new Project(data, library, spec, layout, values, tuned, space, grid, resampling, metrics, c,
                runFolder, keptCandidates, strategy, finalModel);
    }

    public Project withRunFolder(Path f) {
        return new Project(data, library, spec, layout, values, tuned, space, grid, resampling, metrics, control, f,
                keptCandidates, strategy, finalModel);
    }

    /**
     * This project with other kept candidates (the rows a dry run kept); {@code null} or empty runs
     * every candidate of the grid.
     */
    public Project withKeptCandidates(List<Map<String, Object>> kept) {
        return new Project(data, library, spec, layout, values, tuned, space, grid, resampling, metrics, control,
                runFolder, kept, strategy, finalModel);
    }

    /** True when the project runs only the candidates a dry run kept, not every candidate of its grid. */
    public boolean hasKeptCandidates() {
        return !keptCandidates.isEmpty();
    }

    private static Map<String, Object> row(Map<String, Object> candidate) {
        Map<String, Object> r = new LinkedHashMap<>();
        Objects.requireNonNull(candidate, "kept candidate").forEach((k, x) ->
                r.put(Objects.requireNonNull(k, "kept candidate argument name"), plain(k, x)));
        return Collections.unmodifiableMap(r);
    }

    /** A private copy of the layout in the form it has after a save and reopen, so equality survives the file. */
    private static JsonNode canonical(JsonNode layout) {
        if (layout == null || layout.isNull() || layout.isMissingNode()) {
            return JsonFields.object();
        }
        if (!layout.isObject()) {
            throw new IllegalArgumentException("the layout must be a JSON object {...}, got " + JsonFields.describe(layout));
        }
        try {
            return JsonFields.MAPPER.readTree(JsonFields.MAPPER.writeValueAsString(layout));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the layout cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Object plain(String name, Object value) {
        if (value instanceof String || value instanceof Boolean || value instanceof Integer || value instanceof Long
                || (value instanceof Double d && Double.isFinite(d))) {
            return value;
        }
        throw new IllegalArgumentException("value of '" + name + "' is " + value + (value == null ? "" : " ("
                + value.getClass().getSimpleName() + ")") + "; a project holds only text, Integer, Long, finite "
                + "Double and Boolean values");
    }

    private static void checkLibrary(List<CompositeBlock> library, Spec spec) {
        Map<String, CompositeBlock> byName = new LinkedHashMap<>();
        for (CompositeBlock b : library) {
            if (byName.put(b.name(), b) != null) {
                throw new IllegalArgumentException("the block library holds two blocks named '" + b.name() + "'");
            }
        }
        List<String> problems = new ArrayList<>();
        for (CompositeBlock used : SpecJson.composites(spec)) {
            CompositeBlock own = byName.get(used.name());
            if (own == null) {
                problems.add("the spec uses composite block '" + used.name() + "', which is not in the block library");
            } else if (!own.equals(used)) {
                problems.add("the spec's composite block '" + used.name() + "' differs from the library's block of "
                        + "that name");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems) + "; add the blocks to the library");
        }
    }
}
