package org.blocktune.app.workbench;

import org.blocktune.core.project.TunePlan;
import org.blocktune.core.tune.TuneResults;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.blocktune.app.common.Latest;
import org.blocktune.app.editor.model.EditorDocument;
import org.blocktune.core.compile.CompileGridResult;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Task;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.resample.ResamplingSettings;
import org.blocktune.core.space.BayesianSettings;
import org.blocktune.core.space.Direction;
import org.blocktune.core.space.Domain;
import org.blocktune.core.space.Grid;
import org.blocktune.core.space.GridSettings;
import org.blocktune.core.space.Parameter;
import org.blocktune.core.space.ParameterSet;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.SpecArgument;

/**
 * The tuning session every screen observes: the model (from the editor's {@link EditorDocument},
 * which owns the spec, the fixed values and the "tune" marks), the loaded data and its roles, the
 * recipe, the resampling settings, the tuned arguments' domains, the grid settings, the master
 * seed, and what follows from them: the search space ({@link ParameterSet}), the candidate rows,
 * the data's shapes ({@link DataCheck}) and the last dry run. Screens change the session through
 * its setters and observe its properties; they never talk to each other. Derived values that cost
 * time (grids, recipe preparation) are worked out off the FX thread. Use from the FX thread.
 */
public final class Workbench {
    private final EditorDocument doc;
    private final ReadOnlyObjectWrapper<ModelSetup> setup = new ReadOnlyObjectWrapper<>(this, "setup");
    private final ObjectProperty<LoadedData> data = new SimpleObjectProperty<>(this, "data");
    private final ObjectProperty<Roles> roles = new SimpleObjectProperty<>(this, "roles");
    private final ObjectProperty<Recipe> recipe = new SimpleObjectProperty<>(this, "recipe", Recipe.of());
    private final ObjectProperty<ResamplingSettings> resampling =
            new SimpleObjectProperty<>(this, "resampling", ResamplingSettings.defaults());
    private final LongProperty seed = new SimpleLongProperty(this, "seed", 42);
    private final ObjectProperty<GridSettings> grid =
            new SimpleObjectProperty<>(this, "grid", new GridSettings(GridSettings.Kind.REGULAR, 3, 10, 42, null));
    private final ObjectProperty<org.blocktune.core.tune.strategy.SearchStrategy> strategy =
            new SimpleObjectProperty<>(this, "strategy", org.blocktune.core.tune.strategy.SearchStrategy.grid());
    private org.blocktune.core.tune.strategy.SearchStrategy savedStrategy =
            org.blocktune.core.tune.strategy.SearchStrategy.grid();
    private final ReadOnlyObjectWrapper<Map<String, Domain>> domains =
            new ReadOnlyObjectWrapper<>(this, "domains", Map.of());
    private final ReadOnlyObjectWrapper<Map<String, Integer>> levels =
            new ReadOnlyObjectWrapper<>(this, "levels", Map.of());
    private final ReadOnlyObjectWrapper<ParameterSet> space = new ReadOnlyObjectWrapper<>(this, "space", ParameterSet.of());
    private final Latest<DataCheck> dataCheck = new Latest<>();
    private final Latest<Candidates> candidates = new Latest<>();
    private final ReadOnlyObjectWrapper<List<Map<String, Object>>> kept = new ReadOnlyObjectWrapper<>(this, "kept");
    private final ReadOnlyObjectWrapper<CompileGridResult> dryRun = new ReadOnlyObjectWrapper<>(this, "dryRun");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ObjectProperty<TunePlan> runPlan = new SimpleObjectProperty<>(this, "runPlan");
    private final ObjectProperty<TuneResults> results = new SimpleObjectProperty<>(this, "results");
    private final ReadOnlyIntegerWrapper runsCleared = new ReadOnlyIntegerWrapper(this, "runsCleared");
    private final ObjectProperty<List<String>> metrics = new SimpleObjectProperty<>(this, "metrics", List.of());
    private final javafx.beans.property.IntegerProperty workers =
            new javafx.beans.property.SimpleIntegerProperty(this, "workers", 0);
    private final ObjectProperty<java.nio.file.Path> runFolder = new SimpleObjectProperty<>(this, "runFolder");
    private boolean batch;
    private final javafx.beans.property.ReadOnlyBooleanWrapper unsaved =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "unsaved");
    /** The settings as last saved or opened; {@link #unsavedProperty} compares against them. */
    private SavedSettings saved;
    /** Kept rows read from a project file, waiting for the candidates they were chosen from; else null. */
    private List<Map<String, Object>> pendingKept;
    private Candidates lastCandidates;
    /** The project's final model (issue 21): an unsaved final fit counts as an unsaved change. */
    private final FinalModelSlot finalModel = new FinalModelSlot();

    public Workbench(EditorDocument doc) {
        this.doc = doc;
        setup.set(ModelSetup.of(doc.state()));
        doc.addListener(c -> {
            if (c == EditorDocument.Change.CONTENT) {
                ModelSetup now = ModelSetup.of(doc.state());
                if (!now.equals(setup.get())) {
                    setup.set(now);
                }
                outputBlocksMayHaveChanged();
            }
        });
        setup.addListener((o, a, b) -> {
            recomputeSpace();
            invalidate();
        });
        domains.addListener((o, a, b) -> recomputeSpace());
        space.addListener((o, a, b) -> recomputeCandidates());
        levels.addListener((o, a, b) -> recomputeCandidates());
        grid.addListener((o, a, b) -> recomputeCandidates());
        seed.addListener((o, a, b) -> {
            GridSettings g = grid.get();
            grid.set(withSeed(g, b.longValue()));
            recomputeData();
        });
        candidates.valueProperty().addListener((javafx.beans.Observable o) -> onCandidates());
        data.addListener((o, a, b) -> recomputeData());
        roles.addListener((o, a, b) -> {
            doc.setOutcomeNames(b == null ? List.of() : b.outcomes());
            recomputeData();
        });
        recipe.addListener((o, a, b) -> recomputeData());
        resampling.addListener((o, a, b) -> recomputeData());
        dataCheck.valueProperty().addListener((o, a, b) -> {
            DataShape before = a == null ? null : a.shape();
            DataShape after = b == null ? null : b.shape();
            if (after != null && !after.equals(doc.data())) {
                doc.setData(after);
            }
            if (!java.util.Objects.equals(before, after)) {
                invalidate();
            }
            Task tb = a == null ? null : a.task();
            Task ta = b == null ? null : b.task();
            if (tb != ta) {
                recomputeSpace();
            }
        });
        recomputeSpace();
        recomputeCandidates();
        for (javafx.beans.Observable o : List.of(data, roles, recipe, resampling, domains, levels, grid, seed, metrics,
                workers, runFolder, kept, strategy)) {
            o.addListener(x -> refreshUnsaved());
        }
        finalModel.unsavedProperty().addListener(x -> refreshUnsaved());
        markSaved();
    }

    // ---- the model (owned by the editor's document) ----

    public EditorDocument document() {
        return doc;
    }

    /** Spec, fixed values and tune marks; changes when the editor changes them (not on moves or selection). */
    public ReadOnlyObjectProperty<ModelSetup> setupProperty() {
        return setup.getReadOnlyProperty();
    }

    public ModelSetup setup() {
        return setup.get();
    }

    /** The fixed argument values passed to every candidate (the editor's values of untuned arguments). */
    public Map<String, Object> fixedValues() {
        Map<String, Object> out = new LinkedHashMap<>(doc.resolverValues());
        out.keySet().removeAll(setup.get().tuned());
        return out;
    }

    // ---- data ----

    public ObjectProperty<LoadedData> dataProperty() {
        return data;
    }

    public ObjectProperty<Roles> rolesProperty() {
        return roles;
    }

    public ObjectProperty<Recipe> recipeProperty() {
        return recipe;
    }

    public ObjectProperty<ResamplingSettings> resamplingProperty() {
        return resampling;
    }

    /** Sets the data together with its roles and recipe (one recomputation, never a mismatched pair). */
    public void setData(LoadedData d, Roles r, Recipe rec) {
        batch = true;
        try {
            data.set(d);
            roles.set(r);
            recipe.set(rec == null ? Recipe.of() : rec);
        } finally {
            batch = false;
        }
        recomputeData();
    }

    /**
     * Sets the data an opened project or example refers to ({@link #setData} otherwise): the loaded
     * data counts as saved, so opening does not leave unsaved changes behind.
     */
    public void openData(LoadedData d, Roles r, Recipe rec) {
        setData(d, r, rec);
        if (saved != null) {
            saved = saved.withData(dataRef());
        }
        refreshUnsaved();
    }

    /** The data's task, shapes and problems (null when no data is loaded; updated in the background). */
    public ReadOnlyObjectProperty<DataCheck> dataCheckProperty() {
        return dataCheck.valueProperty();
    }

    /** True while the data check is being worked out. */
    public javafx.beans.property.ReadOnlyBooleanProperty dataCheckBusyProperty() {
        return dataCheck.busyProperty();
    }

    /** The shapes of the loaded data after the recipe, or null. */
    public DataShape dataShape() {
        DataCheck c = dataCheck.get();
        return c == null ? null : c.shape();
    }

    /** Classification or regression, or null when unknown. */
    public Task task() {
        DataCheck c = dataCheck.get();
        return c == null ? null : c.task();
    }

    // ---- search space and grid ----

    public LongProperty seedProperty() {
        return seed;
    }

    /**
     * How a run spends its compute: the plain grid, racing, Hyperband, or the grid with median pruning
     * (the Search space step's strategy choice; saved with the project).
     */
    public ObjectProperty<org.blocktune.core.tune.strategy.SearchStrategy> strategyProperty() {
        return strategy;
    }

    /** Grid settings; their seed always follows the master seed. */
    public ObjectProperty<GridSettings> gridProperty() {
        return grid;
    }

    /**
     * Sets the grid settings. Per-parameter levels they carry become the levels of those arguments
     * ({@link #levelsProperty()}); the grid property itself holds none.
     */
    public void setGrid(GridSettings g) {
        if (!g.parameterLevels().isEmpty()) {
            Map<String, Integer> m = new LinkedHashMap<>(levels.get());
            m.putAll(g.parameterLevels());
            levels.set(Map.copyOf(m));
        }
        grid.set(withSeed(g.withParameterLevels(Map.of()), seed.get()));
    }

    /** The grid as a project saves and runs it: the settings with the tuned arguments' own levels. */
    public GridSettings projectGrid() {
        Map<String, Integer> own = new LinkedHashMap<>();
        space.get().names().stream().filter(levels.get()::containsKey).forEach(n -> own.put(n, levels.get().get(n)));
        return grid.get().withParameterLevels(own);
    }

    /** The domains the user chose (arguments not listed use {@link ArgumentDomains#defaultFor}). */
    public ReadOnlyObjectProperty<Map<String, Domain>> domainsProperty() {
        return domains.getReadOnlyProperty();
    }

    public void setDomain(String argument, Domain domain) {
        Map<String, Domain> m = new LinkedHashMap<>(domains.get());
        m.put(argument, domain);
        domains.set(Map.copyOf(m));
    }

    /**
     * Forgets the chosen domains, per-argument levels, kept rows, metrics, run folder and the last
     * run's plan and results (a new model was opened); what is left counts as saved.
     */
    public void resetSearch() {
        pendingKept = null;
        domains.set(Map.of());
        levels.set(Map.of());
        kept.set(null);
        metrics.set(List.of());
        runFolder.set(null);
        strategy.set(org.blocktune.core.tune.strategy.SearchStrategy.grid());
        clearRun();
        markSaved();
    }

    /** Levels of one parameter in a regular grid (null = the grid's levels). */
    public ReadOnlyObjectProperty<Map<String, Integer>> levelsProperty() {
        return levels.getReadOnlyProperty();
    }

    public void setLevels(String argument, Integer n) {
        Map<String, Integer> m = new LinkedHashMap<>(levels.get());
        if (n == null) {
            m.remove(argument);
        } else {
            m.put(argument, n);
        }
        levels.set(Map.copyOf(m));
    }

    /** The tuned arguments with their domains, in kerasnip order. */
    public ReadOnlyObjectProperty<ParameterSet> spaceProperty() {
        return space.getReadOnlyProperty();
    }

    public ParameterSet space() {
        return space.get();
    }

    /** The domain an argument has now (chosen or default), whether or not it is tuned. */
    public Domain domainOf(SpecArgument a) {
        Domain d = domains.get().get(a.name());
        return d != null ? d : ArgumentDomains.defaultFor(a, task());
    }

    /** Tunes or fixes an argument (the editor's "tune" mark, so the inspector shows it too). */
    public void setTuned(String argument, boolean tuned) {
        doc.setTuned(argument, tuned);
    }

    /** The candidate rows from the space and grid (updated in the background). */
    public ReadOnlyObjectProperty<Candidates> candidatesProperty() {
        return candidates.valueProperty();
    }

    public javafx.beans.property.ReadOnlyBooleanProperty candidatesBusyProperty() {
        return candidates.busyProperty();
    }

    public Candidates candidates() {
        return candidates.get();
    }

    /** The rows kept after a dry run ("keep valid rows only"), or null when the run uses every candidate. */
    public ReadOnlyObjectProperty<List<Map<String, Object>>> keptProperty() {
        return kept.getReadOnlyProperty();
    }

    public void keepOnly(List<Map<String, Object>> rows) {
        pendingKept = null;
        kept.set(List.copyOf(rows));
    }

    public void useAllCandidates() {
        pendingKept = null;
        kept.set(null);
    }

    /**
     * Kept rows read from a project file: they become the run's candidates once the candidates of
     * the restored search space are worked out, if every one of them is among those candidates
     * (else every candidate is used). Counted as saved.
     */
    public void restoreKept(List<Map<String, Object>> rows) {
        pendingKept = rows == null || rows.isEmpty() ? null : List.copyOf(rows);
        if (pendingKept != null && !candidates.busyProperty().get()) {
            onCandidates();
        }
    }

    /** The candidate rows a tuning run will use: the kept rows if any, else every candidate. */
    public List<Map<String, Object>> runCandidates() {
        if (kept.get() != null) {
            return kept.get();
        }
        Candidates c = candidates.get();
        return c == null ? List.of() : c.rows();
    }

    // ---- dry run ----

    /** The last dry run of the current setup, or null (none yet, or the setup changed since). */
    public ReadOnlyObjectProperty<CompileGridResult> dryRunProperty() {
        return dryRun.getReadOnlyProperty();
    }

    /** Goes up whenever the spec, values, candidates or data shapes change. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Records a dry run made at {@code atRevision}; ignored (returns false) if the setup changed since. */
    public boolean setDryRun(CompileGridResult result, int atRevision) {
        if (atRevision != revision.get()) {
            return false;
        }
        dryRun.set(result);
        return true;
    }

    // ---- tune run and results ----

    /** The plan (data split, job, run folder) of the run whose results are shown, or null before any run. */
    public ObjectProperty<TunePlan> runPlanProperty() {
        return runPlan;
    }

    /** The results of that run (growing while it runs; loaded from its folder when a project is reopened), or null. */
    public ObjectProperty<TuneResults> resultsProperty() {
        return results;
    }

    /** Forgets the run plan and results (another project was opened). */
    public void clearRun() {
        finalModel.clear();
        runPlan.set(null);
        results.set(null);
        runsCleared.set(runsCleared.get() + 1);
    }

    /**
     * Counts {@link #clearRun()} calls, so a screen can forget what it shows of the last run even when
     * there were no results to clear (a run that failed before its first fit).
     */
    public ReadOnlyIntegerProperty runsClearedProperty() {
        return runsCleared.getReadOnlyProperty();
    }

    /** Metric names of the next run, the optimised one first; empty = the task's defaults. */
    public ObjectProperty<List<String>> metricsProperty() {
        return metrics;
    }

    /** Fits at once in the next run; 0 = automatic (one per core, at most 4). */
    public javafx.beans.property.IntegerProperty workersProperty() {
        return workers;
    }

    /** The folder the next run writes to, or null for the default ({@code <project>.runs} beside the project file). */
    public ObjectProperty<java.nio.file.Path> runFolderProperty() {
        return runFolder;
    }

    /** The project's final model (the last fit of the chosen candidate) and whether it is saved with the project. */
    public FinalModelSlot finalModel() {
        return finalModel;
    }

    // ---- unsaved changes ----

    /**
     * True when a setting a project file holds (data and roles, recipe, resampling, domains, levels,
     * grid, seed, metrics, workers, run folder, kept rows) differs from when it was last saved or
     * opened. The model's own changes are the editor document's ({@link EditorDocument#dirty}).
     */
    public javafx.beans.property.ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    public boolean unsaved() {
        return unsaved.get();
    }

    /** Records that the settings as they are now are saved (or were just opened). */
    public void markSaved() {
        finalModel.markSaved();
        saved = settings();
        savedStrategy = strategy.get();
        refreshUnsaved();
    }

    private void refreshUnsaved() {
        unsaved.set(saved != null && (!saved.equals(settings()) || !savedStrategy.equals(strategy.get()))
                || finalModel.unsaved());
    }

    private SavedSettings settings() {
        List<Map<String, Object>> k = kept.get() != null ? kept.get() : pendingKept;
        return new SavedSettings(dataRef(), resampling.get(), domains.get(), levels.get(), grid.get(), seed.get(),
                metrics.get(), workers.get(), runFolder.get(), k);
    }

    /** What a project file would store of the loaded data, or null when it cannot (none, or no origin). */
    private org.blocktune.core.io.DataRef dataRef() {
        LoadedData d = data.get();
        return d == null || d.origin() == null ? null : new org.blocktune.core.io.DataRef(d.origin(), roles.get(), recipe.get());
    }

    // ---- derivations ----

    /** New candidates: kept rows of an opened project take effect, or kept rows of other candidates are dropped. */
    private void onCandidates() {
        Candidates c = candidates.get();
        if (pendingKept != null) {
            if (candidates.busyProperty().get()) {
                return;
            }
            List<Map<String, Object>> restored = c == null ? null : KeptRows.match(pendingKept, c.rows());
            boolean wasSaved = saved != null && !unsaved.get();
            pendingKept = null;
            lastCandidates = c;
            kept.set(restored);
            if (wasSaved && restored != null) {
                saved = saved.withKept(restored);
            }
            invalidate();
            refreshUnsaved();
            return;
        }
        if (!java.util.Objects.equals(c, lastCandidates)) {
            lastCandidates = c;
            kept.set(null);
            invalidate();
        }
    }

    private void invalidate() {
        revision.set(revision.get() + 1);
        dryRun.set(null);
    }

    private void recomputeSpace() {
        ModelSetup s = setup.get();
        List<Parameter> params = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SpecArgument a : s.arguments()) {
            if (s.tuned().contains(a.name()) && a.spec().tunable() && seen.add(a.name())) {
                params.add(new Parameter(a.name(), domainOf(a)));
            }
        }
        ParameterSet next = new ParameterSet(params);
        if (!next.equals(space.get())) {
            space.set(next);
        }
    }

    private void recomputeCandidates() {
        ParameterSet s = space.get();
        if (s.isEmpty()) {
            candidates.set(Candidates.untuned());
            return;
        }
        GridSettings g = projectGrid();
        candidates.compute(() -> {
            try {
                Grid grid = g.generate(s);
                return new Candidates(grid.parameterNames(), grid.rows(), null);
            } catch (IllegalArgumentException e) {
                return Candidates.failed(s.names(), e.getMessage());
            }
        });
    }

    /** Output blocks of the spec when the data was last checked (several outcomes read as one output per block). */
    private int shownOutputBlocks = 1;

    private int outputBlocks() {
        return (int) doc.spec().nodes().stream().filter(n -> n.block().isOutput()).count();
    }

    /** Re-checks the data when the spec's output blocks go from one to several or back (with several outcomes). */
    private void outputBlocksMayHaveChanged() {
        Roles r = roles.get();
        if (r != null && r.outcomes().size() > 1 && (outputBlocks() > 1) != (shownOutputBlocks > 1)) {
            recomputeData();
        }
    }

    private void recomputeData() {
        if (batch) {
            return;
        }
        LoadedData d = data.get();
        if (d == null) {
            dataCheck.set(null);
            return;
        }
        Roles r = roles.get();
        Recipe rec = recipe.get();
        ResamplingSettings rs = resampling.get();
        long sd = seed.get();
        int outputs = outputBlocks();
        shownOutputBlocks = outputs;
        dataCheck.compute(() -> DataCheck.of(d.table(), r, rec, rs, sd, outputs));
    }

    private GridSettings withSeed(GridSettings g, long s) {
        BayesianSettings b = g.bayesian();
        if (g.kind() == GridSettings.Kind.BAYESIAN && b == null) {
            b = BayesianSettings.defaults(task() == Task.REGRESSION ? Direction.MINIMIZE : Direction.MAXIMIZE);
        }
        return new GridSettings(g.kind(), g.levels(), g.size(), s, b == null ? null : b.withSeed(s), g.parameterLevels());
    }
}
