package org.blocktune.core.tune;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blocktune.core.tune.strategy.SearchStrategy;

/**
 * The identity of a run, as stored in {@code run.json}: enough to show its results without the
 * job (a GUI reopening a run folder) and to recognise the job when resuming.
 *
 * @param fingerprint    SHA-256 (hex) over everything that decides the run's numbers (see {@link RunFingerprint})
 * @param specName       the spec's name
 * @param bayesian       true for an iterative search (candidates beyond the initial design are in {@code fits.jsonl})
 * @param parameterNames the tuned parameters, in order
 * @param fixed          fixed argument values
 * @param candidates     the candidates known at the start (grid, explicit list, or Bayesian initial design)
 * @param splitIds       resample ids, in order
 * @param metricNames    metric names; the first is optimised
 * @param seed           the master seed
 * @param strategy       how the run spent its compute (the plain grid for runs made before strategies existed)
 */
public record RunInfo(String fingerprint, String specName, boolean bayesian, List<String> parameterNames,
                      Map<String, Object> fixed, List<Candidate> candidates, List<String> splitIds,
                      List<String> metricNames, long seed, SearchStrategy strategy) {
    /** Version of the run-folder format written by this code. */
    public static final int FORMAT_VERSION = 1;

    public RunInfo {
        parameterNames = List.copyOf(parameterNames);
        fixed = Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
        candidates = List.copyOf(candidates);
        splitIds = List.copyOf(splitIds);
        metricNames = List.copyOf(metricNames);
        strategy = strategy == null ? SearchStrategy.grid() : strategy;
    }

    /** The identity of a plain grid (or Bayesian) run. */
    public RunInfo(String fingerprint, String specName, boolean bayesian, List<String> parameterNames,
                   Map<String, Object> fixed, List<Candidate> candidates, List<String> splitIds,
                   List<String> metricNames, long seed) {
        this(fingerprint, specName, bayesian, parameterNames, fixed, candidates, splitIds, metricNames, seed, null);
    }

    /** The identity of {@code job} whose initial candidates are {@code candidates}. */
    static RunInfo of(TuneJob job, List<Candidate> candidates) {
        return of(job, candidates, SearchStrategy.grid());
    }

    /** The identity of {@code job} run with {@code strategy}. */
    static RunInfo of(TuneJob job, List<Candidate> candidates, SearchStrategy strategy) {
        return new RunInfo(RunFingerprint.of(job, candidates, strategy), job.spec().name(), job.isBayesian(),
                job.parameterNames(), job.fixed(), candidates, job.resamples().stream().map(s -> s.id()).toList(),
                job.metrics().stream().map(m -> m.metricName()).toList(), job.control().seed(), strategy);
    }

    /**
     * Whether this run was made by {@code job}: empty when the fingerprints match, else what
     * differs (spec, tuned parameters, candidates, resamples, metrics, seed), for a message.
     */
    public Optional<String> mismatchWith(TuneJob job) {
        RunInfo now = of(job, job.initialCandidates(), strategy);
        return fingerprint.equals(now.fingerprint) ? Optional.empty() : Optional.of(differences(this, now));
    }

    /** What differs between a stored run and a job's, as " (folder vs this job: ...)". */
    static String differences(RunInfo stored, RunInfo now) {
        List<String> d = new ArrayList<>();
        if (!stored.specName().equals(now.specName())) {
            d.add("spec '" + stored.specName() + "' vs '" + now.specName() + "'");
        }
        if (!stored.parameterNames().equals(now.parameterNames())) {
            d.add("tuned parameters " + stored.parameterNames() + " vs " + now.parameterNames());
        }
        if (stored.candidates().size() != now.candidates().size()) {
            d.add(stored.candidates().size() + " vs " + now.candidates().size() + " candidates");
        }
        if (!stored.splitIds().equals(now.splitIds())) {
            d.add("resamples " + stored.splitIds() + " vs " + now.splitIds());
        }
        if (!stored.metricNames().equals(now.metricNames())) {
            d.add("metrics " + stored.metricNames() + " vs " + now.metricNames());
        }
        if (stored.seed() != now.seed()) {
            d.add("seed " + stored.seed() + " vs " + now.seed());
        }
        if (!stored.strategy().equals(now.strategy())) {
            d.add("strategy " + stored.strategy().describe() + " vs " + now.strategy().describe());
        }
        return d.isEmpty() ? " (its data, candidates, recipe, fixed values or resample rows differ)"
                : " (folder vs this job: " + String.join(", ", d) + ")";
    }
}
