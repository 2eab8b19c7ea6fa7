package org.blocktune.core.fit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.blocktune.core.data.CategoricalColumn;
import org.blocktune.core.data.Column;
import org.blocktune.core.data.NumericColumn;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.Task;
import org.blocktune.core.metrics.Metric;
import org.blocktune.core.metrics.OutputMetric;
import org.blocktune.core.task.CancellationToken;

/**
 * Predicting with a {@link FittedModel} on new rows (a CSV the model has not seen), as
 * {@code blocktune predict} and the workbench's "Predict on new data" do it: which predictor columns
 * the rows lack, the predictions in slices of rows (so a caller can show progress and cancel between
 * slices), which rows the model's recipe left without a prediction, and the metrics when the rows
 * hold the outcome too.
 */
public final class NewDataPrediction {
    /** Rows predicted at once between progress reports and cancellation checks. */
    static final int SLICE = 2048;

    /** Told how many rows are predicted so far. */
    @FunctionalInterface
    public interface Progress {
        /** {@code done} of {@code total} rows predicted. */
        void rows(int done, int total);
    }

    private NewDataPrediction() {
    }

    /** The predictor columns the model was trained with that {@code data} lacks, in the model's order; empty when none. */
    public static List<String> missingPredictors(FittedModel model, Table data) {
        return model.request().roles().predictors().stream().filter(c -> !data.has(c)).toList();
    }

    /**
     * {@link FittedModel#predict} on {@code data}, a slice of rows at a time; the same columns and values as
     * one call.
     *
     * @throws CancellationException    when {@code cancel} was cancelled (checked between slices)
     * @throws IllegalArgumentException when the rows do not fit the model (a predictor of the wrong type, …)
     */
    public static Table predict(FittedModel model, Table data, Progress progress, CancellationToken cancel) {
        int total = data.rowCount();
        if (total <= SLICE) {
            checkCancelled(cancel);
            Table all = model.predict(data);
            report(progress, total, total);
            return all;
        }
        List<Table> parts = new ArrayList<>();
        for (int from = 0; from < total; from += SLICE) {
            checkCancelled(cancel);
            int to = Math.min(total, from + SLICE);
            int[] rows = new int[to - from];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = from + i;
            }
            parts.add(model.predict(data.rows(rows)));
            report(progress, to, total);
        }
        return concat(parts);
    }

    /**
     * A sentence naming the rows without a prediction (the model's recipe drops rows with missing values or
     * outside its filters; their prediction columns are empty), or empty when every row has one.
     */
    public static Optional<String> unpredicted(Table predictions) {
        if (predictions.columnCount() == 0) {
            return Optional.empty();
        }
        Column first = predictions.columns().get(0);
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            if (first.isMissing(i)) {
                rows.add(i + 1);
            }
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        String shown = String.join(", ", rows.stream().limit(20).map(String::valueOf).toList())
                + (rows.size() > 20 ? ", …" : "");
        return Optional.of(rows.size() + " of " + first.size() + " rows have no prediction (data row"
                + (rows.size() == 1 ? " " : "s ") + shown + "): the model's recipe drops rows with missing values or "
                + "outside its filters; their prediction columns are empty");
    }

    /** The task's default metrics; with several outputs, each output's, per output ("price rmse", "cut accuracy"). */
    public static List<Metric> metricsFor(FittedModel model) {
        if (model.outputs().size() < 2) {
            return Metric.defaults(model.task());
        }
        Map<String, Boolean> outs = new LinkedHashMap<>();
        List<Metric> base = new ArrayList<>();
        for (ModelOutput o : model.outputs()) {
            outs.put(o.name(), o.classification());
            Metric.defaults(o.classification() ? Task.CLASSIFICATION : Task.REGRESSION).stream()
                    .filter(m -> !base.contains(m)).forEach(base::add);
        }
        return OutputMetric.expand(base, outs);
    }

    /** The model's metrics ({@link #metricsFor}) on {@code data} when it holds every outcome column, else empty. */
    public static Map<String, Double> metricsWhenObserved(FittedModel model, Table data) {
        if (!model.request().roles().outcomes().stream().allMatch(data::has)) {
            return Map.of();
        }
        return model.evaluate(data, metricsFor(model));
    }

    /** The columns of {@code first} then those of {@code second} (same row count) as one table. */
    public static Table beside(Table first, Table second) {
        List<Column> columns = new ArrayList<>(first.columns());
        second.columns().stream().filter(c -> !first.has(c.name())).forEach(columns::add);
        return new Table(columns);
    }

    private static void checkCancelled(CancellationToken cancel) {
        if (cancel != null && cancel.isCancelled()) {
            throw new CancellationException("prediction cancelled");
        }
    }

    private static void report(Progress progress, int done, int total) {
        if (progress != null) {
            progress.rows(done, total);
        }
    }

    /** Slices of predictions, one under the other (the slices have the same columns). */
    static Table concat(List<Table> parts) {
        Table head = parts.get(0);
        int total = parts.stream().mapToInt(Table::rowCount).sum();
        List<Column> out = new ArrayList<>();
        for (Column c : head.columns()) {
            if (c instanceof NumericColumn) {
                double[] v = new double[total];
                int at = 0;
                for (Table p : parts) {
                    NumericColumn n = p.numeric(c.name());
                    n.copyTo(v, at);
                    at += n.size();
                }
                out.add(new NumericColumn(c.name(), v));
            } else if (c instanceof CategoricalColumn) {
                List<String> levels = new ArrayList<>();
                for (Table p : parts) {
                    p.categorical(c.name()).levels().stream().filter(l -> !levels.contains(l)).forEach(levels::add);
                }
                int[] codes = new int[total];
                int at = 0;
                for (Table p : parts) {
                    CategoricalColumn k = p.categorical(c.name());
                    for (int i = 0; i < k.size(); i++) {
                        codes[at++] = k.code(i) < 0 ? -1 : levels.indexOf(k.levels().get(k.code(i)));
                    }
                }
                out.add(new CategoricalColumn(c.name(), levels, codes));
            } else {
                throw new IllegalStateException("a prediction column holds tensors: " + c.name());
            }
        }
        return new Table(out);
    }
}
