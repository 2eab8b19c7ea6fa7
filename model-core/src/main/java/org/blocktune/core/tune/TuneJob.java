package org.blocktune.core.tune;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.metrics.Metric;
import org.blocktune.core.resample.Split;
import org.blocktune.core.space.GridSettings;
import org.blocktune.core.space.ParameterSet;
import org.blocktune.core.spec.Spec;

/**
 * Everything that defines a tune run. Immutable. Candidates come either from a search space and
 * {@link GridSettings} ({@link #ofGrid}) or from an explicit list ({@link #ofCandidates}); a
 * {@link GridSettings.Kind#BAYESIAN} grid makes the run iterative.
 *
 * @param spec       the spec to tune
 * @param fixed      argument values shared by every candidate (a candidate's own values win)
 * @param space      the tuned parameters (for explicit candidates: may be empty)
 * @param grid       how candidates are chosen, or null when {@code candidates} is given
 * @param candidates explicit candidates (each a map over the same tuned names), or null when {@code grid} is given
 * @param training   the training table; resamples index its rows
 * @param roles      outcome and predictor columns
 * @param recipe     preprocessing, prepared on each fit's analysis rows only
 * @param resamples  the resamples; ids must be unique
 * @param metrics    the metrics to record; the first one is optimised
 * @param control    workers, master seed, whether to keep predictions
 * @param folder     the run folder for durable records, or null to keep the run in memory
 */
public record TuneJob(Spec spec, Map<String, Object> fixed, ParameterSet space, GridSettings grid,
                      List<Map<String, Object>> candidates, Table training, Roles roles, Recipe recipe,
                      List<Split> resamples, List<Metric> metrics, TuneControl control, Path folder) {

    public TuneJob {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(control, "control");
        fixed = Collections.unmodifiableMap(new LinkedHashMap<>(fixed == null ? Map.of() : fixed));
        space = space == null ? ParameterSet.of() : space;
        recipe = recipe == null ? Recipe.of() : recipe;
        if ((grid == null) == (candidates == null)) {
            throw new IllegalArgumentException("give either grid settings or an explicit list of candidates, not both or neither");
        }
        if (grid != null && space.isEmpty()) {
            throw new IllegalArgumentException("the search space is empty; mark at least one argument for tuning");
        }
        if (candidates != null) {
            candidates = copyCandidates(candidates, space);
        }
        resamples = List.copyOf(resamples);
        metrics = List.copyOf(metrics);
        if (resamples.isEmpty()) {
            throw new IllegalArgumentException("no resamples; make v-fold, bootstrap or validation splits of the training data");
        }
        Set<String> ids = new HashSet<>();
        for (Split s : resamples) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("resample id '" + s.id() + "' appears twice; resample ids must be unique");
            }
            for (int[] rows : new int[][] {s.analysis(), s.assessment()}) {
                for (int r : rows) {
                    if (r < 0 || r >= training.rowCount()) {
                        throw new IllegalArgumentException("resample '" + s.id() + "' uses row " + r + " but the training table has "
                                + training.rowCount() + " rows; make the resamples from this table");
                    }
                }
            }
        }
        if (metrics.isEmpty()) {
            throw new IllegalArgumentException("choose at least one metric; the first one is optimised");
        }
        Set<String> metricNames = new HashSet<>();
        for (Metric m : metrics) {
            if (!metricNames.add(m.metricName())) {
                throw new IllegalArgumentException("metric '" + m.metricName() + "' is listed twice");
            }
        }
    }

    /** A run over the candidates of {@code grid} in {@code space}. */
    public static TuneJob ofGrid(Spec spec, Map<String, Object> fixed, ParameterSet space, GridSettings grid,
                                 Table training, Roles roles, Recipe recipe, List<Split> resamples,
                                 List<Metric> metrics, TuneControl control, Path folder) {
        return new TuneJob(spec, fixed, space, Objects.requireNonNull(grid, "grid"), null, training, roles, recipe,
                resamples, metrics, control, folder);
    }

    /** A run over an explicit list of candidates. */
    public static TuneJob ofCandidates(Spec spec, Map<String, Object> fixed, List<Map<String, Object>> candidates,
                                       Table training, Roles roles, Recipe recipe, List<Split> resamples,
                                       List<Metric> metrics, TuneControl control, Path folder) {
        return new TuneJob(spec, fixed, null, null, Objects.requireNonNull(candidates, "candidates"), training, roles,
                recipe, resamples, metrics, control, folder);
    }

    /** This job writing to another folder (null: in memory). */
    public TuneJob withFolder(Path newFolder) {
        return new TuneJob(spec, fixed, space, grid, candidates, training, roles, recipe, resamples, metrics, control, newFolder);
    }

    /** This job with other run controls. */
    public TuneJob withControl(TuneControl newControl) {
        return new TuneJob(spec, fixed, space, grid, candidates, training, roles, recipe, resamples, metrics, newControl, folder);
    }

    /** True for an iterative (Bayesian) search. */
    public boolean isBayesian() {
        return grid != null && grid.kind() == GridSettings.Kind.BAYESIAN;
    }

    /** The metric that is optimised. */
    public Metric primaryMetric() {
        return metrics.get(0);
    }

    /** The tuned parameter names: the space's, or the explicit candidates' keys. */
    public List<String> parameterNames() {
        if (!space.isEmpty()) {
            return space.names();
        }
        return candidates.isEmpty() ? List.of() : List.copyOf(candidates.get(0).keySet());
    }

    /**
     * The candidates known before fitting starts: the grid (for a Bayesian search, its initial
     * design) or the explicit list, numbered {@code cand_001} onwards.
     */
    public List<Candidate> initialCandidates() {
        List<Map<String, Object>> rows = candidates != null ? candidates : grid.generate(space).rows();
        List<Candidate> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            out.add(new Candidate(Candidate.idOf(i), rows.get(i)));
        }
        return out;
    }

    /** Fixed values overlaid with {@code candidate}'s values: the arguments a fit uses. */
    public Map<String, Object> valuesOf(Map<String, Object> candidate) {
        Map<String, Object> all = new LinkedHashMap<>(fixed);
        all.putAll(candidate);
        return all;
    }

    private static List<Map<String, Object>> copyCandidates(List<Map<String, Object>> given, ParameterSet space) {
        if (given.isEmpty()) {
            throw new IllegalArgumentException("the candidate list is empty; give at least one candidate");
        }
        Set<String> keys = given.get(0).keySet();
        Set<String> seen = new HashSet<>();
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Map<String, Object> c = given.get(i);
            if (!c.keySet().equals(keys)) {
                throw new IllegalArgumentException("candidate " + (i + 1) + " sets " + c.keySet() + " but candidate 1 sets "
                        + keys + "; every candidate must set the same arguments");
            }
            if (!space.isEmpty()) {
                List<String> problems = space.problems(c);
                if (!problems.isEmpty()) {
                    throw new IllegalArgumentException("candidate " + (i + 1) + ": " + String.join("; ", problems));
                }
            }
            if (!seen.add(FitSeeds.canonical(c))) {
                throw new IllegalArgumentException("candidate " + (i + 1) + " repeats an earlier candidate " + c);
            }
            out.add(Collections.unmodifiableMap(new LinkedHashMap<>(c)));
        }
        return List.copyOf(out);
    }
}
