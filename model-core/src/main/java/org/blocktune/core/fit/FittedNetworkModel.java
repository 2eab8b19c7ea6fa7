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
import org.blocktune.core.metrics.OutputMetric;
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
    private final List<ModelOutput> outputs;

    FittedNetworkModel(FitRequest request, PreppedRecipe prepped, Task task, List<String> classLevels, History history,
                       TrainedNetwork network, List<ModelOutput> outputs) {
        this.request = request;
        this.prepped = prepped;
        this.task = task;
        this.classLevels = List.copyOf(classLevels);
        this.history = history;
        this.network = network;
        this.outputs = outputs == null || outputs.isEmpty()
                ? List.of(new ModelOutput(prepped.roles().outcomes().size() == 1 ? prepped.roles().outcomes().get(0)
                        : DataShapes.VECTOR_OUTPUT, prepped.roles().outcomes(),
                        task == Task.CLASSIFICATION ? classLevels : List.of()))
                : List.copyOf(outputs);
    }

    @Override
    public List<ModelOutput> outputs() {
        return outputs;
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
        double[][] out = alignedOutputs(data);
        List<Column> columns = new ArrayList<>();
        if (outputs.size() == 1 && task == Task.CLASSIFICATION) {
            addClasses(columns, out, 0, classLevels, PRED_CLASS, PRED + "_");
            return new Table(columns);
        }
        if (outputs.size() == 1) {
            List<String> outcomes = prepped.roles().outcomes();
            for (int k = 0; k < outcomes.size(); k++) {
                columns.add(new NumericColumn(outcomes.size() == 1 ? PRED : PRED + "_" + outcomes.get(k), column(out, k)));
            }
            return new Table(columns);
        }
        // several outputs: kerasnip's names, .pred_<output>; .pred_class_<output> and .pred_<output>_<level>
        int at = 0;
        for (ModelOutput o : outputs) {
            if (o.classification()) {
                addClasses(columns, out, at, o.levels(), PRED_CLASS + "_" + o.name(), PRED + "_" + o.name() + "_");
            } else {
                for (int k = 0; k < o.columns().size(); k++) {
                    columns.add(new NumericColumn(PRED + "_" + (o.columns().size() == 1 ? o.name() : o.columns().get(k)),
                            column(out, at + k)));
                }
            }
            at += o.width();
        }
        return new Table(columns);
    }

    @Override
    public Table predictSteps(Table data) {
        ModelOutput vector = outputs.size() == 1 && !outputs.get(0).classification() && outputs.get(0).width() > 1
                ? outputs.get(0) : null;
        if (vector == null) {
            throw new IllegalStateException("this model has no multistep (vector) outcome; use predict");
        }
        return Multistep.of(vector.columns()).longTable(alignedOutputs(data));
    }

    /** The network's outputs for every row of {@code data}; a row the recipe drops gets NaN. */
    private double[][] alignedOutputs(Table data) {
        // outcome columns are not needed to predict; leaving them out keeps rows whose outcome is missing or filtered
        PreppedRecipe.Baked baked = prepped.bakeRows(data.drop(prepped.roles().outcomes()));
        double[][] kept = outputs(baked.table());
        int n = data.rowCount();
        // a row the recipe dropped (missing value, filter) gets a missing prediction, so rows stay aligned
        double[][] out = new double[n][];
        for (int i = 0; i < baked.rows().length; i++) {
            out[baked.rows()[i]] = kept[i];
        }
        int width = outputs.stream().mapToInt(ModelOutput::width).sum();
        for (int i = 0; i < n; i++) {
            if (out[i] == null) {
                out[i] = new double[width];
                java.util.Arrays.fill(out[i], Double.NaN);
            }
        }
        return out;
    }

    private static void addClasses(List<Column> columns, double[][] out, int from, List<String> levels,
                                   String classColumn, String probPrefix) {
        int n = out.length;
        int[] codes = new int[n];
        for (int i = 0; i < n; i++) {
            codes[i] = Double.isNaN(out[i][from]) ? -1 : argMax(out[i], from, levels.size());
        }
        columns.add(new CategoricalColumn(classColumn, levels, codes));
        for (int k = 0; k < levels.size(); k++) {
            columns.add(new NumericColumn(probPrefix + levels.get(k), column(out, from + k)));
        }
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
        if (outputs.size() == 1) {
            for (Metric m : metrics) {
                Metric plain = m instanceof OutputMetric o && o.output().equals(outputs.get(0).name()) ? o.metric() : m;
                values.put(m.metricName(), value(plain, outputs.get(0), out, 0, data, true));
            }
            return values;
        }
        for (Metric m : metrics) {
            if (m instanceof OutputMetric om) {
                int at = 0;
                ModelOutput target = null;
                for (ModelOutput o : outputs) {
                    if (o.name().equals(om.output())) {
                        target = o;
                        break;
                    }
                    at += o.width();
                }
                if (target == null) {
                    throw new IllegalArgumentException("metric '" + m.metricName() + "' names output '" + om.output()
                            + "', but this model's outputs are " + outputs.stream().map(ModelOutput::name).toList());
                }
                values.put(m.metricName(), value(om.metric(), target, out, at, data, true));
                continue;
            }
            // a plain metric on several outputs: the mean over the outputs it suits
            double sum = 0;
            int count = 0;
            int at = 0;
            for (ModelOutput o : outputs) {
                if (o.classification() != OutputMetric.forNumbers(m)) {
                    sum += value(m, o, out, at, data, false);
                    count++;
                }
                at += o.width();
            }
            if (count == 0) {
                throw new IllegalArgumentException("metric '" + m.metricName() + "' suits none of this model's outputs "
                        + outputs.stream().map(ModelOutput::name).toList());
            }
            values.put(m.metricName(), sum / count);
        }
        return values;
    }

    /** One metric of one output whose columns start at {@code from}. */
    private double value(Metric m, ModelOutput o, double[][] out, int from, Table data, boolean strict) {
        if (o.classification()) {
            int[] truth = truthCodes(data, o);
            double[][] probs = new double[out.length][];
            int[] predicted = new int[out.length];
            for (int i = 0; i < out.length; i++) {
                probs[i] = java.util.Arrays.copyOfRange(out[i], from, from + o.width());
                predicted[i] = argMax(probs[i], 0, o.width());
            }
            if (m instanceof ClassMetric c) {
                return c.compute(ConfusionMatrix.of(truth, predicted, o.levels()));
            }
            if (m instanceof ProbMetric p) {
                return p.compute(truth, probs);
            }
            throw new IllegalArgumentException("metric '" + m.metricName() + "' is for numeric outcomes, but "
                    + (outputs.size() > 1 ? "output '" + o.name() + "'" : "this model") + " predicts classes; use "
                    + "accuracy, roc_auc, mn_log_loss or another class metric");
        }
        if (!(m instanceof NumericMetric num)) {
            throw new IllegalArgumentException("metric '" + m.metricName() + "' is for classes, but "
                    + (outputs.size() > 1 ? "output '" + o.name() + "'" : "this model") + " predicts numbers; use "
                    + "rmse, rsq, mae or mape");
        }
        double sum = 0;
        for (int k = 0; k < o.columns().size(); k++) {
            sum += num.compute(data.numeric(o.columns().get(k)).toArray(), column(out, from + k));
        }
        return sum / o.columns().size();
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

    private static int[] truthCodes(Table data, ModelOutput o) {
        String outcome = o.columns().get(0);
        List<String> levels = o.levels();
        CategoricalColumn truth = data.categorical(outcome);
        int[] unseen = new int[1];
        CategoricalColumn matched = truth.levels().equals(levels) ? truth : truth.relevel(levels, unseen);
        if (unseen[0] > 0) {
            throw new IllegalArgumentException("outcome '" + outcome + "' has " + unseen[0] + " value(s) whose level "
                    + "the model never saw; it knows " + levels);
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

    /** The index (0-based, from {@code from}) of the largest of {@code width} values starting at {@code from}. */
    private static int argMax(double[] row, int from, int width) {
        int best = 0;
        for (int j = 1; j < width; j++) {
            if (row[from + j] > row[from + best]) {
                best = j;
            }
        }
        return best;
    }
}
