package org.blocktune.app.common;

import java.util.Map;

/**
 * One plain sentence per metric name (yardstick's names, as BlockTune uses them), for tooltips and the
 * Results step's explanation line. A name with an output prefix ("price rmse") is explained by its metric.
 */
public final class MetricHelp {
    private static final Map<String, String> TEXT = Map.ofEntries(
            Map.entry("accuracy", "accuracy: the share of rows whose class is predicted correctly (larger is better)."),
            Map.entry("bal_accuracy", "bal_accuracy: balanced accuracy, the mean of sensitivity and specificity "
                    + "(averaged over classes), fair when classes are unequal in size (larger is better)."),
            Map.entry("kap", "kap: Cohen's kappa, how much better than chance the predicted classes agree with the "
                    + "true ones (1 perfect, 0 no better than guessing; larger is better)."),
            Map.entry("precision", "precision: of the rows predicted as a class, the share that truly are "
                    + "(averaged over classes; larger is better)."),
            Map.entry("recall", "recall: sensitivity, of the rows truly in a class, the share predicted as it "
                    + "(averaged over classes; larger is better)."),
            Map.entry("f_meas", "f_meas: the F1 score, the harmonic mean of precision and recall (averaged over "
                    + "classes; larger is better)."),
            Map.entry("roc_auc", "roc_auc: area under the ROC curve, the chance that a true member of a class gets a "
                    + "higher predicted probability than a non-member (1 perfect, 0.5 chance; larger is better)."),
            Map.entry("mn_log_loss", "mn_log_loss: mean log loss, how little probability the model gave the true "
                    + "class; punishes confident mistakes (0 perfect; smaller is better)."),
            Map.entry("rmse", "rmse: root mean squared error, the typical size of a prediction error in the "
                    + "outcome's units, large errors weighing more (smaller is better)."),
            Map.entry("mae", "mae: mean absolute error, the average size of a prediction error in the outcome's "
                    + "units (smaller is better)."),
            Map.entry("rsq", "rsq: R squared, the squared correlation of predicted and observed values (1 perfect; "
                    + "larger is better)."),
            Map.entry("mape", "mape: mean absolute percentage error, the average error as a percentage of the "
                    + "observed value; undefined where the outcome is 0 (smaller is better)."));

    private MetricHelp() {
    }

    /** The explanation of a metric name, or an empty string for a name it does not know. */
    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String base = name.contains(" ") ? name.substring(name.lastIndexOf(' ') + 1) : name;
        String text = TEXT.get(base);
        if (text == null) {
            return "";
        }
        return base.equals(name) ? text : name.substring(0, name.lastIndexOf(' ')) + " " + text;
    }
}
