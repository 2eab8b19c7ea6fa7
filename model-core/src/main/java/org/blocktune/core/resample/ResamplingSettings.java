package org.blocktune.core.resample;

import java.util.List;

/**
 * The initial training/testing split and the resampling scheme used for tuning, as plain data.
 *
 * @param trainProp      share of rows in the training set of the initial split (1 = no test set)
 * @param stratify       stratify splits by the outcome (quartile bins of a numeric outcome)
 * @param scheme         how the training set is resampled
 * @param folds          v of v-fold cross-validation
 * @param repeats        repeats of v-fold cross-validation
 * @param times          bootstrap resamples
 * @param validationProp share of training rows used for fitting in a validation split
 */
public record ResamplingSettings(double trainProp, boolean stratify, Scheme scheme, int folds, int repeats, int times,
                                 double validationProp) {
    /** Resampling schemes. */
    public enum Scheme { VFOLD, BOOTSTRAP, VALIDATION }

    public ResamplingSettings {
        if (!(trainProp > 0 && trainProp <= 1)) throw new IllegalArgumentException("trainProp must be in (0, 1], got " + trainProp);
        if (scheme == null) throw new IllegalArgumentException("choose a resampling scheme");
    }

    /** 75 % training, stratified, 3-fold cross-validation. */
    public static ResamplingSettings defaults() {
        return new ResamplingSettings(0.75, true, Scheme.VFOLD, 3, 1, 25, 0.75);
    }

    /** The initial split of {@code n} rows, or {@code null} when trainProp is 1 (everything is training data). */
    public Split initial(int n, int[] strata, long seed) {
        return trainProp >= 1 ? null : Resampling.initialSplit(n, trainProp, stratify ? strata : null, seed);
    }

    /** How many resamples the scheme makes (folds × repeats, bootstrap times, or 1 validation split). */
    public int count() {
        return switch (scheme) {
            case VFOLD -> folds * repeats;
            case BOOTSTRAP -> times;
            case VALIDATION -> 1;
        };
    }

    /** The resamples of {@code n} training rows. */
    public List<Split> resamples(int n, int[] strata, long seed) {
        int[] s = stratify ? strata : null;
        return switch (scheme) {
            case VFOLD -> Resampling.vfold(n, folds, repeats, s, seed);
            case BOOTSTRAP -> Resampling.bootstrap(n, times, s, seed);
            case VALIDATION -> List.of(Resampling.validationSplit(n, validationProp, s, seed));
        };
    }
}
