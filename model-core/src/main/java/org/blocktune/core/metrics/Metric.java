package org.blocktune.core.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.blocktune.core.data.Task;

/** A performance metric named as in yardstick, with its direction. */
public sealed interface Metric permits ClassMetric, ProbMetric, NumericMetric, OutputMetric {

    /** The yardstick name, e.g. {@code accuracy}, {@code roc_auc}, {@code rmse}. */
    String metricName();

    /** Whether to maximise or minimise it. */
    Direction direction();

    /**
     * The metric with this yardstick name, or {@code "<output> <name>"} for one output of a network with
     * several ({@link OutputMetric}).
     */
    static Metric byName(String name) {
        int space = name.trim().lastIndexOf(' ');
        if (space > 0) {
            return new OutputMetric(name.trim().substring(0, space).trim(), byName(name.trim().substring(space + 1)));
        }
        List<Metric> all = new ArrayList<>();
        all.addAll(List.of(ClassMetric.values()));
        all.addAll(List.of(ProbMetric.values()));
        all.addAll(List.of(NumericMetric.values()));
        for (Metric m : all) if (m.metricName().equals(name.toLowerCase(Locale.ROOT))) return m;
        throw new IllegalArgumentException("unknown metric '" + name + "'; known: " + all.stream().map(Metric::metricName).toList());
    }

    /** The default metrics of a task (as tune): accuracy, ROC AUC, log loss; or RMSE, R², MAE. */
    static List<Metric> defaults(Task task) {
        return task == Task.CLASSIFICATION
                ? List.of(ClassMetric.ACCURACY, ProbMetric.ROC_AUC, ProbMetric.MN_LOG_LOSS)
                : List.of(NumericMetric.RMSE, NumericMetric.RSQ, NumericMetric.MAE);
    }
}
