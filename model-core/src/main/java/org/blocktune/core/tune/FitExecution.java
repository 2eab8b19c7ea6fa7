package org.blocktune.core.tune;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.blocktune.core.compile.MemoryEstimate;
import org.blocktune.core.fit.EpochMetrics;
import org.blocktune.core.fit.FitFailure;
import org.blocktune.core.fit.FitListener;
import org.blocktune.core.resample.Split;
import org.blocktune.core.task.CancellationToken;

/**
 * Does one {@link FitOrder} of a job wherever it runs (a local worker thread or a cluster task):
 * the candidate's dry run (once per candidate), the fit on the split's analysis rows and the scores
 * on its assessment rows, as a {@link FitRecord}. Every failure with a model reason (an invalid
 * spec, a fit that throws {@link FitFailure}, running out of memory, any unexpected exception) is a
 * failed record, never an exception, so a cluster does not retry it. Thread-safe.
 */
public final class FitExecution {
    private final TuneJob job;
    private final CandidateFitter fitter;
    private final Map<String, Optional<String>> dryRuns = new ConcurrentHashMap<>();

    /** Fits of {@code job} with {@code fitter}. */
    public FitExecution(TuneJob job, CandidateFitter fitter) {
        this.job = job;
        this.fitter = fitter;
    }

    /**
     * Fits {@code order}; returns its record, or null when {@code cancel} stopped it (a cancelled
     * fit is not recorded).
     *
     * @throws IllegalArgumentException if the order names a split the job does not have
     */
    public FitRecord run(FitOrder order, FitListener progress, CancellationToken cancel) {
        return run(order, progress, cancel, null);
    }

    /**
     * Watches a running fit and may stop it early (the median pruner): it sees the fit's events, gives the
     * token the fit runs with, and says why it stopped the fit. Used only by places in this process.
     */
    public interface Watcher {
        /** Called on the fit's thread before it starts. */
        default void begin() {
        }

        /** Called on the fit's thread when it has ended, however it ended. */
        default void end() {
        }

        /** The fit's listener, seeing every event before or after {@code progress}. */
        FitListener watch(FitListener progress);

        /** The token the fit runs with (it follows the run's token too). */
        CancellationToken token();

        /** Why the watcher stopped the fit, or null while it has not. */
        String reason();

        /** The epochs the fit finished before it was stopped. */
        List<EpochMetrics> epochs();
    }

    /** As {@link #run(FitOrder, FitListener, CancellationToken)}, with a watcher that may prune the fit (may be null). */
    public FitRecord run(FitOrder order, FitListener progress, CancellationToken cancel, Watcher watcher) {
        if (watcher == null) {
            return fit(order, progress, cancel, null);
        }
        watcher.begin();
        try {
            return fit(order, progress, cancel, watcher);
        } finally {
            watcher.end();
        }
    }

    private FitRecord fit(FitOrder order, FitListener progress, CancellationToken cancel, Watcher watcher) {
        Split s = job.resamples().stream().filter(x -> x.id().equals(order.splitId())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the job has no resample '" + order.splitId() + "'"));
        long start = System.nanoTime();
        Map<String, Object> values = new LinkedHashMap<>(job.valuesOf(order.candidate().values()));
        if (order.budget() > 0) {
            values.put("fit_epochs", order.budget());
        }
        try {
            Optional<String> dryRunError = dryRuns.computeIfAbsent(order.candidate().id(), id -> dryRun(values));
            if (dryRunError.isPresent()) {
                String kind = MemoryEstimate.isMemoryProblem(dryRunError.get())
                        ? FitFailure.Kind.OUT_OF_MEMORY.name() : FitFailure.Kind.INVALID_SPEC.name();
                return failed(order, kind, dryRunError.get(), start);
            }
            CandidateFitter.Task task = new CandidateFitter.Task(job, values, job.training().rows(s.analysis()),
                    job.training().rows(s.assessment()), order.seed(), job.control().savePredictions(), order.watch());
            CandidateFitter.Outcome out = fitter.fit(task, watcher == null ? progress : watcher.watch(progress),
                    watcher == null ? cancel : watcher.token());
            if (watcher != null && watcher.reason() != null && !cancel.isCancelled()) {
                return pruned(order, watcher, start); // the stop came after the last batch
            }
            FitRecord.Predictions predictions = job.control().savePredictions() && out.predictions() != null
                    ? new FitRecord.Predictions(s.assessment(), out.predictions()) : null;
            return new FitRecord(order.candidate().id(), order.candidate().values(), s.id(), order.seed(), FitStatus.OK,
                    null, null, out.metrics(), out.history(), elapsed(start), predictions, order.budget());
        } catch (FitFailure f) {
            if (watcher != null && watcher.reason() != null && !cancel.isCancelled()) {
                return pruned(order, watcher, start);
            }
            if (f.kind() == FitFailure.Kind.CANCELLED || cancel.isCancelled()) {
                return null;
            }
            return failed(order, f.kind().name(), f.getMessage(), start);
        } catch (OutOfMemoryError e) {
            return failed(order, FitFailure.Kind.OUT_OF_MEMORY.name(), "the fit ran out of memory; try a smaller network "
                    + "or batch size, fewer workers, or give the JVM more memory (-Xmx)", start);
        } catch (RuntimeException | Error e) {
            if (cancel.isCancelled()) {
                return null;
            }
            return failed(order, "EXCEPTION", "unexpected error while fitting: " + describe(e), start);
        }
    }

    /** A fit listener that forwards a fit's training events to a run's listener. */
    public static FitListener progress(FitKey key, TuneListener listener) {
        return new FitListener() {
            @Override
            public void started(int epochs, int batches) {
                listener.trainingStarted(key, epochs, batches);
            }

            @Override
            public void batchFinished(int epoch, int batch, double loss) {
                listener.batchFinished(key, epoch, batch, loss);
            }

            @Override
            public void epochFinished(EpochMetrics metrics) {
                listener.epochFinished(key, metrics);
            }
        };
    }

    private Optional<String> dryRun(Map<String, Object> values) {
        try {
            return fitter.dryRun(job, values);
        } catch (RuntimeException e) {
            return Optional.of("the dry run failed: " + describe(e));
        }
    }

    private static FitRecord failed(FitOrder o, String kind, String message, long start) {
        return new FitRecord(o.candidate().id(), o.candidate().values(), o.splitId(), o.seed(), FitStatus.FAILED, kind,
                message == null || message.isBlank() ? "the fit failed without a message (" + kind + ")" : message,
                Map.of(), null, elapsed(start), null, o.budget());
    }

    private static FitRecord pruned(FitOrder o, Watcher w, long start) {
        return new FitRecord(o.candidate().id(), o.candidate().values(), o.splitId(), o.seed(), FitStatus.PRUNED, null,
                w.reason(), Map.of(), PruneBoard.prunedHistory(List.copyOf(w.epochs()), w.reason()), elapsed(start),
                null, o.budget());
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
    }

    private static long elapsed(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
