package org.blocktune.core.tune;

import org.blocktune.core.fit.EpochMetrics;

/**
 * Events of a tune run. Every method does nothing by default.
 *
 * <p>Threads: {@link #runStarted}, {@link #fitFinished}, {@link #fitFailed}, {@link #warning}
 * and {@link #runFinished} are called on the thread that called the runner; {@link #fitStarted}
 * and the progress calls ({@link #trainingStarted}, {@link #batchFinished}, {@link #epochFinished})
 * come from worker threads, several at once when there are several workers. Implementations must
 * be thread-safe and quick (a GUI should hand events to its own thread); an exception thrown by a
 * listener is caught and ignored so that it cannot break the run.
 */
public interface TuneListener {
    /** A listener that ignores everything. */
    TuneListener NONE = new TuneListener() { };

    /**
     * The run starts: {@code totalFits} fits in all (for a Bayesian search, the most it may
     * make), of which {@code alreadyDone} were recorded by an earlier, resumed run.
     */
    default void runStarted(int totalFits, int alreadyDone) { }

    /** A fit starts (worker thread). */
    default void fitStarted(FitKey fit) { }

    /** Training of a fit starts: {@code epochs} epochs of {@code batches} batches (worker thread). */
    default void trainingStarted(FitKey fit, int epochs, int batches) { }

    /** A batch of a fit finished (worker thread). */
    default void batchFinished(FitKey fit, int epoch, int batch, double loss) { }

    /** An epoch of a fit finished (worker thread). */
    default void epochFinished(FitKey fit, EpochMetrics metrics) { }

    /** A fit finished and its record was written. */
    default void fitFinished(FitRecord record) { }

    /** A fit failed and its record (with the message) was written. */
    default void fitFailed(FitRecord record) { }

    /** The median pruner stopped a fit; its record (status PRUNED, the epochs trained, why) was written. */
    default void fitPruned(FitRecord record) { }

    /**
     * A race dropped a candidate: this record (status ELIMINATED, with the reason) stands for its fit
     * on one resample it will not be fitted on; one call per skipped resample.
     */
    default void fitEliminated(FitRecord record) { }

    /** Something the user should know that does not stop the run (e.g. a damaged record was skipped). */
    default void warning(String message) { }

    /** The run ends; {@code cancelled} is true when it stopped early on request. */
    default void runFinished(int fitsDone, int fitsFailed, boolean cancelled) { }
}
