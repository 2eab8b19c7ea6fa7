package org.blocktune.app.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.blocktune.core.space.GridSettings;
import org.blocktune.core.space.ParameterSet;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.Spec;
import org.blocktune.core.tune.TuneResults;

/**
 * Everything a report shows.
 *
 * @param spec      the model
 * @param fixed     the fixed argument values
 * @param tuned     the arguments marked "tune"
 * @param space     their domains (the search space)
 * @param grid      the grid settings (kind, levels), or null
 * @param data      the data's shape (for the diagram's shapes and parameter counts), or null
 * @param dataName  what data the model is trained on, in words, or null
 * @param results   the tune run's results, or null when there is no run
 * @param metric    the metric that ranks the candidates, or null for the run's first
 * @param top       how many candidates the results table lists
 * @param finalFit  the final fit's test metrics, or null when there is no final fit
 */
public record ReportInput(Spec spec, Map<String, Object> fixed, List<String> tuned, ParameterSet space,
                          GridSettings grid, DataShape data, String dataName, TuneResults results, String metric,
                          int top, FinalFit finalFit) {

    public ReportInput {
        Objects.requireNonNull(spec, "spec");
        fixed = fixed == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fixed));
        tuned = tuned == null ? List.of() : List.copyOf(tuned);
        space = space == null ? ParameterSet.of() : space;
        if (top < 1) {
            throw new IllegalArgumentException("the results table needs at least 1 row, got " + top);
        }
    }

    /**
     * The last fit of the chosen candidate, scored on the test set.
     *
     * @param candidateId the finalised candidate
     * @param testMetrics metric → value on the test rows
     * @param testRows    how many test rows were scored (0 when not known)
     */
    public record FinalFit(String candidateId, Map<String, Double> testMetrics, int testRows) {
        public FinalFit {
            Objects.requireNonNull(candidateId, "candidateId");
            testMetrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(testMetrics));
        }
    }
}
