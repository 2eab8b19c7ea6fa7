package org.blocktune.core.fit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.data.CategoricalColumn;
import org.blocktune.core.data.Column;
import org.blocktune.core.data.NumericColumn;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.Task;
import org.blocktune.core.data.recipe.PreppedRecipe;
import org.blocktune.core.dl4j.TrainedNetwork;
import org.blocktune.core.metrics.ClassMetric;
import org.blocktune.core.metrics.ConfusionMatrix;
import org.blocktune.core.metrics.Metric;
import org.blocktune.core.metrics.NumericMetric;
import org.blocktune.core.metrics.ProbMetric;

/** The {@link FittedModel} of a DL4J network: the trained network, the fitted recipe, levels and history. */
final class FittedNetworkModel implements FittedModel {
    /** Name of the predicted-class column. */
    static final String PRED_CLASS = ".pred_class";
    /** Name of the prediction column of one numeric outcome; {@code .pred_<name>} with several. */
    static final String PRED = ".pred";

    private final FitRequest request;
    private final PreppedRecipe prepped;
    private final Task task;
    private final List<String> classLevels;
    private final History history;
    private final TrainedNetwork network;

    FittedNetworkModel(FitRequest request, PreppedRecipe prepped, Task task, List<String> classLevels, History history,
                       TrainedNetwork network) {
        this.request = request;
        this.prepped = prepped;
        this.task = task;
        this.classLevels = List.copyOf(classLevels);
        this.history = history;
        this.network = network;
    }

    @Override public FitRequest request() { return request; }
    @Override public Task task() { return task; }
    @Override public List<String> classLevels() { return classLevels; }
    @Override public History history() { return history; }
    @Override public long numParams() { return network.numParams(); }

    PreppedRecipe prepped() {
        return prepped;
    }

    TrainedNetwork network() {
        return network;
    }

    @Override
    public List<String> unseenLevels(Table data) {
        return prepped.unseenLevels(data);
    }

    @Override
    public Table predict(Table data) {
        // outcome columns are not needed to predict; leaving them out keeps rows whose outcome is missing or filtered
        PreppedRecipe.Baked baked = prepped.bakeRows(data.drop(prepped.roles().outcomes()));
        double[][] kept = outputs(baked.table());
        int n = data.rowCount();
        // a row the recipe dropped (missing value, filter) gets a missing prediction, so rows stay aligned
        double[][] out = new double[n][];
        boolean[] dropped = new boolean[n];
        java.util.Arrays.fill(dropped, true);
        for (int i = 0; i < baked.rows().length; i++) {
            out[baked.rows()[i]] = kept[i];
            dropped[baked.rows()[i]] = false;
        }
        int width = task == Task.CLASSIFICATION ? classLevels.size() : prepped.roles().outcomes().size();
        for (int i = 0; i < n; i++) {
            if (dropped[i]) {
                out[i] = new double[width];
                java.util.Arrays.fill(out[i], Double.NaN);
            }
        }
        List<Column> columns = new ArrayList<>();
        if (task == Task.CLASSIFICATION) {
            int[] codes = new int[n];
            for (int i = 0; i < n; i++) {
                codes[i] = dropped[i] ? -1 : argMax(out[i]);
            }
            columns.add(new CategoricalColumn(PRED_CLASS, classLevels, codes));
            for (int k = 0; k < classLevels.size(); k++) {
                columns.add(new NumericColumn(PRED + "_" + classLevels.get(k), column(out, k)));
            }
            return new Table(columns);
        }
        List<String> outcomes = prepped.roles().outcomes();
        for (int k = 0; k < outcomes.size(); k++) {
            columns.add(new NumericColumn(outcomes.size() == 1 ? PRED : PRED + "_" + outcomes.get(k), column(out, k)));
        }
        return new Table(columns);
    }

    /**
     * {@inheritDoc} Classification takes class and probability metrics; regression takes numeric
     * metrics, averaged over the outcomes when there are several.
     */
    @Override
    public Map<String, Double> evaluate(Table all, List<Metric> metrics) {
        PreppedRecipe.Baked baked = prepped.bakeRows(all);
        double[][] out = outputs(baked.table());
        Table data = baked.rows().length == all.rowCount() ? all : all.rows(baked.rows()); // rows the recipe kept
        Map<String, Double> values = new LinkedHashMap<>();
        if (task == Task.CLASSIFICATION) {
            int[] truth = truthCodes(data);
            int[] predicted = new int[out.length];
            for (int i = 0; i < out.length; i++) {
                predicted[i] = argMax(out[i]);
            }
            ConfusionMatrix cm = ConfusionMatrix.of(truth, predicted, classLevels);
            for (Metric m : metrics) {
                if (m instanceof ClassMetric c) {
                    values.put(m.metricName(), c.compute(cm));
                } else if (m instanceof ProbMetric p) {
                    values.put(m.metricName(), p.compute(truth, out));
                } else {
                    throw new IllegalArgumentException("metric '" + m.metricName() + "' is for numeric outcomes, but "
                            + "this model predicts classes; use accuracy, roc_auc, mn_log_loss or another class metric");
                }
            }
            return values;
        }
        List<String> outcomes = prepped.roles().outcomes();
        for (Metric m : metrics) {
            if (!(m instanceof NumericMetric num)) {
                throw new IllegalArgumentException("metric '" + m.metricName() + "' is for classes, but this model "
                        + "predicts numbers; use rmse, rsq, mae or mape");
            }
            double sum = 0;
            for (int k = 0; k < outcomes.size(); k++) {
                sum += num.compute(data.numeric(outcomes.get(k)).toArray(), column(out, k));
            }
            values.put(m.metricName(), sum / outcomes.size());
        }
        return values;
    }

    @Override
    public void save(Path file) throws IOException {
        ModelFile.write(this, file);
    }

    private double[][] outputs(Table baked) {
        if (baked.rowCount() == 0) {
            return new double[0][];
        }
        return network.predict(baked, prepped.bakedRoles().inputs());
    }

    private int[] truthCodes(Table data) {
        String outcome = prepped.roles().outcomes().get(0);
        CategoricalColumn truth = data.categorical(outcome);
        int[] unseen = new int[1];
        CategoricalColumn matched = truth.levels().equals(classLevels) ? truth : truth.relevel(classLevels, unseen);
        if (unseen[0] > 0) {
            throw new IllegalArgumentException("outcome '" + outcome + "' has " + unseen[0] + " value(s) whose level "
                    + "the model never saw; it knows " + classLevels);
        }
        return matched.codes();
    }

    private static double[] column(double[][] m, int k) {
        double[] out = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i][k];
        }
        return out;
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
}
