package org.blocktune.core.dl4j;

import java.util.List;
import java.util.Map;
import org.blocktune.core.metrics.ClassMetric;
import org.blocktune.core.metrics.ConfusionMatrix;
import org.blocktune.core.metrics.ProbMetric;

/**
 * Computes the compile metrics ({@code compile_metrics}, canonical names from {@code MetricNames})
 * of network outputs against labels. Classification metrics follow BlockTune's metrics package
 * (precision, recall and F1 are yardstick-style: first level is the event for two classes, macro
 * averages otherwise); regression metrics are Keras': averaged over all output values, with
 * {@code r2} = 1 − SSE/SST per column averaged over columns.
 */
final class EpochMetricValues {
    private EpochMetricValues() {
    }

    /** Puts {@code prefix + name} → value for every metric into {@code out}. */
    static void compute(List<String> names, double[][] output, double[][] labels, boolean classification,
                        String prefix, Map<String, Double> out) {
        if (names.isEmpty() || output.length == 0) {
            return;
        }
        if (classification) {
            int n = output.length;
            int[] truth = new int[n];
            int[] predicted = new int[n];
            for (int i = 0; i < n; i++) {
                truth[i] = argMax(labels[i]);
                predicted[i] = argMax(output[i]);
            }
            ConfusionMatrix cm = ConfusionMatrix.of(truth, predicted, levels(output[0].length));
            for (String name : names) {
                double v = switch (name) {
                    case "accuracy" -> ClassMetric.ACCURACY.compute(cm);
                    case "precision" -> ClassMetric.PRECISION.compute(cm);
                    case "recall" -> ClassMetric.RECALL.compute(cm);
                    case "f1" -> ClassMetric.F_MEAS.compute(cm);
                    case "auc" -> ProbMetric.ROC_AUC.compute(truth, output);
                    default -> throw new IllegalArgumentException("unknown classification metric '" + name + "'");
                };
                out.put(prefix + name, v);
            }
            return;
        }
        for (String name : names) {
            out.put(prefix + name, regression(name, output, labels));
        }
    }

    private static double regression(String name, double[][] output, double[][] labels) {
        int n = output.length;
        int m = output[0].length;
        if (name.equals("r2")) {
            double sum = 0;
            for (int j = 0; j < m; j++) {
                double mean = 0;
                for (double[] row : labels) {
                    mean += row[j];
                }
                mean /= n;
                double sse = 0;
                double sst = 0;
                for (int i = 0; i < n; i++) {
                    sse += sq(labels[i][j] - output[i][j]);
                    sst += sq(labels[i][j] - mean);
                }
                sum += sst == 0 ? 0 : 1 - sse / sst;
            }
            return sum / m;
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double t = labels[i][j];
                double e = output[i][j];
                sum += switch (name) {
                    case "mean_absolute_error" -> Math.abs(t - e);
                    case "mean_squared_error", "root_mean_squared_error" -> sq(t - e);
                    case "mean_absolute_percentage_error" -> 100 * Math.abs(t - e) / Math.max(Math.abs(t), 1e-7);
                    default -> throw new IllegalArgumentException("unknown regression metric '" + name + "'");
                };
            }
        }
        double mean = sum / ((double) n * m);
        return name.equals("root_mean_squared_error") ? Math.sqrt(mean) : mean;
    }

    private static double sq(double d) {
        return d * d;
    }

    private static int argMax(double[] row) {
        int best = 0;
        for (int j = 1; j < row.length; j++) {
            if (row[j] > row[best]) {
                best = j;
            }
        }
        return best;
    }

    private static List<String> levels(int k) {
        return java.util.stream.IntStream.range(0, k).mapToObj(String::valueOf).toList();
    }
}
