package org.blocktune.core.tune;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blocktune.core.data.Table;
import org.blocktune.core.fit.FitFailure;
import org.blocktune.core.fit.FitListener;
import org.blocktune.core.fit.History;
import org.blocktune.core.metrics.Metric;
import org.blocktune.core.task.CancellationToken;

/**
 * Fits and scores one candidate on one resample for a {@link TuneRunner}. The default,
 * {@link ModelCandidateFitter}, trains with {@link org.blocktune.core.fit.ModelFitter}; tests use
 * fakes. Implementations must be safe to call from several worker threads at once.
 */
public interface CandidateFitter {

    /** Called once before a run with the number of fits that will run at once. */
    default void useWorkers(int workers) {
    }

    /**
     * The dry run of a candidate (fixed and tuned values together): empty when it builds, else a
     * plain message. A candidate that fails is recorded as failed on every split without fitting.
     */
    Optional<String> dryRun(TuneJob job, Map<String, Object> values);

    /**
     * Fits {@code task} and scores it on its assessment rows.
     *
     * @throws FitFailure for a fit that could not complete (recorded with its message), or on cancellation
     */
    Outcome fit(Task task, FitListener listener, CancellationToken cancel) throws FitFailure;

    /**
     * One fit to do.
     *
     * @param job        the run (spec, recipe, roles, metrics)
     * @param values     fixed and tuned values together
     * @param analysis   the rows to fit on
     * @param assessment the rows to score on
     * @param seed       the fit's seed
     * @param predict    also return predictions on the assessment rows
     * @param watch      also score the assessment rows after every epoch (as {@code val_*} values, when the fit has
     *                   no validation split of its own), for the median pruner
     */
    record Task(TuneJob job, Map<String, Object> values, Table analysis, Table assessment, long seed,
                boolean predict, boolean watch) {
        /** A task that does not watch the assessment rows during training. */
        public Task(TuneJob job, Map<String, Object> values, Table analysis, Table assessment, long seed, boolean predict) {
            this(job, values, analysis, assessment, seed, predict, false);
        }

        /** The metrics to compute. */
        public List<Metric> metrics() {
            return job.metrics();
        }
    }

    /**
     * What a successful fit produced.
     *
     * @param metrics     metric name → value on the assessment rows
     * @param history     the per-epoch history
     * @param predictions predictions on the assessment rows, or null when not asked for
     */
    record Outcome(Map<String, Double> metrics, History history, Table predictions) {
    }
}
