package org.blocktune.core.tune;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.blocktune.core.data.CategoricalColumn;
import org.blocktune.core.data.NumericColumn;
import org.blocktune.core.data.Table;
import org.blocktune.core.fit.EpochMetrics;
import org.blocktune.core.fit.FitFailure;
import org.blocktune.core.fit.FitListener;
import org.blocktune.core.fit.History;
import org.blocktune.core.random.SeededRandom;
import org.blocktune.core.task.CancellationToken;

/**
 * A deterministic stand-in for the real fitter. accuracy = 0.9 − |units − 16| / 100 −
 * 0.05 (log10(learn_rate) + 2)² + 0.01 · noise(seed); mn_log_loss = 1 − accuracy. Candidates with
 * {@code dense_units} 2 fail the dry run, 4 throw {@link FitFailure} (DIVERGED), 8 throw an
 * unexpected exception; each fit sleeps {@code sleepMillis} in small steps, honouring cancellation.
 */
final class FakeFitter implements CandidateFitter {
    final AtomicInteger fits = new AtomicInteger();
    final AtomicInteger dryRuns = new AtomicInteger();
    volatile int workersAsked;
    private final long sleepMillis;

    FakeFitter(long sleepMillis) {
        this.sleepMillis = sleepMillis;
    }

    static double accuracy(Map<String, Object> values) {
        int units = ((Number) values.getOrDefault("dense_units", 16)).intValue();
        double lr = ((Number) values.getOrDefault("learn_rate", 0.01)).doubleValue();
        double l = Math.log10(lr) + 2;
        return 0.9 - Math.abs(units - 16) / 100.0 - 0.05 * l * l;
    }

    @Override
    public void useWorkers(int workers) {
        workersAsked = workers;
    }

    @Override
    public Optional<String> dryRun(TuneJob job, Map<String, Object> values) {
        dryRuns.incrementAndGet();
        return units(values) == 2 ? Optional.of("block 'dense': units = 2 is too small for this test") : Optional.empty();
    }

    private static int units(Map<String, Object> values) {
        return ((Number) values.getOrDefault("dense_units", 16)).intValue();
    }

    @Override
    public Outcome fit(Task task, FitListener listener, CancellationToken cancel) throws FitFailure {
        fits.incrementAndGet();
        long end = System.nanoTime() + sleepMillis * 1_000_000;
        while (System.nanoTime() < end) {
            if (cancel.isCancelled()) {
                throw new FitFailure(FitFailure.Kind.CANCELLED, "cancelled");
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FitFailure(FitFailure.Kind.CANCELLED, "interrupted");
            }
        }
        int units = units(task.values());
        if (units == 4) {
            throw new FitFailure(FitFailure.Kind.DIVERGED, "the loss became NaN in epoch 2; lower learn_rate");
        }
        if (units == 8) {
            throw new IllegalStateException("boom in the fake fitter");
        }
        SeededRandom rng = new SeededRandom(task.seed());
        double acc = accuracy(task.values()) + 0.01 * rng.nextDouble();
        listener.started(3, 1);
        List<EpochMetrics> epochs = new ArrayList<>();
        for (int e = 1; e <= 3; e++) {
            double loss = 1.0 / e + 0.1 * rng.nextDouble();
            listener.batchFinished(e, 1, loss);
            EpochMetrics m = new EpochMetrics(e, Map.of("loss", loss));
            listener.epochFinished(m);
            epochs.add(m);
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (var m : task.metrics()) {
            metrics.put(m.metricName(), m.metricName().equals("accuracy") ? acc : 1 - acc);
        }
        Table predictions = null;
        if (task.predict()) {
            int n = task.assessment().rowCount();
            String[] cls = new String[n];
            double[] p = new double[n];
            for (int i = 0; i < n; i++) {
                cls[i] = i % 2 == 0 ? "a" : "b";
                p[i] = i % 2 == 0 ? 0.75 : 0.25;
            }
            predictions = new Table(List.of(CategoricalColumn.ofStrings(".pred_class", List.of("a", "b"), cls),
                    new NumericColumn(".pred_a", p)));
        }
        return new Outcome(metrics, new History(epochs, "completed 3 epochs", 3), predictions);
    }
}
