package org.blocktune.core.tune;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.blocktune.core.task.CancellationToken;
import org.blocktune.core.tune.strategy.SearchStrategy;

/**
 * Runs a {@link TuneJob}: every candidate on every resample, fitted on the analysis rows and
 * scored on the assessment rows, on {@link #workersFor parallel workers}. Synchronous: call it off
 * the UI thread; it reports through a {@link TuneListener} and stops within a second of its
 * {@link CancellationToken} being set, returning the fits it finished.
 *
 * <p>Each fit's seed comes from {@link FitSeeds} (master seed, candidate values, split id), so
 * the numbers do not depend on the number of workers or on resuming. A candidate that fails its
 * dry run, a fit that throws {@link org.blocktune.core.fit.FitFailure}, or any unexpected
 * exception is recorded as failed with a plain message and the run goes on.
 *
 * <p>With a run folder, every finished fit is appended to {@code fits.jsonl} and forced to disk
 * at once; {@link #resume} continues an interrupted run (see {@link RunFolder} for the format).
 * A Bayesian grid ({@link org.blocktune.core.space.GridSettings.Kind#BAYESIAN}) proposes one
 * candidate at a time whenever a worker is free and nothing else is queued; the first metric's
 * mean over resamples is its score (NaN when every resample failed), and the first metric's
 * direction overrides the direction in the Bayesian settings.
 */
public final class TuneRunner {
    private static final int MAX_AUTOMATIC_WORKERS = 4;

    private final CandidateFitter fitter;
    private final FitPlace place;

    /** A runner that trains with {@link org.blocktune.core.fit.ModelFitter}. */
    public TuneRunner() {
        this(new ModelCandidateFitter());
    }

    /** A runner that fits with {@code fitter} on local worker threads. */
    public TuneRunner(CandidateFitter fitter) {
        this(fitter, new LocalWorkers());
    }

    /** A runner that fits with {@code fitter} at {@code place} (e.g. a Spark cluster). */
    public TuneRunner(CandidateFitter fitter, FitPlace place) {
        this.fitter = Objects.requireNonNull(fitter, "fitter");
        this.place = Objects.requireNonNull(place, "place");
    }

    /**
     * The workers a run uses: the control's count, or for 0 {@link #automaticWorkers automatic}.
     */
    public static int workersFor(TuneControl control) {
        return control.workers() > 0 ? control.workers() : automaticWorkers(Runtime.getRuntime().availableProcessors());
    }

    /**
     * One worker per core, at most 4: the small networks BlockTune tunes keep one core busy each
     * far better than they use several (the native library's threads are divided among the fits by
     * {@link CandidateFitter#useWorkers}), while every running fit holds its own network, optimiser
     * state and copy of the data, so memory grows with workers; hence the cap. 2 cores give 2.
     */
    public static int automaticWorkers(int cores) {
        return Math.max(1, Math.min(cores, MAX_AUTOMATIC_WORKERS));
    }

    /**
     * Runs {@code job} from the start. With a folder, the folder must not already hold a run.
     *
     * @throws IOException           if the run folder cannot be written
     * @throws IllegalStateException if the folder already holds a run, or another run holds its {@link RunLock}
     */
    public TuneResults run(TuneJob job, TuneListener listener, CancellationToken cancel) throws IOException {
        return run(job, SearchStrategy.grid(), listener, cancel);
    }

    /**
     * Runs {@code job} from the start with a search strategy (racing, Hyperband, median pruning; see
     * {@link SearchStrategy}). The strategy is part of the run's identity: a resume needs the same one.
     *
     * @throws IllegalArgumentException if the strategy cannot run this job (it says why)
     * @throws IOException              if the run folder cannot be written
     * @throws IllegalStateException    if the folder already holds a run
     */
    public TuneResults run(TuneJob job, SearchStrategy strategy, TuneListener listener, CancellationToken cancel)
            throws IOException {
        SearchStrategy s = strategy == null ? SearchStrategy.grid() : strategy;
        Strategies.check(job, s);
        TuneListener safe = new SafeListener(listener);
        List<Candidate> initial = job.initialCandidates();
        RunInfo info = RunInfo.of(job, initial, s);
        try (RunLock lock = job.folder() == null ? null : RunLock.acquire(job.folder())) {
            RunFolder folder = job.folder() == null ? null : RunFolder.create(job.folder(), info);
            try {
                TuneSession session = new TuneSession(job, fitter, place, safe, orNone(cancel), folder, s);
                if (lock != null) {
                    lock.takenOver().ifPresent(session::warn);
                }
                return session.execute(initial, info, List.of(), false);
            } finally {
                if (folder != null) {
                    folder.close();
                }
            }
        }
    }

    /**
     * Continues the run of {@code job} in its folder: fits already recorded are kept, the rest run.
     * A folder without a run starts one. A damaged last line of {@code fits.jsonl} (a crash while
     * writing) is reported as a warning, cut off, and its fit runs again.
     *
     * @param retryFailed also run again the fits recorded as failed (grid runs; a Bayesian search keeps them)
     * @throws IllegalArgumentException if the job has no folder
     * @throws IllegalStateException    if the folder holds the run of a different job, or another run holds its
     *                                  {@link RunLock}
     * @throws IOException              if the folder cannot be read or written
     */
    public TuneResults resume(TuneJob job, boolean retryFailed, TuneListener listener, CancellationToken cancel)
            throws IOException {
        return resume(job, SearchStrategy.grid(), retryFailed, listener, cancel);
    }

    /**
     * {@link #resume(TuneJob, boolean, TuneListener, CancellationToken)} for a run made with
     * {@code strategy}: the strategy's decisions (eliminations, promotions, pruning) are made again
     * from the records, so the run goes on as if it had never stopped.
     */
    public TuneResults resume(TuneJob job, SearchStrategy strategy, boolean retryFailed, TuneListener listener,
                              CancellationToken cancel) throws IOException {
        SearchStrategy s = strategy == null ? SearchStrategy.grid() : strategy;
        Strategies.check(job, s);
        Path dir = job.folder();
        if (dir == null) {
            throw new IllegalArgumentException("this job has no run folder, so there is nothing to resume; give it a folder");
        }
        if (!RunFolder.holdsRun(dir)) {
            return run(job, s, listener, cancel);
        }
        try (RunLock lock = RunLock.acquire(dir)) {
            return resumeLocked(job, s, retryFailed, listener, cancel, lock);
        }
    }

    private TuneResults resumeLocked(TuneJob job, SearchStrategy s, boolean retryFailed, TuneListener listener,
                                     CancellationToken cancel,
                                     RunLock lock) throws IOException {
        Path dir = job.folder();
        TuneListener safe = new SafeListener(listener);
        List<Candidate> initial = job.initialCandidates();
        RunInfo info = RunInfo.of(job, initial, s);
        RunInfo stored = RunFolder.readInfo(dir);
        if (!stored.fingerprint().equals(info.fingerprint())) {
            throw new IllegalStateException("the run folder " + dir + " belongs to a different tune job"
                    + RunInfo.differences(stored, info) + "; resume it with the job that started it, or start this job in "
                    + "an empty folder (its results can be opened with TuneResults.load)");
        }
        List<String> warnings = new ArrayList<>();
        List<RunFolder.Entry> prior = RunFolder.readEntries(dir, true, warnings::add);
        try (RunFolder folder = RunFolder.openForAppend(dir)) {
            TuneSession session = new TuneSession(job, fitter, place, safe, orNone(cancel), folder, s);
            lock.takenOver().ifPresent(session::warn);
            warnings.forEach(session::warn);
            return session.execute(initial, info, prior, retryFailed);
        }
    }

    private static CancellationToken orNone(CancellationToken cancel) {
        return cancel == null ? CancellationToken.none() : cancel;
    }
}
