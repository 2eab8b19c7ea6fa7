package org.blocktune.core.fit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one epoch of training measured, with Keras-style keys: {@code loss}, {@code val_loss},
 * and each compile metric with and without the {@code val_} prefix (e.g. {@code accuracy},
 * {@code val_accuracy}). Validation keys are absent in epochs without validation.
 *
 * @param epoch  the epoch number, counted from 1 (plus {@code fit_initial_epoch})
 * @param values key → value
 */
public record EpochMetrics(int epoch, Map<String, Double> values) {
    public EpochMetrics {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The value of {@code key}, or NaN when this epoch did not record it. */
    public double get(String key) {
        Double v = values.get(key);
        return v == null ? Double.NaN : v;
    }
}
