package org.blocktune.core.project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.Task;
import org.blocktune.core.io.Project;
import org.blocktune.core.metrics.Metric;
import org.blocktune.core.metrics.NumericMetric;
import org.blocktune.core.metrics.OutputMetric;
import org.blocktune.core.resample.ResamplingSettings;
import org.blocktune.core.resample.Split;
import org.blocktune.core.resample.Strata;
import org.blocktune.core.space.ParameterSet;
import org.blocktune.core.tune.TuneControl;
import org.blocktune.core.tune.TuneJob;

/**
 * A project turned into the pieces of a tune run: its data split into training and test rows,
 * the resamples of the training rows, and the {@link TuneJob}. The initial split and the
 * resamples take their seeds from the project's master seed, so the same project always gives
 * the same rows.
 *
 * @param project  the project
 * @param task     classification or regression
 * @param training the rows used for tuning (and the final fit)
 * @param testing  the held-out test rows, or {@code null} when the project keeps no test set
 * @param job      the tune run
 */
public record TunePlan(Project project, Task task, Table training, Table testing, TuneJob job) {

    /**
     * Builds the plan of {@code project} saved as {@code projectFile} with its data already loaded.
     * The run folder is the project's, else {@code <project name>.runs} beside the project file.
     * When the project has kept candidates (the rows a dry run kept), the job runs exactly those, in
     * the grid's order, instead of every candidate of the grid.
     *
     * @throws IllegalArgumentException saying what in the project is incomplete or inconsistent (a kept
     *                                  candidate that no longer fits the search space is named, with the
     *                                  argument at fault)
     */
    public static TunePlan of(Project project, Path projectFile, LoadedData data) {
        if (project.data() == null || project.data().roles() == null) {
            throw new IllegalArgumentException("the project has no outcome yet; choose the data and its outcome column first");
        }
        Roles roles = project.data().roles();
        Table all = data.table();
        List<String> problems = roles.validate(all);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the data does not match the project's roles: " + String.join("; ", problems));
        }
        Task task = roles.task(all);
        long seed = project.control().seed();
        ResamplingSettings rs = project.resampling();
        String outcome = roles.outcomes().get(0);
        Table training = all;
        Table testing = data.ownTest();
        if (testing == null) {
            Split initial = rs.initial(all.rowCount(), Strata.of(all, outcome), seed);
            if (initial != null) {
                training = all.rows(initial.analysis());
                testing = all.rows(initial.assessment());
            }
        }
        List<Split> resamples = rs.resamples(training.rowCount(), Strata.of(training, outcome), seed + 1);
        List<Metric> metrics = metrics(project, task, all, roles);
        ParameterSet space = SearchSpaces.of(project.spec(), project.tuned(), project.space());
        Path folder = project.runFolder() != null ? project.runFolder() : defaultRunFolder(projectFile);
        TuneControl control = project.control();
        TuneJob job;
        if (project.hasKeptCandidates()) {
            job = new TuneJob(project.spec(), project.values(), space, null,
                    KeptCandidates.of(project.keptCandidates(), space, project.grid()), training, roles,
                    project.data().recipe(), resamples, metrics, control, folder);
        } else {
            job = space.isEmpty()
                    ? TuneJob.ofCandidates(project.spec(), project.values(), List.of(java.util.Map.of()), training,
                            roles, project.data().recipe(), resamples, metrics, control, folder)
                    : TuneJob.ofGrid(project.spec(), project.values(), space, project.grid(), training, roles,
                            project.data().recipe(), resamples, metrics, control, folder);
        }
        return new TunePlan(project, task, training, testing, job);
    }

    /** Reads the project's data and builds its plan. */
    public static TunePlan load(Project project, Path projectFile) throws IOException {
        return of(project, projectFile, LoadedData.load(project.data()));
    }

    /** {@code <folder>/<name without .json>.runs} next to the project file. */
    public static Path defaultRunFolder(Path projectFile) {
        Path abs = projectFile.toAbsolutePath();
        String name = abs.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        return abs.resolveSibling(name + ".runs");
    }

    /**
     * The metrics a run records. With several outputs, each metric of the project (default: the defaults
     * of every output's task) is recorded per output it suits, as {@code "<output> <metric>"}; a name of
     * that form picks one output's metric, and the first metric ranks the candidates.
     */
    public static List<Metric> metrics(Project project, Task task, Table data, Roles roles) {
        if (project.spec() != null && org.blocktune.core.fit.DataShapes.separateOutputs(project.spec(), data, roles)) {
            Map<String, Boolean> outputs = new java.util.LinkedHashMap<>();
            List<Metric> base = new ArrayList<>();
            for (String o : roles.outcomes()) {
                Task t = Roles.outcomeTask(data, o);
                outputs.put(o, t == Task.CLASSIFICATION);
                if (project.metrics().isEmpty()) {
                    Metric.defaults(t).stream().filter(m -> !base.contains(m)).forEach(base::add);
                }
            }
            project.metrics().forEach(name -> base.add(Metric.byName(name)));
            return OutputMetric.expand(base, outputs);
        }
        return metrics(project, task);
    }

    private static List<Metric> metrics(Project project, Task task) {
        if (project.metrics().isEmpty()) return Metric.defaults(task);
        List<Metric> out = new ArrayList<>();
        for (String name : project.metrics()) {
            Metric m = Metric.byName(name);
            if (m instanceof OutputMetric o) {
                throw new IllegalArgumentException("metric '" + name + "' names output '" + o.output() + "', but this "
                        + "network has one output; use '" + o.metric().metricName() + "'");
            }
            boolean numeric = m instanceof NumericMetric;
            if (numeric != (task == Task.REGRESSION)) {
                throw new IllegalArgumentException("metric '" + name + "' is for " + (numeric ? "regression" : "classification")
                        + " but this project's outcome makes it " + task.name().toLowerCase(java.util.Locale.ROOT)
                        + "; choose from " + Metric.defaults(task).stream().map(Metric::metricName).toList() + " and similar");
            }
            out.add(m);
        }
        return out;
    }
}
