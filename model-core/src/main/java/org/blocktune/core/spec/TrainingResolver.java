package org.blocktune.core.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns the checked learn_rate, fit_* and compile_* values into {@link TrainingSettings}. */
final class TrainingResolver {

    private TrainingResolver() {
    }

    /**
     * @param v       checked values of every generated argument
     * @param outputs the network's outcomes by name, in output order
     * @param out     where problems go
     * @return settings, or null when there is an error
     */
    static TrainingSettings resolve(Map<String, Object> v, Map<String, OutcomeShape> outputs, List<Problem> out) {
        int before = errorCount(out);
        List<String> names = List.copyOf(outputs.keySet());
        List<OutcomeShape> outcomes = List.copyOf(outputs.values());
        Optimizer optimizer = Optimizer.byName((String) v.get("compile_optimizer")).orElse(null);
        List<Loss> losses = losses((String) v.get("compile_loss"), names, outcomes, out);
        boolean classification = outcomes.stream().allMatch(OutcomeShape::classification);
        List<List<String>> outputMetrics = new ArrayList<>();
        List<String> metricTexts = PerOutput.values("compile_metrics", ((String) v.get("compile_metrics")).trim(), names,
                "auto", out);
        for (int i = 0; metricTexts != null && i < names.size(); i++) {
            try {
                outputMetrics.add(MetricNames.parse(metricTexts.get(i), outcomes.get(i).classification()));
            } catch (IllegalArgumentException e) {
                out.add(Problem.error(null, "compile_metrics", (names.size() > 1 ? "output '" + names.get(i) + "': " : "")
                        + e.getMessage()));
            }
        }
        List<String> metrics = outputMetrics.isEmpty() ? List.of() : outputMetrics.get(0);
        String cw = ((String) v.get("fit_class_weight")).trim();
        boolean balanced = cw.equalsIgnoreCase("balanced");
        if (!cw.isEmpty() && outcomes.size() > 1) {
            out.add(Problem.error(null, "fit_class_weight", "fit_class_weight applies to a network with one output; "
                    + "with several outputs leave it empty and weigh the outputs with compile_loss_weights"));
        }
        List<Double> classWeights = balanced || outcomes.size() > 1 ? List.of()
                : weights(cw, "fit_class_weight", classCount(outcomes), "class", out);
        List<Double> lossWeights = lossWeights(((String) v.get("compile_loss_weights")).trim(), names, out);
        if (!cw.isEmpty() && outcomes.stream().noneMatch(OutcomeShape::classification)) {
            out.add(Problem.error(null, "fit_class_weight", "fit_class_weight only applies to a categorical outcome; "
                    + "leave it empty for regression"));
        }
        boolean classWeighted = !classWeights.isEmpty() || balanced;
        for (int i = 0; i < losses.size(); i++) {
            boolean weighted = classWeighted || (i < lossWeights.size() && lossWeights.get(i) != 1.0);
            Loss l = losses.get(i);
            if (weighted && !l.supportsWeights()) {
                out.add(Problem.error(null, "compile_loss", "loss '" + l.keras() + "'" + (names.size() > 1
                        ? " of output '" + names.get(i) + "'" : "") + " cannot be weighted on DL4J, "
                        + "but fit_class_weight or compile_loss_weights is set; clear the weights or use a loss such "
                        + "as categorical_crossentropy, binary_crossentropy, mean_squared_error or mean_absolute_error"));
                break;
            }
        }
        EarlyStopping es = new EarlyStopping((Boolean) v.get("fit_early_stopping"),
                ((String) v.get("fit_early_stopping_monitor")).trim(), (Integer) v.get("fit_early_stopping_patience"),
                (Double) v.get("fit_early_stopping_min_delta"), (Boolean) v.get("fit_early_stopping_restore_best"));
        checkMonitor(es, recorded(names, outputMetrics), (Double) v.get("fit_validation_split"), out);
        if (errorCount(out) > before || optimizer == null) {
            return null;
        }
        return new TrainingSettings((Double) v.get(TrainingArgs.LEARN_RATE), optimizer, losses, metrics,
                (Integer) v.get("fit_batch_size"), (Integer) v.get("fit_epochs"),
                (Double) v.get("fit_validation_split"), (Boolean) v.get("fit_shuffle"), classWeights, balanced,
                (Integer) v.get("fit_initial_epoch"), (Integer) v.get("fit_steps_per_epoch"),
                (Integer) v.get("fit_validation_freq"), (Integer) v.get("fit_verbose"), es,
                lossWeights.isEmpty() ? java.util.Collections.nCopies(outcomes.size(), 1.0) : lossWeights,
                outputMetrics);
    }

    /** The metric names the history records: the metrics of one output, or {@code <output>_<metric>} of several. */
    private static List<String> recorded(List<String> names, List<List<String>> outputMetrics) {
        if (names.size() == 1 || outputMetrics.size() != names.size()) {
            return outputMetrics.isEmpty() ? List.of() : outputMetrics.get(0);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            for (String m : outputMetrics.get(i)) {
                out.add(names.get(i) + "_" + m);
            }
        }
        return out;
    }

    private static List<Loss> losses(String text, List<String> names, List<OutcomeShape> outcomes, List<Problem> out) {
        List<String> perOutput = PerOutput.values("compile_loss", text.trim(), names, null, out);
        List<Loss> losses = new ArrayList<>();
        for (int i = 0; perOutput != null && i < outcomes.size(); i++) {
            OutcomeShape o = outcomes.get(i);
            String name = perOutput.get(i);
            String which = names.size() > 1 ? " for output '" + names.get(i) + "'" : "";
            if (name.equalsIgnoreCase("auto")) {
                losses.add(Loss.defaultFor(o));
                continue;
            }
            Loss loss = Loss.byName(name).orElse(null);
            if (loss == null) {
                out.add(Problem.error(null, "compile_loss", Loss.whyNot(name) + which));
                continue;
            }
            if (loss.forClassification() && !o.classification()) {
                out.add(Problem.error(null, "compile_loss", "loss '" + name + "'" + which + " needs a categorical "
                        + "outcome, but the outcome is numeric; use mean_squared_error, mean_absolute_error or another "
                        + "regression loss"));
            }
            losses.add(loss);
        }
        return losses;
    }

    private static List<Double> lossWeights(String text, List<String> names, List<Problem> out) {
        if (!PerOutput.isMap(text)) {
            return weights(text, "compile_loss_weights", names.size(), "output", out);
        }
        List<String> perOutput = PerOutput.values("compile_loss_weights", text, names, "1", out);
        if (perOutput == null) {
            return List.of();
        }
        return weights(String.join(",", perOutput), "compile_loss_weights", names.size(), "output", out);
    }

    private static int classCount(List<OutcomeShape> outcomes) {
        return outcomes.stream().filter(OutcomeShape::classification).mapToInt(OutcomeShape::width).findFirst()
                .orElse(0);
    }

    private static List<Double> weights(String text, String arg, int expected, String what, List<Problem> out) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<Double> w = new ArrayList<>();
        for (String part : text.split(",")) {
            try {
                double d = Double.parseDouble(part.trim());
                if (!(d >= 0) || Double.isInfinite(d)) {
                    throw new NumberFormatException();
                }
                w.add(d);
            } catch (NumberFormatException e) {
                out.add(Problem.error(null, arg, arg + " must be a comma-separated list of numbers ≥ 0, e.g. '1,3'; "
                        + "'" + part.trim() + "' is not"));
                return List.of();
            }
        }
        if (expected > 0 && w.size() != expected) {
            out.add(Problem.error(null, arg, arg + " has " + w.size() + " weight(s) but there "
                    + (expected == 1 ? "is 1 " + what : "are " + expected + " " + plural(what)) + "; give one weight per "
                    + what));
        }
        return w;
    }

    private static String plural(String noun) {
        return noun.endsWith("s") ? noun + "es" : noun + "s";
    }

    private static void checkMonitor(EarlyStopping es, List<String> metrics, double validationSplit,
                                     List<Problem> out) {
        if (!es.enabled()) {
            return;
        }
        String m = es.monitor();
        String base = m.startsWith("val_") ? m.substring(4) : m;
        if (!base.equals("loss") && !metrics.contains(base)) {
            out.add(Problem.error(null, "fit_early_stopping_monitor", "early stopping monitors '" + m
                    + "', which is not recorded; use loss, val_loss, or one of the compile_metrics (" 
                    + String.join(", ", metrics) + ") with or without val_"));
        }
        if (m.startsWith("val_") && validationSplit == 0) {
            out.add(Problem.warning(null, "fit_early_stopping_monitor", "early stopping monitors '" + m
                    + "' but fit_validation_split is 0; it will use the assessment data of a resample if there is "
                    + "one, otherwise set fit_validation_split or monitor 'loss'"));
        }
    }

    private static int errorCount(List<Problem> problems) {
        return (int) problems.stream().filter(Problem::isError).count();
    }
}
