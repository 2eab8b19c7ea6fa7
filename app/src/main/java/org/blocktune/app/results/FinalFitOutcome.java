package org.blocktune.app.results;

import java.util.ArrayList;
import java.util.List;
import org.blocktune.core.data.CategoricalColumn;
import org.blocktune.core.data.Column;
import org.blocktune.core.data.NumericColumn;
import org.blocktune.core.data.Table;
import org.blocktune.core.metrics.ConfusionMatrix;
import org.blocktune.core.tune.LastFit;

/**
 * What the last fit gave, ready to show: the fit itself, the candidate it finalised, and — when
 * there is a test set — the confusion matrix (classification) or the observed and predicted
 * values (regression) of the test rows.
 *
 * @param candidateId the finalised candidate
 * @param fit         the last fit (model, test metrics, predictions)
 * @param outcome     the outcome column
 * @param confusion   test-set confusion matrix, or null (regression or no test set)
 * @param observed    observed test values (regression), or null
 * @param predicted   predicted test values (regression), or null
 */
record FinalFitOutcome(String candidateId, LastFit fit, String outcome, ConfusionMatrix confusion, double[] observed,
                       double[] predicted) {

    /** Tabulates the test predictions of {@code fit} against {@code test}'s outcome (null test: nothing to tabulate). */
    static FinalFitOutcome of(String candidateId, LastFit fit, Table test, String outcome) {
        Table pred = fit.predictions();
        if (test == null || pred == null) {
            return new FinalFitOutcome(candidateId, fit, outcome, null, null, null);
        }
        Column truth = test.column(outcome);
        String classColumn = pred.has(".pred_class") ? ".pred_class" : ".pred_class_" + outcome; // several outputs
        if (truth instanceof CategoricalColumn t && pred.has(classColumn)) {
            CategoricalColumn p = pred.categorical(classColumn);
            List<String> levels = new ArrayList<>(t.levels());
            p.levels().stream().filter(l -> !levels.contains(l)).forEach(levels::add);
            int[] tc = new int[t.size()];
            int[] pc = new int[t.size()];
            for (int i = 0; i < tc.length; i++) {
                tc[i] = t.get(i) == null ? -1 : levels.indexOf(t.get(i));
                pc[i] = p.get(i) == null ? -1 : levels.indexOf(p.get(i));
            }
            return new FinalFitOutcome(candidateId, fit, outcome, ConfusionMatrix.of(tc, pc, levels), null, null);
        }
        if (truth instanceof NumericColumn t) {
            String col = pred.has(".pred") ? ".pred" : pred.has(".pred_" + outcome) ? ".pred_" + outcome
                    : pred.names().stream().filter(n -> n.startsWith(".pred")).findFirst().orElse(null);
            if (col != null && pred.column(col) instanceof NumericColumn p) {
                return new FinalFitOutcome(candidateId, fit, outcome, null, t.toArray(), p.toArray());
            }
        }
        return new FinalFitOutcome(candidateId, fit, outcome, null, null, null);
    }
}
