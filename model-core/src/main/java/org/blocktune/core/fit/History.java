package org.blocktune.core.fit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The per-epoch record of one fit.
 *
 * @param epochs     one entry per epoch trained, in order
 * @param stopReason why training ended, in words ("completed 10 epochs", "early stopping: val_loss did not
 *                   improve for 3 epochs", ...)
 * @param bestEpoch  the epoch whose weights the model holds (the last one unless early stopping restored the best)
 */
public record History(List<EpochMetrics> epochs, String stopReason, int bestEpoch) {
    public History {
        epochs = List.copyOf(epochs);
    }

    /** Every key recorded in any epoch, in first-seen order. */
    public List<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        epochs.forEach(e -> keys.addAll(e.values().keySet()));
        return new ArrayList<>(keys);
    }

    /** The values of {@code key}, one per epoch (NaN where an epoch did not record it). */
    public double[] series(String key) {
        return epochs.stream().mapToDouble(e -> e.get(key)).toArray();
    }
}
