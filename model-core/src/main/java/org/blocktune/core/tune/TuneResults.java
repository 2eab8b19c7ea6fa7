package org.blocktune.core.tune;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blocktune.core.fit.History;
import org.blocktune.core.metrics.Direction;
import org.blocktune.core.metrics.Metric;
import org.blocktune.core.tune.strategy.SearchStrategy;

/**
 * The results of a tune run (complete or not): per-fold metrics, summaries, the best candidates,
 * failures and histories. Immutable. {@link #load} reopens them from a run folder alone.
 *
 * @param info       the run's identity
 * @param candidates every candidate of the run (for a Bayesian search, all that were proposed), in id order
 * @param records    one record per finished fit, ordered by candidate, resample, then budget
 * @param warnings   problems met while running or reading (e.g. damaged records skipped)
 * @param cancelled  true when the run was cancelled before it finished
 */
public record TuneResults(RunInfo info, List<Candidate> candidates, List<FitRecord> records, List<String> warnings,
                          boolean cancelled) {

    public TuneResults {
        candidates = List.copyOf(candidates);
        warnings = List.copyOf(warnings);
        Map<String, Integer> candOrder = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            candOrder.put(candidates.get(i).id(), i);
        }
        Map<String, Integer> splitOrder = new HashMap<>();
        for (int i = 0; i < info.splitIds().size(); i++) {
            splitOrder.put(info.splitIds().get(i), i);
        }
        List<FitRecord> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparingInt((FitRecord r) -> candOrder.getOrDefault(r.candidateId(), Integer.MAX_VALUE))
                .thenComparing(FitRecord::candidateId)
                .thenComparingInt(r -> splitOrder.getOrDefault(r.splitId(), Integer.MAX_VALUE))
                .thenComparingInt(FitRecord::budget));
        records = List.copyOf(sorted);
    }

    /**
     * Reads the results stored in a run folder, without the job and without running anything. A
     * damaged line is skipped and listed in {@link #warnings()}; the folder is not modified.
     * {@link #cancelled()} is true when fewer fits are recorded than the run has candidates × resamples.
     */
    public static TuneResults load(Path folder) throws IOException {
        RunInfo info = RunFolder.readInfo(folder);
        List<String> warnings = new ArrayList<>();
        List<RunFolder.Entry> entries = RunFolder.readEntries(folder, false, warnings::add);
        LinkedHashMap<String, Candidate> candidates = new LinkedHashMap<>();
        info.candidates().forEach(c -> candidates.put(c.id(), c));
        LinkedHashMap<String, FitRecord> records = new LinkedHashMap<>();
        for (RunFolder.Entry e : entries) {
            if (e instanceof RunFolder.CandidateEntry ce) {
                candidates.putIfAbsent(ce.candidate().id(), ce.candidate());
            } else if (e instanceof RunFolder.FitEntry fe) {
                FitRecord r = fe.record();
                candidates.putIfAbsent(r.candidateId(), new Candidate(r.candidateId(), r.values()));
                records.put(Schedule.key(r), r);
            }
        }
        List<Candidate> ordered = new ArrayList<>(candidates.values());
        ordered.sort(Comparator.comparing(Candidate::id));
        boolean incomplete;
        if (info.strategy().kind() == SearchStrategy.Kind.HYPERBAND) {
            incomplete = !StrategyResults.hyperbandSchedule(info, ordered).plan(records).complete();
        } else {
            incomplete = records.size() < ordered.size() * info.splitIds().size();
        }
        return new TuneResults(info, ordered, new ArrayList<>(records.values()), warnings, incomplete);
    }

    /**
     * True when {@code candidateId} finished: no race eliminated it, no fit of it was pruned, and
     * (Hyperband) it trained the full budget on every resample. {@link #showBest}, {@link #selectBest}
     * and {@link #selectByOneStdErr} consider only finished candidates; failed fits do not count
     * against this (a grid candidate with one failed resample is still summarised over the others).
     */
    public boolean finished(String candidateId) {
        int full = info.strategy().kind() == SearchStrategy.Kind.HYPERBAND ? StrategyResults.hyperbandMaxEpochs(this) : 0;
        int fullFits = 0;
        for (FitRecord r : records) {
            if (!r.candidateId().equals(candidateId)) {
                continue;
            }
            if (r.status() == FitStatus.ELIMINATED || r.status() == FitStatus.PRUNED) {
                return false;
            }
            if (r.budget() == full) {
                fullFits++;
            }
        }
        return full == 0 || fullFits == info.splitIds().size();
    }

    /** Records that did not end in a plain failure are not failures: {@link FitStatus#FAILED} only. */
    private static boolean isFailure(FitRecord r) {
        return r.failed();
    }

    /** The metric names, the optimised one first. */
    public List<String> metricNames() {
        return info.metricNames();
    }

    /** Records of fits that failed, with their messages. */
    public List<FitRecord> failures() {
        return records.stream().filter(TuneResults::isFailure).toList();
    }

    /** The record of {@code candidateId} on {@code splitId}, if that fit finished. */
    public Optional<FitRecord> record(String candidateId, String splitId) {
        return records.stream().filter(r -> r.candidateId().equals(candidateId) && r.splitId().equals(splitId)).findFirst();
    }

    /** The training history of {@code candidateId} on {@code splitId}, if that fit succeeded. */
    public Optional<History> history(String candidateId, String splitId) {
        return record(candidateId, splitId).map(FitRecord::history);
    }

    /** Every successful fit's history, keyed by candidate id then split id. */
    public Map<String, Map<String, History>> histories() {
        Map<String, Map<String, History>> out = new LinkedHashMap<>();
        for (FitRecord r : records) {
            if (r.ok() && r.history() != null) {
                out.computeIfAbsent(r.candidateId(), k -> new LinkedHashMap<>()).put(r.splitId(), r.history());
            }
        }
        return out;
    }

    /** Per-fold metrics of the successful fits: one row per candidate, resample and metric. */
    public List<FoldMetric> foldMetrics() {
        List<FoldMetric> out = new ArrayList<>();
        for (FitRecord r : records) {
            if (!r.ok()) {
                continue;
            }
            for (String m : metricNames()) {
                if (r.metrics().containsKey(m)) {
                    out.add(new FoldMetric(r.candidateId(), r.values(), r.splitId(), m, r.metric(m)));
                }
            }
        }
        return out;
    }

    /**
     * Each candidate's metrics summarised over its resamples: mean, n and standard error of the
     * finite values. Candidates without any finite value of a metric have no row for it.
     */
    public List<MetricSummary> summary() {
        List<MetricSummary> out = new ArrayList<>();
        for (Candidate c : candidates) {
            for (String m : metricNames()) {
                summarise(c, m).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The summaries of {@code metric}, one per candidate that has it. */
    public List<MetricSummary> summary(String metric) {
        checkMetric(metric);
        return summary().stream().filter(s -> s.metric().equals(metric)).toList();
    }

    private Optional<MetricSummary> summarise(Candidate c, String metric) {
        List<Double> values = new ArrayList<>();
        int budget = 0; // Hyperband: summarise the candidate's longest training only
        for (FitRecord r : records) {
            if (r.ok() && r.candidateId().equals(c.id())) {
                budget = Math.max(budget, r.budget());
            }
        }
        for (FitRecord r : records) {
            if (r.ok() && r.candidateId().equals(c.id()) && r.budget() == budget && Double.isFinite(r.metric(metric))) {
                values.add(r.metric(metric));
            }
        }
        int n = values.size();
        if (n == 0) {
            return Optional.empty();
        }
        double mean = values.stream().mapToDouble(Double::doubleValue).sum() / n;
        double stdErr = Double.NaN;
        if (n > 1) {
            double ss = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
            stdErr = Math.sqrt(ss / (n - 1)) / Math.sqrt(n);
        }
        return Optional.of(new MetricSummary(c.id(), c.values(), metric, mean, n, stdErr));
    }

    /** The {@code n} best candidates by the mean of {@code metric}, best first (ties: lower id first). */
    public List<MetricSummary> showBest(String metric, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, got " + n);
        }
        Direction direction = directionOf(metric);
        Comparator<MetricSummary> byMean = Comparator.comparingDouble(MetricSummary::mean);
        if (direction == Direction.MAXIMIZE) {
            byMean = byMean.reversed();
        }
        return summary(metric).stream().filter(s -> finished(s.candidateId()))
                .sorted(byMean.thenComparing(MetricSummary::candidateId)).limit(n).toList();
    }

    /**
     * The epochs each fit of the summary of {@code candidateId} trained with (Hyperband: its longest
     * budget; else 0, the candidate's own {@code fit_epochs}).
     */
    public int budgetOf(String candidateId) {
        return records.stream().filter(r -> r.ok() && r.candidateId().equals(candidateId)).mapToInt(FitRecord::budget)
                .max().orElse(0);
    }

    /** The compute the run used against what the full grid would have used. */
    public ComputeUse computeUse() {
        return ComputeUse.of(this);
    }

    /**
     * The order a race visited the resamples in, and for each candidate it eliminated, the number of
     * resamples it was fitted on; empty for runs that did not race.
     */
    public Optional<RaceRun> race() {
        return StrategyResults.race(this);
    }

    /** The Hyperband brackets as they ran; empty for runs that were not Hyperband. */
    public List<BracketRun> brackets() {
        return StrategyResults.brackets(this);
    }

    /** The best candidate by the mean of {@code metric}. */
    public Candidate selectBest(String metric) {
        List<MetricSummary> best = showBest(metric, 1);
        if (best.isEmpty()) {
            throw new IllegalStateException("no candidate has a value of '" + metric + "' yet; every fit failed or "
                    + "none has finished (see failures())");
        }
        return candidate(best.get(0).candidateId());
    }

    /** {@link #selectByOneStdErr(String, String, boolean)} where the smallest value of {@code parameter} is simplest. */
    public Candidate selectByOneStdErr(String metric, String parameter) {
        return selectByOneStdErr(metric, parameter, true);
    }

    /**
     * The simplest candidate whose mean of {@code metric} is within one standard error of the best
     * (tune's {@code select_by_one_std_err()}). Simplicity is the value of {@code parameter}:
     * smallest first when {@code smallestIsSimplest}, else largest first; among equally simple
     * candidates the better mean wins. When the best has no standard error (one resample), only
     * candidates as good as the best qualify.
     */
    public Candidate selectByOneStdErr(String metric, String parameter, boolean smallestIsSimplest) {
        if (!info.parameterNames().contains(parameter)) {
            throw new IllegalArgumentException("'" + parameter + "' is not a tuned parameter; tuned: " + info.parameterNames());
        }
        Direction direction = directionOf(metric);
        List<MetricSummary> ranked = showBest(metric, Integer.MAX_VALUE);
        if (ranked.isEmpty()) {
            throw new IllegalStateException("no candidate has a value of '" + metric + "' yet; every fit failed or "
                    + "none has finished (see failures())");
        }
        MetricSummary best = ranked.get(0);
        double se = Double.isFinite(best.stdErr()) ? best.stdErr() : 0;
        double bound = direction == Direction.MAXIMIZE ? best.mean() - se : best.mean() + se;
        Comparator<Object> simple = smallestIsSimplest ? TuneResults::compareValues : (a, b) -> compareValues(b, a);
        MetricSummary pick = ranked.stream()
                .filter(s -> direction == Direction.MAXIMIZE ? s.mean() >= bound : s.mean() <= bound)
                .min(Comparator.comparing((MetricSummary s) -> s.values().get(parameter), simple))
                .orElse(best);
        return candidate(pick.candidateId());
    }

    /** The spec's argument values for {@code chosen}: the run's fixed values overlaid with the candidate's. */
    public Map<String, Object> finalizedValues(Candidate chosen) {
        Map<String, Object> all = new LinkedHashMap<>(info.fixed());
        all.putAll(chosen.values());
        return java.util.Collections.unmodifiableMap(all);
    }

    /** The candidate with this id. */
    public Candidate candidate(String id) {
        return candidates.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no candidate '" + id + "' in this run"));
    }

    private Direction directionOf(String metric) {
        checkMetric(metric);
        return Metric.byName(metric).direction();
    }

    private void checkMetric(String metric) {
        if (!metricNames().contains(metric)) {
            throw new IllegalArgumentException("the run did not record '" + metric + "'; it recorded " + metricNames());
        }
    }

    /** Numbers by value, anything else by text; numbers before text. */
    private static int compareValues(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof Number) {
            return -1;
        }
        if (b instanceof Number) {
            return 1;
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    }
}
