package org.blocktune.app.results;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.tune.Candidate;
import org.blocktune.core.tune.FitRecord;
import org.blocktune.core.tune.MetricSummary;
import org.blocktune.core.tune.TuneResults;

/**
 * One row of the results table: a candidate, its metrics summarised over resamples, and how many
 * of its fits succeeded or failed.
 *
 * @param candidate the candidate
 * @param summaries metric name → summary (absent when no fit gave a value)
 * @param okFits    successful fits
 * @param failedFits failed fits
 * @param skippedFits fits a search strategy skipped: resamples a race eliminated the candidate before, and pruned fits
 */
public record CandidateRow(Candidate candidate, Map<String, MetricSummary> summaries, int okFits, int failedFits,
                           int skippedFits) {

    /** A row without fits skipped by a search strategy. */
    public CandidateRow(Candidate candidate, Map<String, MetricSummary> summaries, int okFits, int failedFits) {
        this(candidate, summaries, okFits, failedFits, 0);
    }

    public CandidateRow {
        summaries = Collections.unmodifiableMap(new LinkedHashMap<>(summaries));
    }

    /** One row per candidate of {@code results}, in candidate order. */
    public static List<CandidateRow> of(TuneResults results) {
        Map<String, Map<String, MetricSummary>> byCandidate = new LinkedHashMap<>();
        for (MetricSummary s : results.summary()) {
            byCandidate.computeIfAbsent(s.candidateId(), k -> new LinkedHashMap<>()).put(s.metric(), s);
        }
        List<CandidateRow> out = new ArrayList<>();
        for (Candidate c : results.candidates()) {
            int ok = 0;
            int failed = 0;
            int skipped = 0;
            for (FitRecord r : results.records()) {
                if (r.candidateId().equals(c.id()) && r.budget() == results.budgetOf(c.id())) {
                    if (r.ok()) {
                        ok++;
                    } else if (r.failed()) {
                        failed++;
                    } else {
                        skipped++;
                    }
                }
            }
            out.add(new CandidateRow(c, byCandidate.getOrDefault(c.id(), Map.of()), ok, failed, skipped));
        }
        return out;
    }

    public String id() {
        return candidate.id();
    }

    /** The mean of {@code metric}, NaN when the candidate has none. */
    public double mean(String metric) {
        MetricSummary s = summaries.get(metric);
        return s == null ? Double.NaN : s.mean();
    }

    /** The standard error of {@code metric}'s mean, NaN when unknown. */
    public double stdErr(String metric) {
        MetricSummary s = summaries.get(metric);
        return s == null ? Double.NaN : s.stdErr();
    }

    /** How many resamples gave {@code metric}. */
    public int n(String metric) {
        MetricSummary s = summaries.get(metric);
        return s == null ? 0 : s.n();
    }

    /** The value of a tuned parameter. */
    public Object value(String parameter) {
        return candidate.values().get(parameter);
    }
}
