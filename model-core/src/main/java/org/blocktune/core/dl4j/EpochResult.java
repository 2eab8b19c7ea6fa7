package org.blocktune.core.dl4j;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one epoch measured.
 *
 * @param epoch  epoch number, counted from 1 (plus the initial epoch)
 * @param values Keras key → value, in recording order
 */
public record EpochResult(int epoch, Map<String, Double> values) {
    public EpochResult {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
