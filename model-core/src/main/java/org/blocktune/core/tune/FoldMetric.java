package org.blocktune.core.tune;

import java.util.Map;

/**
 * One metric of one candidate on one resample (a row of tune's {@code collect_metrics(summarize = FALSE)}).
 *
 * @param candidateId the candidate's id
 * @param values      the candidate's values
 * @param splitId     the resample's id
 * @param metric      the metric name
 * @param value       the value on the assessment rows
 */
public record FoldMetric(String candidateId, Map<String, Object> values, String splitId, String metric, double value) {
    public FoldMetric {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }
}
