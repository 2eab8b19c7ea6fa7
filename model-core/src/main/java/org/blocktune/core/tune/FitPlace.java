package org.blocktune.core.tune;

import java.io.IOException;
import java.util.function.Consumer;
import org.blocktune.core.task.CancellationToken;

/**
 * Where the fits of a run execute: worker threads in this process ({@link LocalWorkers}, the
 * default) or elsewhere, e.g. the tasks of a Spark cluster (the optional {@code spark} module).
 * The {@link TuneRunner}'s coordinator stays on the caller's thread either way: it decides what to
 * fit, receives one {@link FitRecord} per fit and alone writes the run folder, so records, resume
 * and the fingerprint do not depend on the place.
 */
public interface FitPlace {

    /**
     * Opens the place for one run.
     *
     * @param job      the run
     * @param fitter   the fitter local threads use (a remote place may fit with its own copy of the default fitter)
     * @param listener the run's listener, for progress events ({@link TuneListener#fitStarted} and the training events)
     * @param cancel   the run's token
     * @throws IOException           when the place cannot be reached
     * @throws IllegalStateException when the place cannot be used (e.g. a cluster that does not start), saying why
     */
    Open open(TuneJob job, CandidateFitter fitter, TuneListener listener, CancellationToken cancel) throws IOException;

    /** A short description for messages, e.g. "2 local workers" or "Spark local[2]". */
    String describe(TuneJob job);

    /** A place opened for one run. */
    interface Open extends AutoCloseable {
        /** How many fits the coordinator keeps started at once; read again as fits end (a cluster may grow). */
        int capacity();

        /**
         * Starts {@code order}; {@code done} is called exactly once, on any thread, with its record
         * (failures included, as failed records) or with null when the fit was cancelled (then it is
         * not recorded and runs again on resume).
         */
        void start(FitOrder order, Consumer<FitRecord> done);

        /**
         * Starts {@code order} with a watcher that may stop it early (the median pruner). Only places in
         * this process can: the others refuse.
         *
         * @throws IllegalStateException when this place cannot watch fits
         */
        default void start(FitOrder order, FitExecution.Watcher watcher, Consumer<FitRecord> done) {
            throw new IllegalStateException("median pruning needs the fits in this process; it cannot be used "
                    + "with this place (run without pruning, or on this computer)");
        }

        /** Stops whatever still runs and frees the place's resources. */
        @Override
        void close();
    }
}
