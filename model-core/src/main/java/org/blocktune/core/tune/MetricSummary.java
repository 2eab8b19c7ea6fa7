package org.blocktune.core.tune;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One metric of one candidate summarised over its successful resamples (a row of tune's
 * {@code collect_metrics(summarize = TRUE)}).
 *
 * @param candidateId the candidate's id
 * @param values      the candidate's values, in parameter order
 * @param metric      the metric name
 * @param mean        the mean over resamples
 * @param n           how many resamples gave a value
 * @param stdErr      the standard error of the mean: sample standard deviation / √n (NaN when n is 1)
 */
public record MetricSummary(String candidateId, Map<String, Object> values, String metric, double mean, int n,
                            double stdErr) {
    public MetricSummary {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
