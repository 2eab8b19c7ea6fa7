package org.blocktune.core.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A metric of one output of a network with several, named {@code "<output> <metric>"} (e.g.
 * {@code "price rmse"}, {@code "cut accuracy"}) in tuning results, so that candidates can be ranked by a
 * chosen metric of a chosen output.
 *
 * @param output the output's (outcome column's) name
 * @param metric the metric computed on that output
 */
public record OutputMetric(String output, Metric metric) implements Metric {

    public OutputMetric {
        if (output == null || output.isBlank()) {
            throw new IllegalArgumentException("an output metric needs the output's name");
        }
        if (metric instanceof OutputMetric) {
            throw new IllegalArgumentException("an output metric cannot wrap another output metric");
        }
    }

    @Override
    public String metricName() {
        return output + " " + metric.metricName();
    }

    @Override
    public Direction direction() {
        return metric.direction();
    }

    /** True when {@code metric} is for numbers (numeric outputs), false when it is for classes. */
    public static boolean forNumbers(Metric metric) {
        Metric m = metric instanceof OutputMetric o ? o.metric() : metric;
        return m instanceof NumericMetric;
    }

    /**
     * The metrics per output: every plain metric for each output it suits (numeric metrics for numeric
     * outputs, class metrics for categorical ones), in output order; an output metric stays as it is. A
     * plain metric that suits no output is refused.
     *
     * @param outputs output name → true when it predicts classes, in output order
     * @throws IllegalArgumentException naming a metric that suits no output, or an unknown output
     */
    public static List<Metric> expand(List<Metric> metrics, Map<String, Boolean> outputs) {
        Map<String, Metric> out = new LinkedHashMap<>();
        for (Metric m : metrics) {
            if (m instanceof OutputMetric o) {
                Boolean classes = outputs.get(o.output());
                if (classes == null) {
                    throw new IllegalArgumentException("metric '" + o.metricName() + "' names output '" + o.output()
                            + "', but the outputs are " + outputs.keySet());
                }
                if (classes == forNumbers(o)) {
                    throw new IllegalArgumentException("metric '" + o.metricName() + "' is for " + (classes ? "numbers"
                            : "classes") + ", but output '" + o.output() + "' predicts " + (classes ? "classes" : "numbers"));
                }
                out.putIfAbsent(o.metricName(), o);
                continue;
            }
            List<Metric> per = new ArrayList<>();
            outputs.forEach((name, classes) -> {
                if (classes != forNumbers(m)) {
                    per.add(new OutputMetric(name, m));
                }
            });
            if (per.isEmpty()) {
                throw new IllegalArgumentException("metric '" + m.metricName() + "' suits none of the outputs "
                        + outputs.keySet());
            }
            per.forEach(p -> out.putIfAbsent(p.metricName(), p));
        }
        return List.copyOf(out.values());
    }
}
