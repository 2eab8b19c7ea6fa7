package org.blocktune.core.dl4j;

import java.util.List;
import java.util.Map;
import org.blocktune.core.data.Task;
import org.nd4j.linalg.dataset.api.MultiDataSet;

/**
 * A baked table converted to ND4J, with what is needed to map predictions back.
 *
 * @param data         features (one array per named input, in {@code inputs} order) and labels
 * @param inputs       input name → the predictor columns in its feature array, in order
 * @param outcomes     outcome columns, in label-column order for regression
 * @param classLevels  class levels in label-column order (classification), else empty
 * @param task         classification or regression
 */
public record TableDataSet(MultiDataSet data, Map<String, List<String>> inputs, List<String> outcomes,
                           List<String> classLevels, Task task) {

    /** The single-input form (throws if there are several inputs). */
    public org.nd4j.linalg.dataset.DataSet toDataSet() {
        if (data.getFeatures().length != 1) {
            throw new IllegalStateException("this data has " + data.getFeatures().length + " inputs " + inputs.keySet()
                    + "; use the MultiDataSet for a functional spec with several inputs");
        }
        return new org.nd4j.linalg.dataset.DataSet(data.getFeatures(0), data.getLabels(0));
    }
}
