package org.blocktune.core.tune;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.blocktune.core.fit.EpochMetrics;
import org.blocktune.core.fit.FitFailure;
import org.blocktune.core.fit.FitListener;
import org.blocktune.core.fit.History;
import org.blocktune.core.random.SeededRandom;
import org.blocktune.core.task.CancellationToken;

/**
 * A deterministic fitter that trains {@code fit_epochs} epochs, checking the token before each one
 * as the real trainer does before each batch. The loss of epoch e is {@code q + 1/e + 0.02·noise},
 * with q = |units − 16| / 20 + 0.1·|log10(learn_rate) + 2| the candidate's badness; accuracy on the
 * assessment rows is {@code 0.95 − q/2 − 0.2/epochs + 0.01·noise} (more epochs help). Noise comes
 * from the fit's seed only. Each epoch sleeps {@code epochMillis}.
 */
final class EpochFakeFitter implements CandidateFitter {
    final AtomicLong epochsTrained = new AtomicLong();
    private final long epochMillis;

    EpochFakeFitter(long epochMillis) {
        this.epochMillis = epochMillis;
    }

    static double badness(Map<String, Object> values) {
        int units = ((Number) values.getOrDefault("dense_units", 16)).intValue();
        double lr = ((Number) values.getOrDefault("learn_rate", 0.01)).doubleValue();
        return Math.abs(units - 16) / 20.0 + 0.1 * Math.abs(Math.log10(lr) + 2);
    }

    @Override
    public Optional<String> dryRun(TuneJob job, Map<String, Object> values) {
        return Optional.empty();
    }

    @Override
    public Outcome fit(Task task, FitListener listener, CancellationToken cancel) throws FitFailure {
        int epochs = ((Number) task.values().getOrDefault("fit_epochs", 10)).intValue();
        double q = badness(task.values());
        SeededRandom rng = new SeededRandom(task.seed());
        listener.started(epochs, 1);
        List<EpochMetrics> history = new ArrayList<>();
        for (int e = 1; e <= epochs; e++) {
            if (cancel.isCancelled()) {
                throw new FitFailure(FitFailure.Kind.CANCELLED, "cancelled");
            }
            if (epochMillis > 0) {
                try {
                    Thread.sleep(epochMillis);
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    throw new FitFailure(FitFailure.Kind.CANCELLED, "interrupted");
                }
            }
            epochsTrained.incrementAndGet();
            double loss = q + 1.0 / e + 0.02 * rng.nextDouble();
            listener.batchFinished(e, 1, loss);
            EpochMetrics m = new EpochMetrics(e, Map.of("loss", loss));
            history.add(m);
            listener.epochFinished(m);
        }
        double acc = 0.95 - q / 2 - 0.2 / epochs + 0.01 * rng.nextDouble();
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (var m : task.metrics()) {
            metrics.put(m.metricName(), m.metricName().equals("accuracy") ? acc : 1 - acc);
        }
        return new Outcome(metrics, new History(history, "completed " + epochs + " epochs", epochs), null);
    }
}
