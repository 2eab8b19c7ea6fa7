package org.blocktune.core.space;

/** Whether a search looks for the largest score (accuracy, R²) or the smallest (RMSE, log loss). */
public enum Direction {
    MAXIMIZE,
    MINIMIZE;

    /** True if {@code score} is strictly better than {@code reference}. */
    public boolean isBetter(double score, double reference) {
        return this == MAXIMIZE ? score > reference : score < reference;
    }

    /** The score turned so that larger is better. */
    double toMaximize(double score) {
        return this == MAXIMIZE ? score : -score;
    }
}
