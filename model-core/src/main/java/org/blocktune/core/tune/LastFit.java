package org.blocktune.core.tune;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.fit.FitFailure;
import org.blocktune.core.fit.FitListener;
import org.blocktune.core.fit.FitRequest;
import org.blocktune.core.fit.FittedModel;
import org.blocktune.core.fit.ModelFitter;
import org.blocktune.core.metrics.Metric;
import org.blocktune.core.spec.Spec;
import org.blocktune.core.task.CancellationToken;

/**
 * The last fit (tune's {@code last_fit()}): the finalised values fitted on the whole training
 * table and evaluated once on the test table.
 *
 * @param model       the fitted model
 * @param testMetrics metric name → value on the test table (empty when there is no test table)
 * @param predictions predictions for every test row, or null when there is no test table
 */
public record LastFit(FittedModel model, Map<String, Double> testMetrics, Table predictions) {

    /** How the model is fitted; {@link ModelFitter#fit} unless a test supplies another. */
    @FunctionalInterface
    public interface Fitting {
        /** Fits {@code request} on {@code training}. */
        FittedModel fit(FitRequest request, Table training, FitListener listener, CancellationToken cancel) throws FitFailure;
    }

    public LastFit {
        Objects.requireNonNull(model, "model");
        testMetrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(testMetrics));
    }

    /**
     * Fits {@code values} (e.g. {@link TuneResults#finalizedValues}) of {@code job}'s spec on the job's whole
     * training table with its recipe and roles, then scores the job's metrics on {@code test}. The
     * seed is the job's master seed. The fit gets the native threads per operation that each fit of
     * the job's run gets ({@link TuneRunner#workersFor}), whatever ran before in the process.
     *
     * @throws FitFailure if the fit cannot complete or was cancelled
     */
    public static LastFit run(TuneJob job, Map<String, Object> values, Table test, FitListener listener,
                              CancellationToken cancel) throws FitFailure {
        ModelFitter.useWorkers(TuneRunner.workersFor(job.control()));
        return run(job.spec(), values, job.recipe(), job.roles(), job.training(), test, job.metrics(),
                job.control().seed(), listener, cancel, ModelFitter::fit);
    }

    /**
     * Fits {@code values} of {@code spec} on {@code training} and scores {@code metrics} on {@code test}
     * (null: no test set, so no test metrics).
     *
     * @throws FitFailure if the fit cannot complete or was cancelled
     */
    public static LastFit run(Spec spec, Map<String, Object> values, Recipe recipe, Roles roles, Table training,
                              Table test, List<Metric> metrics, long seed, FitListener listener,
                              CancellationToken cancel, Fitting fitting) throws FitFailure {
        List<String> missing = test == null ? List.of() : roles.outcomes().stream().filter(o -> !test.has(o)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the test table has no outcome column " + missing
                    + "; the last fit scores the model on test data with known outcomes");
        }
        FittedModel model = fitting.fit(new FitRequest(spec, values, recipe, roles, seed), training,
                listener == null ? FitListener.NONE : listener, cancel == null ? CancellationToken.none() : cancel);
        if (test == null) {
            return new LastFit(model, Map.of(), null);
        }
        return new LastFit(model, model.evaluate(test, metrics), model.predict(test));
    }
}
