package org.blocktune.core.dl4j;

import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Sgd;

/**
 * The optimizers of the fast dense path, with DL4J's update rules: plain SGD, and Adam as libnd4j
 * computes it ({@code α_t = lr · √(1 − β₂^t) / (1 − β₁^t)}, update {@code α_t · m / (√v + ε)}, with ε
 * not bias-corrected; moments under 1e-30 are flushed to zero).
 */
final class FastUpdater {
    /**
     * Moments below this are set to zero. A weight whose gradient stays zero (an input pixel that is
     * always blank, a dead ReLU unit) has its first moment shrink by β₁ every step into subnormal
     * floats, which this core computes dozens of times slower: Fashion-MNIST epochs went from 1.8 s to
     * 2.9 s once they appeared. Their share of an update is below 1e-25, so nothing else changes.
     */
    private static final float TINY = 1e-30f;
    private final boolean adam;
    private final double learnRate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;

    private FastUpdater(boolean adam, double learnRate, double beta1, double beta2, double epsilon) {
        this.adam = adam;
        this.learnRate = learnRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    /** The updater for DL4J's {@code u}, or null when the fast path lacks it (or it has a schedule). */
    static FastUpdater of(IUpdater u) {
        if (u instanceof Adam a && a.getLearningRateSchedule() == null) {
            return new FastUpdater(true, a.getLearningRate(), a.getBeta1(), a.getBeta2(), a.getEpsilon());
        }
        if (u instanceof Sgd s && s.getLearningRateSchedule() == null) {
            return new FastUpdater(false, s.getLearningRate(), 0, 0, 0);
        }
        return null;
    }

    /** Whether it keeps two state arrays (m and v) per parameter array. */
    boolean hasState() {
        return adam;
    }

    /**
     * Applies the update for {@code grad} to {@code params}; {@code iteration} counts the updates made
     * before this one. {@code m} and {@code v} are the state (ignored by SGD).
     */
    void apply(float[] params, float[] grad, float[] m, float[] v, long iteration) {
        int n = params.length;
        if (!adam) {
            float lr = (float) learnRate;
            for (int i = 0; i < n; i++) params[i] -= lr * grad[i];
            return;
        }
        double b1t = Math.pow(beta1, iteration + 1);
        double b2t = Math.pow(beta2, iteration + 1);
        double at = learnRate * Math.sqrt(1 - b2t) / (1 - b1t);
        if (Double.isNaN(at) || Double.isInfinite(at) || at == 0) {
            at = epsilon;
        }
        float alpha = (float) at;
        float b1 = (float) beta1;
        float b2 = (float) beta2;
        float eps = (float) epsilon;
        for (int i = 0; i < n; i++) {
            float g = grad[i];
            float mi = b1 * m[i] + (1f - b1) * g;
            float vi = b2 * v[i] + (1f - b2) * g * g;
            if (Math.abs(mi) < TINY) mi = 0f;
            if (vi < TINY) vi = 0f;
            m[i] = mi;
            v[i] = vi;
            params[i] -= alpha * mi / ((float) Math.sqrt(vi) + eps);
        }
    }
}
