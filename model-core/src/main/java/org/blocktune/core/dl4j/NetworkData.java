package org.blocktune.core.dl4j;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Baked rows converted for one network: features in the network's input order and layout, and
 * one label array per network output (one-hot classes or numbers). Built once per fit; batches are
 * row slices.
 */
public final class NetworkData {
    static {
        JavaCppLimits.relax(); // before ND4J loads: JavaCPP reads its settings only once
    }

    private final INDArray[] features;
    private final INDArray[] labels;

    private NetworkData(INDArray[] features, INDArray[] labels) {
        this.features = features;
        this.labels = labels;
    }

    /**
     * Converts {@code baked} (outcomes and baked predictors).
     *
     * @throws IllegalArgumentException naming the column when the data cannot be converted
     */
    public static NetworkData of(Table baked, Roles bakedRoles, InputLayout layout) {
        return of(baked, bakedRoles, layout, List.of(bakedRoles.outcomes()));
    }

    /**
     * Converts {@code baked} for a network with several outputs: {@code outputColumns} lists, in the
     * network's output order, the outcome columns each output predicts (one categorical column, or
     * numeric columns).
     *
     * @throws IllegalArgumentException naming the column when the data cannot be converted
     */
    public static NetworkData of(Table baked, Roles bakedRoles, InputLayout layout, List<List<String>> outputColumns) {
        if (outputColumns.size() == 1) {
            return single(baked, bakedRoles, layout);
        }
        try (var s = NativeReclaimer.section()) {
            Roles first = new Roles(outputColumns.get(0), bakedRoles.inputs());
            NetworkData base = single(baked, first, layout);
            INDArray[] labels = new INDArray[outputColumns.size()];
            labels[0] = base.labels[0];
            for (int i = 1; i < labels.length; i++) {
                labels[i] = TableDataSets.labels(baked, outputColumns.get(i));
            }
            return new NetworkData(base.features, labels);
        }
    }

    private static NetworkData single(Table baked, Roles bakedRoles, InputLayout layout) {
        try (var s = NativeReclaimer.section()) {
            TableDataSet converted = TableDataSets.convert(baked, bakedRoles);
            Map<String, INDArray> byInput = new LinkedHashMap<>();
            List<String> names = List.copyOf(converted.inputs().keySet());
            for (int i = 0; i < names.size(); i++) {
                byInput.put(names.get(i), converted.data().getFeatures(i));
            }
            return new NetworkData(layout.arrange(byInput), new INDArray[] {converted.data().getLabels(0)});
        }
    }

    /** Number of rows. */
    public int rows() {
        return (int) labels[0].size(0);
    }

    INDArray[] features() {
        return features;
    }

    /** The labels of the only output (the fast engine trains single-output stacks only). */
    INDArray labels() {
        if (labels.length != 1) {
            throw new IllegalStateException("this data has " + labels.length + " outputs");
        }
        return labels[0];
    }

    /** One label array per network output, in output order. */
    INDArray[] allLabels() {
        return labels;
    }

    /** Number of network outputs. */
    int outputs() {
        return labels.length;
    }

    /** Every output's labels side by side, {@code [row][column]}, outputs in order. */
    double[][] labelRows() {
        return HostCopies.rowsSideBySide(labels);
    }

    /** Features of the given rows, in order. */
    INDArray[] features(int[] rows) {
        INDArray[] out = new INDArray[features.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = rows(features[i], rows);
        }
        return out;
    }

    /** Labels of the given rows, one array per output. */
    INDArray[] labels(int[] rows) {
        INDArray[] out = new INDArray[labels.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = rows(labels[i], rows);
        }
        return out;
    }

    /** The given rows (first dimension) of an array of any rank, as a new array. */
    static INDArray rows(INDArray a, int[] rows) {
        long[] shape = a.shape().clone();
        long rest = a.length() / shape[0];
        INDArray flat = a.reshape('c', shape[0], rest);
        shape[0] = rows.length;
        return Nd4j.pullRows(flat, 1, rows).reshape('c', shape);
    }

    /** Frees the native memory now instead of waiting for the garbage collector. */
    public void close() {
        try (var s = NativeReclaimer.section()) {
            for (INDArray f : features) {
                release(f);
            }
            for (INDArray l : labels) {
                release(l);
            }
        }
    }

    static void release(INDArray a) {
        if (a != null && a.closeable() && !a.wasClosed()) {
            try (var s = NativeReclaimer.section()) {
                a.close();
            }
        }
    }
}
