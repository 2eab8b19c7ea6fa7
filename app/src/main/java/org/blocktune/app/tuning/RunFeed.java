package org.blocktune.app.tuning;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import org.blocktune.core.fit.EpochMetrics;
import org.blocktune.core.tune.FitKey;
import org.blocktune.core.tune.FitRecord;
import org.blocktune.core.tune.RunFolder;
import org.blocktune.core.tune.RunInfo;
import org.blocktune.core.tune.TuneResults;
import org.blocktune.core.tune.TuneListener;

/**
 * The tune run's events, collected from the runner's and the workers' threads and handed to the
 * FX thread in one batch per pulse ({@link #drain}). Discrete events (a fit starts, an epoch or a
 * fit ends) queue up in order; batch events are coalesced to the latest batch of each running
 * fit, so hundreds of batches a second cost one update per fit and pulse. A fit's epochs are
 * thinned to at most {@value #EPOCH_POINTS} evenly spaced ones (and its last): the fast dense engine
 * trains thousands of small epochs a second, and queueing every one kept the FX thread drawing
 * loss curves while finished fits waited behind them (a 12-fit run of 20,000 epochs showed no
 * finished fit until it had ended). Thread-safe.
 */
final class RunFeed implements TuneListener {
    /** One discrete event of the run. */
    sealed interface Event permits Prior, Info, Started, FitBegan, TrainingBegan, EpochDone, FitDone, Warned { }

    /** The fits an earlier run recorded (a resumed run shows them too). */
    record Prior(TuneResults results) implements Event { }

    /** The run's identity as its folder stores it (for results that grow while it runs). */
    record Info(RunInfo info) implements Event { }

    /** The run starts: {@code total} fits, of which {@code alreadyDone} were recorded by an earlier run. */
    record Started(int total, int alreadyDone) implements Event { }

    record FitBegan(FitKey key) implements Event { }

    record TrainingBegan(FitKey key, int epochs, int batches) implements Event { }

    record EpochDone(FitKey key, EpochMetrics metrics) implements Event { }

    /** A fit finished or failed (its record says which). */
    record FitDone(FitRecord record) implements Event { }

    record Warned(String message) implements Event { }

    /** The latest finished batch of a fit. */
    record Batch(int epoch, int batch, double loss) { }

    /** Most epochs of one fit handed to the screen (its loss curve's points). */
    static final int EPOCH_POINTS = 400;
    private final ConcurrentLinkedQueue<Event> events = new ConcurrentLinkedQueue<>();
    private final Map<FitKey, Batch> batches = new ConcurrentHashMap<>();
    private final Map<FitKey, Integer> epochCounts = new ConcurrentHashMap<>();

    private final java.nio.file.Path folder;

    /** @param folder the run folder, whose run.json is read when the run starts */
    RunFeed(java.nio.file.Path folder) {
        this.folder = folder;
    }

    void prior(TuneResults results) {
        events.add(new Prior(results));
    }

    @Override
    public void runStarted(int totalFits, int alreadyDone) {
        // called on the runner's thread once run.json is written
        try {
            events.add(new Info(RunFolder.readInfo(folder)));
        } catch (java.io.IOException | RuntimeException e) {
            events.add(new Warned("could not read the run folder's run.json: " + e.getMessage()));
        }
        events.add(new Started(totalFits, alreadyDone));
    }

    @Override
    public void fitStarted(FitKey fit) {
        events.add(new FitBegan(fit));
    }

    @Override
    public void trainingStarted(FitKey fit, int epochs, int batchCount) {
        epochCounts.put(fit, epochs);
        events.add(new TrainingBegan(fit, epochs, batchCount));
    }

    @Override
    public void batchFinished(FitKey fit, int epoch, int batch, double loss) {
        batches.put(fit, new Batch(epoch, batch, loss));
    }

    @Override
    public void epochFinished(FitKey fit, EpochMetrics metrics) {
        if (shown(metrics.epoch(), epochCounts.getOrDefault(fit, 0))) {
            events.add(new EpochDone(fit, metrics));
        }
    }

    /**
     * Whether epoch {@code epoch} of a fit of {@code epochs} epochs (counted from the first it trains) is
     * handed on: every epoch up to {@value #EPOCH_POINTS}, else every k-th (k = epochs / EPOCH_POINTS,
     * rounded up) and the last.
     */
    static boolean shown(int epoch, int epochs) {
        if (epochs <= EPOCH_POINTS) {
            return true;
        }
        int stride = (epochs + EPOCH_POINTS - 1) / EPOCH_POINTS;
        return epoch % stride == 0 || epoch >= epochs;
    }

    @Override
    public void fitFinished(FitRecord record) {
        ended(record);
    }

    @Override
    public void fitFailed(FitRecord record) {
        ended(record);
    }

    @Override
    public void fitPruned(FitRecord record) {
        ended(record);
    }

    @Override
    public void fitEliminated(FitRecord record) {
        ended(record);
    }

    private void ended(FitRecord record) {
        batches.keySet().removeIf(k -> k.candidate().id().equals(record.candidateId())
                && k.splitId().equals(record.splitId()));
        epochCounts.keySet().removeIf(k -> k.candidate().id().equals(record.candidateId())
                && k.splitId().equals(record.splitId()));
        events.add(new FitDone(record));
    }

    @Override
    public void warning(String message) {
        events.add(new Warned(message));
    }

    /**
     * Hands everything collected since the last drain to the FX thread: the discrete events in
     * order, then the latest batch of each fit.
     *
     * @return true when there was anything
     */
    boolean drain(Consumer<Event> onEvent, java.util.function.BiConsumer<FitKey, Batch> onBatch) {
        boolean any = false;
        for (Event e; (e = events.poll()) != null; ) {
            onEvent.accept(e);
            any = true;
        }
        for (FitKey k : batches.keySet()) {
            Batch b = batches.remove(k);
            if (b != null) {
                onBatch.accept(k, b);
                any = true;
            }
        }
        return any;
    }
}
