package org.blocktune.core.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Metric names accepted by {@code compile_metrics} (Keras spelling and aliases), normalised to
 * one name each; they are recorded in the per-epoch training history.
 */
public final class MetricNames {
    private static final Map<String, String> CLASSIFICATION = Map.of(
            "accuracy", "accuracy", "acc", "accuracy", "auc", "auc", "precision", "precision",
            "recall", "recall", "f1", "f1", "f1_score", "f1");
    private static final Map<String, String> REGRESSION = Map.ofEntries(
            Map.entry("mean_absolute_error", "mean_absolute_error"), Map.entry("mae", "mean_absolute_error"),
            Map.entry("mean_squared_error", "mean_squared_error"), Map.entry("mse", "mean_squared_error"),
            Map.entry("root_mean_squared_error", "root_mean_squared_error"),
            Map.entry("rmse", "root_mean_squared_error"),
            Map.entry("mean_absolute_percentage_error", "mean_absolute_percentage_error"),
            Map.entry("mape", "mean_absolute_percentage_error"),
            Map.entry("r2", "r2"), Map.entry("r2_score", "r2"));

    private MetricNames() {
    }

    /**
     * Parses a comma-separated list; {@code auto} means accuracy (classification) or
     * mean_absolute_error (regression), as in kerasnip.
     *
     * @throws IllegalArgumentException naming the unknown or unsuitable metric and listing valid ones
     */
    public static List<String> parse(String text, boolean classification) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty() || t.equalsIgnoreCase("auto")) {
            return List.of(classification ? "accuracy" : "mean_absolute_error");
        }
        Map<String, String> valid = classification ? CLASSIFICATION : REGRESSION;
        List<String> out = new ArrayList<>();
        for (String part : t.split(",")) {
            String n = part.trim().toLowerCase(Locale.ROOT);
            if (n.isEmpty()) {
                continue;
            }
            String canonical = valid.get(n);
            if (canonical == null) {
                Map<String, String> other = classification ? REGRESSION : CLASSIFICATION;
                String why = other.containsKey(n)
                        ? "metric '" + n + "' is for " + (classification ? "regression" : "classification")
                        + " outcomes, but this outcome is " + (classification ? "categorical" : "numeric")
                        : "unknown metric '" + n + "'";
                throw new IllegalArgumentException(why + "; valid here: "
                        + String.join(", ", new java.util.TreeSet<>(valid.keySet())));
            }
            if (!out.contains(canonical)) {
                out.add(canonical);
            }
        }
        return out;
    }
}
