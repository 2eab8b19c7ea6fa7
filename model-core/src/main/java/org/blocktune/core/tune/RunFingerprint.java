package org.blocktune.core.tune;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.blocktune.core.data.Column;
import org.blocktune.core.io.BlockLibraryJson;
import org.blocktune.core.io.RecipeJson;
import org.blocktune.core.io.SpecJson;
import org.blocktune.core.resample.Split;
import org.blocktune.core.space.GridSettings;
import org.blocktune.core.tune.strategy.SearchStrategy;
import org.blocktune.core.tune.strategy.StrategyJson;

/**
 * A SHA-256 over everything that decides a run's numbers: spec, fixed values, search space and
 * grid settings, the initial candidates, the resamples (ids and rows), the training table's
 * contents, roles, recipe, metric names and the master seed. Worker count, predictions and the
 * folder are not part of it, so a run may be resumed with other workers.
 */
final class RunFingerprint {
    private RunFingerprint() {
    }

    static String of(TuneJob job, List<Candidate> candidates) {
        return of(job, candidates, SearchStrategy.grid());
    }

    /** The fingerprint with the strategy; a plain grid adds nothing, so older run folders still resume. */
    static String of(TuneJob job, List<Candidate> candidates, SearchStrategy strategy) {
        StringBuilder sb = new StringBuilder("blocktune-tune-v").append(RunInfo.FORMAT_VERSION).append('\n');
        sb.append("spec=").append(specText(job)).append('\n');
        sb.append("fixed=").append(FitSeeds.canonical(job.fixed())).append('\n');
        sb.append("space=").append(job.space().parameters()).append('\n');
        sb.append("grid=").append(gridText(job.grid())).append('\n');
        for (Candidate c : candidates) {
            sb.append(c.id()).append('=').append(FitSeeds.canonical(c.values())).append('\n');
        }
        for (Split s : job.resamples()) {
            sb.append("split ").append(s.id()).append(' ').append(Arrays.hashCode(s.analysis())).append(' ')
                    .append(Arrays.hashCode(s.assessment())).append(' ').append(s.analysisSize()).append('/')
                    .append(s.assessmentSize()).append('\n');
        }
        sb.append("table=").append(job.training().rowCount()).append(job.training().names()).append('\n');
        for (Column c : job.training().columns()) {
            sb.append("column ").append(c.name()).append(' ').append(c.type()).append(' ').append(c.hashCode()).append('\n');
        }
        sb.append("roles=").append(job.roles()).append('\n');
        sb.append("recipe=").append(RecipeJson.write(job.recipe())).append('\n');
        sb.append("metrics=").append(job.metrics().stream().map(m -> m.metricName()).toList()).append('\n');
        sb.append("seed=").append(job.control().seed()).append('\n');
        if (!strategy.isDefault()) {
            sb.append("strategy=").append(StrategyJson.toJson(strategy)).append('\n');
        }
        return HexFormat.of().formatHex(FitSeeds.sha256(sb.toString()));
    }

    /**
     * The grid settings as they were hashed before per-parameter levels existed, with those levels
     * appended only when there are some, so run folders written before then still resume.
     */
    static String gridText(GridSettings g) {
        if (g == null) {
            return "null";
        }
        String old = "GridSettings[kind=" + g.kind() + ", levels=" + g.levels() + ", size=" + g.size() + ", seed="
                + g.seed() + ", bayesian=" + g.bayesian() + "]";
        return g.parameterLevels().isEmpty() ? old : old + " parameterLevels=" + g.parameterLevels();
    }

    /** The spec as its project-file JSON plus the composite blocks it uses, so a changed block definition shows. */
    private static String specText(TuneJob job) {
        try {
            return SpecJson.write(job.spec()) + BlockLibraryJson.write(SpecJson.composites(job.spec()));
        } catch (RuntimeException e) {
            // a block defined in Java code has no JSON form; identity hash codes differ between JVMs, so drop them
            return job.spec().toString().replaceAll("@[0-9a-f]+", "@");
        }
    }
}
