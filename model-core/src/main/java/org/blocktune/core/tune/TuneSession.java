package org.blocktune.core.tune;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.blocktune.core.metrics.Metric;
import org.blocktune.core.resample.Split;
import org.blocktune.core.space.BayesianSearch;
import org.blocktune.core.space.BayesianSettings;
import org.blocktune.core.space.Direction;
import org.blocktune.core.space.Grid;
import org.blocktune.core.task.CancellationToken;

/**
 * One execution of a tune job: the coordinator (the caller's thread) hands fits to workers,
 * writes every finished fit's record, and drives the Bayesian search. Only the coordinator
 * touches the run folder, the records and the search, so the log's order is the order of events.
 */
final class TuneSession {
    /** How long a cancelled run waits for running fits before it returns without them. */
    private static final long CANCEL_GRACE_MILLIS = 700;
    private static final long POLL_MILLIS = 20;

    private record Unit(Candidate candidate, Split split, long seed) {
        FitKey key() {
            return new FitKey(candidate, split.id(), seed);
        }
    }

    /** A worker's result: a record, or null when the fit was cancelled (not recorded). */
    private record Done(Unit unit, FitRecord record) { }

    private final TuneJob job;
    private final CandidateFitter fitter;
    private final FitPlace place;
    private final TuneListener listener;
    private final CancellationToken cancel;
    private final RunFolder folder;
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, Split> splits = new LinkedHashMap<>();
    private final List<Candidate> candidates = new ArrayList<>();
    private final Map<String, Candidate> candidateById = new HashMap<>();
    private final LinkedHashMap<String, FitRecord> records = new LinkedHashMap<>();
    private final Set<String> done = new HashSet<>();
    private final Deque<Unit> queue = new ArrayDeque<>();
    private BayesianSearch search;
    private final Set<String> observed = new HashSet<>();
    private boolean searchOpen;

    TuneSession(TuneJob job, CandidateFitter fitter, FitPlace place, TuneListener listener, CancellationToken cancel,
                RunFolder folder) {
        this.job = job;
        this.fitter = fitter;
        this.place = place;
        this.listener = listener;
        this.cancel = cancel;
        this.folder = folder;
        job.resamples().forEach(s -> splits.put(s.id(), s));
    }

    void warn(String message) {
        warnings.add(message);
        listener.warning(message);
    }

    /**
     * Runs every fit not yet recorded in {@code prior} (the entries of an earlier run of the same
     * job, in order). {@code retryFailed} runs recorded failures again (grid runs only).
     */
    TuneResults execute(List<Candidate> initial, RunInfo info, List<RunFolder.Entry> prior, boolean retryFailed)
            throws IOException {
        if (job.isBayesian()) {
            startSearch(initial, prior, retryFailed);
        } else {
            initial.forEach(this::addCandidate);
            for (RunFolder.Entry e : prior) {
                if (e instanceof RunFolder.FitEntry f) {
                    remember(f.record(), retryFailed);
                }
            }
            for (Candidate c : candidates) {
                enqueueMissing(c);
            }
        }
        int total = job.isBayesian()
                ? (initial.size() + job.grid().bayesian().iterations()) * splits.size()
                : candidates.size() * splits.size();
        listener.runStarted(Math.max(total, done.size()), done.size());
        boolean cancelled;
        try (FitPlace.Open open = place.open(job, fitter, listener, cancel)) {
            cancelled = coordinate(open);
        }
        List<FitRecord> all = new ArrayList<>(records.values());
        int failed = (int) all.stream().filter(r -> !r.ok()).count();
        listener.runFinished(all.size(), failed, cancelled);
        return new TuneResults(info, candidates, all, warnings, cancelled);
    }

    private void addCandidate(Candidate c) {
        candidates.add(c);
        candidateById.put(c.id(), c);
    }

    private static String key(String candidateId, String splitId) {
        return candidateId + "\u0000" + splitId;
    }

    /** Takes a recorded fit; returns true when it counts as done. */
    private boolean remember(FitRecord r, boolean retryFailed) {
        if (!candidateById.containsKey(r.candidateId()) || !splits.containsKey(r.splitId())) {
            warn("a record for " + r.candidateId() + " on " + r.splitId() + " does not belong to this run and was ignored");
            return false;
        }
        String k = key(r.candidateId(), r.splitId());
        records.put(k, r);
        if (r.ok() || !retryFailed) {
            done.add(k);
            return true;
        }
        done.remove(k);
        return false;
    }

    private void enqueueMissing(Candidate c) {
        for (Split s : splits.values()) {
            if (!done.contains(key(c.id(), s.id()))) {
                queue.add(new Unit(c, s, FitSeeds.of(job.control().seed(), c.values(), s.id())));
            }
        }
    }

    // ---- Bayesian search -------------------------------------------------------------------

    private void startSearch(List<Candidate> initial, List<RunFolder.Entry> prior, boolean retryFailed) {
        Metric primary = job.primaryMetric();
        BayesianSettings given = job.grid().bayesian();
        Direction direction = primary.direction() == org.blocktune.core.metrics.Direction.MAXIMIZE
                ? Direction.MAXIMIZE : Direction.MINIMIZE;
        BayesianSettings settings = new BayesianSettings(direction, given.initialSize(), given.iterations(),
                given.noImprovementLimit(), given.seed());
        Grid design = new Grid(job.space().names(), initial.stream().map(Candidate::values).toList());
        search = new BayesianSearch(job.space(), settings, design);
        searchOpen = true;
        if (retryFailed) {
            warn("failed fits of a Bayesian search are not run again: the search has already used their results");
        }
        for (RunFolder.Entry e : prior) {
            if (e instanceof RunFolder.CandidateEntry ce) {
                replayProposal(ce.candidate());
            } else if (e instanceof RunFolder.FitEntry f && remember(f.record(), false)) {
                observeIfComplete(candidateById.get(f.record().candidateId()));
            }
        }
        for (Candidate c : candidates) {
            enqueueMissing(c);
        }
    }

    private void replayProposal(Candidate recorded) {
        if (candidateById.containsKey(recorded.id())) {
            warn("candidate " + recorded.id() + " is recorded twice; the first record is used");
            return;
        }
        Map<String, Object> proposed = propose();
        if (proposed == null || !FitSeeds.canonical(proposed).equals(FitSeeds.canonical(recorded.values()))) {
            warn("replaying the search did not propose " + recorded.id() + " " + recorded.values()
                    + " again; the recorded candidate is kept, later proposals may differ from an uninterrupted run");
        }
        addCandidate(recorded);
    }

    /** The search's next candidate, or null when it has finished. */
    private Map<String, Object> propose() {
        if (!searchOpen || search.finished()) {
            searchOpen = false;
            return null;
        }
        try {
            return search.propose();
        } catch (IllegalStateException e) {
            searchOpen = false;
            return null;
        }
    }

    private void observeIfComplete(Candidate c) {
        if (search == null || c == null || observed.contains(c.id())) {
            return;
        }
        double sum = 0;
        int n = 0;
        for (String s : splits.keySet()) {
            String k = key(c.id(), s);
            if (!done.contains(k)) {
                return;
            }
            double v = records.get(k).metric(job.primaryMetric().metricName());
            if (records.get(k).ok() && Double.isFinite(v)) {
                sum += v;
                n++;
            }
        }
        observed.add(c.id());
        try {
            search.observe(c.values(), n == 0 ? Double.NaN : sum / n);
        } catch (IllegalArgumentException e) {
            warn("the search could not use the result of " + c.id() + ": " + e.getMessage());
        }
    }

    private Unit nextUnit() {
        if (queue.isEmpty() && search != null) {
            Map<String, Object> proposed = propose();
            if (proposed != null) {
                Candidate c = new Candidate(Candidate.idOf(candidates.size()), proposed);
                addCandidate(c);
                if (folder != null) {
                    folder.append(c);
                }
                enqueueMissing(c);
            }
        }
        return queue.poll();
    }

    // ---- coordination ----------------------------------------------------------------------

    /** Runs the queue on the place's capacity; returns true when cancelled before the end. */
    private boolean coordinate(FitPlace.Open open) {
        BlockingQueue<Done> finished = new LinkedBlockingQueue<>();
        int running = 0;
        long cancelSeenAt = 0;
        try {
            while (true) {
                if (!cancel.isCancelled()) {
                    Unit u;
                    while (running < open.capacity() && (u = nextUnit()) != null) {
                        Unit unit = u;
                        open.start(new FitOrder(unit.candidate(), unit.split().id(), unit.seed()),
                                r -> finished.add(new Done(unit, r)));
                        running++;
                    }
                } else if (cancelSeenAt == 0) {
                    cancelSeenAt = System.nanoTime();
                }
                if (running == 0) {
                    break;
                }
                if (cancelSeenAt != 0
                        && System.nanoTime() - cancelSeenAt > TimeUnit.MILLISECONDS.toNanos(CANCEL_GRACE_MILLIS)) {
                    warn(running + " fit(s) did not stop within " + CANCEL_GRACE_MILLIS
                            + " ms of cancelling; their results are discarded and they run again on resume");
                    break;
                }
                Done d = finished.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (d != null) {
                    running--;
                    accept(d);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel.cancel();
        }
        return cancel.isCancelled() && (running > 0 || !queue.isEmpty() || searchOpen || !allDone());
    }

    private boolean allDone() {
        for (Candidate c : candidates) {
            for (String s : splits.keySet()) {
                if (!done.contains(key(c.id(), s))) {
                    return false;
                }
            }
        }
        return true;
    }

    private void accept(Done d) {
        FitRecord r = d.record();
        if (r == null) {
            queue.addFirst(d.unit());
            return;
        }
        if (folder != null) {
            folder.append(r);
        }
        String k = key(r.candidateId(), r.splitId());
        records.put(k, r);
        done.add(k);
        if (r.ok()) {
            listener.fitFinished(r);
        } else {
            listener.fitFailed(r);
        }
        observeIfComplete(candidateById.get(r.candidateId()));
    }
}
