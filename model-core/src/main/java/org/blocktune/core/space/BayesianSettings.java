package org.blocktune.core.space;

import java.util.Objects;

/**
 * Settings of a {@link BayesianSearch}, as in tune's {@code tune_bayes()}: {@code initialSize}
 * space-filling candidates first, then up to {@code iterations} proposals from the surrogate,
 * stopping early after {@code noImprovementLimit} proposals in a row that did not improve
 * the best score. Defaults ({@link #defaults}) are tune_bayes' 5, 10 and 10.
 */
public record BayesianSettings(Direction direction, int initialSize, int iterations, int noImprovementLimit, long seed) {

    public BayesianSettings {
        Objects.requireNonNull(direction, "direction");
        if (initialSize < 1) {
            throw new IllegalArgumentException("initialSize must be at least 1 (the surrogate needs data), got " + initialSize);
        }
        if (iterations < 0) {
            throw new IllegalArgumentException("iterations must be 0 or more, got " + iterations);
        }
        if (noImprovementLimit < 1) {
            throw new IllegalArgumentException("noImprovementLimit must be at least 1, got " + noImprovementLimit
                    + "; use a value as large as iterations to never stop early");
        }
    }

    /** 5 initial candidates, 10 iterations, stop after 10 without improvement, seed 0. */
    public static BayesianSettings defaults(Direction direction) {
        return new BayesianSettings(direction, 5, 10, 10, 0L);
    }

    public BayesianSettings withInitialSize(int initialSize) {
        return new BayesianSettings(direction, initialSize, iterations, noImprovementLimit, seed);
    }

    public BayesianSettings withIterations(int iterations) {
        return new BayesianSettings(direction, initialSize, iterations, noImprovementLimit, seed);
    }

    public BayesianSettings withNoImprovementLimit(int noImprovementLimit) {
        return new BayesianSettings(direction, initialSize, iterations, noImprovementLimit, seed);
    }

    public BayesianSettings withSeed(long seed) {
        return new BayesianSettings(direction, initialSize, iterations, noImprovementLimit, seed);
    }
}
