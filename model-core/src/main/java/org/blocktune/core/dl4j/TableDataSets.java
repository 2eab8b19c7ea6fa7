package org.blocktune.core.dl4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.data.CategoricalColumn;
import org.blocktune.core.data.Column;
import org.blocktune.core.data.NumericColumn;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.Task;
import org.blocktune.core.data.TensorColumn;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Converts baked tables to ND4J arrays in bulk (whole columns at a time), as FLOAT.
 *
 * <p>Each input's features are either numeric columns → a matrix {@code [n, p]} in column order,
 * or exactly one tensor column → {@code [n, shape…]} (e.g. {@code [n, 28, 28]}; reshape for a
 * convolutional layer as needed). Labels: a categorical outcome → one-hot {@code [n, k]} with
 * columns in level order; numeric outcomes → {@code [n, m]}. Missing values are rejected with
 * the column named (impute them in the recipe first).
 */
public final class TableDataSets {
    static {
        JavaCppLimits.relax(); // before ND4J loads: JavaCPP reads its settings only once
    }

    private TableDataSets() { }

    /** Features and labels of {@code baked} for every input of {@code roles}. */
    public static TableDataSet convert(Table baked, Roles roles) {
        Task task = roles.task(baked);
        INDArray[] features = new INDArray[roles.inputs().size()];
        int i = 0;
        for (var e : roles.inputs().entrySet()) features[i++] = features(baked, e.getKey(), e.getValue());
        List<String> levels = task == Task.CLASSIFICATION ? baked.categorical(roles.outcomes().get(0)).levels() : List.of();
        INDArray labels = labels(baked, roles.outcomes());
        var mds = new org.nd4j.linalg.dataset.MultiDataSet(features, new INDArray[] {labels});
        return new TableDataSet(mds, new LinkedHashMap<>(roles.inputs()), roles.outcomes(), levels, task);
    }

    /** Features only (for prediction on data without outcomes), one array per input. */
    public static INDArray[] features(Table baked, Map<String, List<String>> inputs) {
        INDArray[] out = new INDArray[inputs.size()];
        int i = 0;
        for (var e : inputs.entrySet()) out[i++] = features(baked, e.getKey(), e.getValue());
        return out;
    }

    /** The feature array of one input. */
    public static INDArray features(Table baked, String input, List<String> columns) {
        if (columns.isEmpty()) throw new IllegalArgumentException("input '" + input + "' has no predictor columns");
        int n = baked.rowCount();
        Column first = baked.column(columns.get(0));
        if (first instanceof TensorColumn t) {
            if (columns.size() != 1) {
                throw new IllegalArgumentException("input '" + input + "' mixes tensor column '" + t.name()
                        + "' with other columns " + columns + "; give each tensor column its own input");
            }
            float[] data = new float[n * t.rowLength()];
            t.copyTo(data, 0);
            for (float v : data) {
                if (Float.isNaN(v)) throw new IllegalArgumentException("tensor column '" + t.name() + "' holds NaN values");
            }
            long[] shape = new long[t.shape().length + 1];
            shape[0] = n;
            for (int d = 0; d < t.shape().length; d++) shape[d + 1] = t.shape()[d];
            return Nd4j.create(data, shape, 'c');
        }
        int p = columns.size();
        float[] data = new float[n * p];
        double[] buf = new double[n];
        for (int j = 0; j < p; j++) {
            Column c = baked.column(columns.get(j));
            if (!(c instanceof NumericColumn num)) {
                throw new IllegalArgumentException("predictor '" + c.name() + "' of input '" + input + "' is " + c.type()
                        + "; encode it first (dummy/one-hot step), or give a tensor column its own input");
            }
            num.copyTo(buf, 0);
            int base = j * n;
            for (int r = 0; r < n; r++) {
                if (Double.isNaN(buf[r])) throw missing(c.name(), r);
                data[base + r] = (float) buf[r];
            }
        }
        return Nd4j.create(data, new long[] {n, p}, 'f').dup('c');
    }

    /** The label array: one-hot for a categorical outcome, numbers for numeric outcomes. */
    public static INDArray labels(Table baked, List<String> outcomes) {
        int n = baked.rowCount();
        Column first = baked.column(outcomes.get(0));
        if (first instanceof CategoricalColumn cat) {
            int k = cat.levels().size();
            float[] data = new float[n * k];
            for (int r = 0; r < n; r++) {
                int code = cat.code(r);
                if (code < 0) throw missing(cat.name(), r);
                data[r * k + code] = 1f;
            }
            return Nd4j.create(data, new long[] {n, k}, 'c');
        }
        List<String> numeric = new ArrayList<>(outcomes);
        for (String o : numeric) {
            if (!(baked.column(o) instanceof NumericColumn)) throw new IllegalArgumentException("outcome '" + o + "' is not numeric");
        }
        return features(baked, "outcome", numeric);
    }

    /** Maps a probability matrix {@code [n, k]} back to the most probable level of each row. */
    public static String[] classesOf(INDArray probabilities, List<String> levels) {
        if (probabilities.rank() != 2 || probabilities.size(1) != levels.size()) {
            throw new IllegalArgumentException("expected probabilities of shape [n, " + levels.size() + "], got "
                    + Arrays.toString(probabilities.shape()));
        }
        long[] arg = probabilities.argMax(1).toLongVector();
        String[] out = new String[arg.length];
        for (int i = 0; i < arg.length; i++) out[i] = levels.get((int) arg[i]);
        return out;
    }

    private static IllegalArgumentException missing(String column, int row) {
        return new IllegalArgumentException("column '" + column + "' has a missing value in row " + (row + 1)
                + "; add an impute step to the recipe (or remove incomplete rows) before converting");
    }
}
