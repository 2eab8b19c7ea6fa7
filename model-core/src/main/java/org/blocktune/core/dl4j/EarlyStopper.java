package org.blocktune.core.dl4j;

import java.util.Set;

/**
 * Keras' {@code EarlyStopping} decision rule: an epoch improves when the monitored value beats the
 * best so far by more than {@code minDelta}; training stops once {@code patience} epochs in a row
 * have not improved (never in the first epoch). Epochs without the monitored value (validation
 * skipped by {@code fit_validation_freq}) are ignored. Accuracy-like quantities are maximised, losses
 * and errors minimised.
 */
final class EarlyStopper {
    private static final Set<String> MAXIMISED = Set.of("accuracy", "auc", "precision", "recall", "f1", "r2");

    /** What an epoch meant for early stopping. */
    enum Verdict { IMPROVED, NOT_IMPROVED, STOP, NOT_MEASURED }

    private final String monitor;
    private final int patience;
    private final double minDelta;
    private final boolean maximise;
    private final int firstEpoch;
    private double best;
    private int bestEpoch = -1;
    private int wait;

    EarlyStopper(String monitor, int patience, double minDelta, int firstEpoch) {
        this.monitor = monitor;
        this.patience = patience;
        this.minDelta = Math.abs(minDelta);
        this.maximise = MAXIMISED.contains(monitor.startsWith("val_") ? monitor.substring(4) : monitor);
        this.firstEpoch = firstEpoch;
        this.best = maximise ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }

    /** Judges one epoch's value ({@code null} or NaN when not measured in this epoch). */
    Verdict observe(int epoch, Double value) {
        if (value == null || value.isNaN()) {
            return Verdict.NOT_MEASURED;
        }
        wait++;
        boolean improved = maximise ? value - minDelta > best : value + minDelta < best;
        if (improved) {
            best = value;
            bestEpoch = epoch;
            wait = 0;
            return Verdict.IMPROVED;
        }
        return wait >= patience && epoch > firstEpoch ? Verdict.STOP : Verdict.NOT_IMPROVED;
    }

    String monitor() {
        return monitor;
    }

    double best() {
        return best;
    }

    int bestEpoch() {
        return bestEpoch;
    }

    /** Epochs in a row without improvement. */
    int waited() {
        return wait;
    }
}
