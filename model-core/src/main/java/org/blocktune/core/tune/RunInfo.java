package org.blocktune.core.tune;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 */
public record RunInfo(String fingerprint, String specName, boolean bayesian, List<String> parameterNames,
                      Map<String, Object> fixed, List<Candidate> candidates, List<String> splitIds,
                      List<String> metricNames, long seed) {
    /** Version of the run-folder format written by this code. */
    public static final int FORMAT_VERSION = 1;

    public RunInfo {
        parameterNames = List.copyOf(parameterNames);
        fixed = Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
        candidates = List.copyOf(candidates);
        splitIds = List.copyOf(splitIds);
        metricNames = List.copyOf(metricNames);
    }

    /** The identity of {@code job} whose initial candidates are {@code candidates}. */
    static RunInfo of(TuneJob job, List<Candidate> candidates) {
        return new RunInfo(RunFingerprint.of(job, candidates), job.spec().name(), job.isBayesian(), job.parameterNames(),
                job.fixed(), candidates, job.resamples().stream().map(s -> s.id()).toList(),
                job.metrics().stream().map(m -> m.metricName()).toList(), job.control().seed());
    }
}
