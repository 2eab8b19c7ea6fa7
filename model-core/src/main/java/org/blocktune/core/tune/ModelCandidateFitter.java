package org.blocktune.core.tune;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blocktune.core.compile.CompileGrid;
import org.blocktune.core.compile.CompiledRow;
import org.blocktune.core.fit.DataShapes;
import org.blocktune.core.fit.FitFailure;
import org.blocktune.core.fit.FitListener;
import org.blocktune.core.fit.FitRequest;
import org.blocktune.core.fit.FittedModel;
import org.blocktune.core.fit.ModelFitter;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.task.CancellationToken;

/**
 * The real {@link CandidateFitter}: the dry run is {@link CompileGrid#compileRow} against each
 * reading of the (baked) training data ({@link DataShapes#readings}), as a fit tries them; a fit is {@link ModelFitter#fit} on the analysis rows,
 * scored with {@link FittedModel#evaluate} (and {@link FittedModel#predict}) on the assessment rows.
 */
public final class ModelCandidateFitter implements CandidateFitter {
    private final Object lock = new Object();
    private TuneJob shapeJob;
    private List<DataShape> shapes;

    @Override
    public void useWorkers(int workers) {
        ModelFitter.useWorkers(workers);
    }

    @Override
    public Optional<String> dryRun(TuneJob job, Map<String, Object> values) {
        List<DataShape> readings = readingsOf(job);
        if (readings.isEmpty()) {
            return Optional.empty(); // the data problem is reported by the fit itself
        }
        String firstError = null;
        for (DataShape data : readings) {
            CompiledRow row = CompileGrid.compileRow(0, job.spec(), Map.of(), values, data, job.control().seed());
            if (row.ok()) {
                return Optional.empty();
            }
            if (firstError == null) {
                firstError = row.error();
            }
        }
        return Optional.of(firstError);
    }

    @Override
    public Outcome fit(Task task, FitListener listener, CancellationToken cancel) throws FitFailure {
        TuneJob job = task.job();
        FitRequest request = new FitRequest(job.spec(), task.values(), job.recipe(), job.roles(), task.seed());
        FittedModel model = ModelFitter.fit(request, task.analysis(), task.watch() ? task.assessment() : null, listener,
                cancel);
        Map<String, Double> metrics = model.evaluate(task.assessment(), task.metrics());
        return new Outcome(metrics, model.history(), task.predict() ? model.predict(task.assessment()) : null);
    }

    private List<DataShape> readingsOf(TuneJob job) {
        synchronized (lock) {
            if (shapeJob != job) {
                List<DataShape> s;
                try {
                    s = DataShapes.readings(job.training(), job.roles(), job.recipe(), job.spec());
                } catch (RuntimeException e) {
                    s = List.of();
                }
                shapeJob = job;
                shapes = s;
            }
            return shapes;
        }
    }
}
