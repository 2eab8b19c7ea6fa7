package org.blocktune.core.space;

/**
 * How candidates are chosen from a search space.
 *
 * @param kind     regular, random, Latin hypercube, maximum entropy, or Bayesian (iterative)
 * @param levels   levels per parameter for a regular grid
 * @param size     rows of a random / Latin hypercube / maximum-entropy grid
 * @param seed     seed of the random designs
 * @param bayesian settings of the iterative search (used when kind is BAYESIAN)
 */
public record GridSettings(Kind kind, int levels, int size, long seed, BayesianSettings bayesian) {
    /** The kinds of design. */
    public enum Kind { REGULAR, RANDOM, LATIN_HYPERCUBE, MAX_ENTROPY, BAYESIAN }

    public GridSettings {
        if (kind == null) throw new IllegalArgumentException("choose a grid kind");
        if (levels < 1) throw new IllegalArgumentException("levels must be at least 1, got " + levels);
        if (size < 1) throw new IllegalArgumentException("size must be at least 1, got " + size);
        if (kind == Kind.BAYESIAN && bayesian == null) throw new IllegalArgumentException("a Bayesian search needs its settings");
    }

    /** A regular grid with {@code levels} levels per parameter. */
    public static GridSettings regular(int levels) {
        return new GridSettings(Kind.REGULAR, levels, 10, 0, null);
    }

    /** The grid of a non-iterative design; for BAYESIAN, its initial space-filling design. */
    public Grid generate(ParameterSet space) {
        return switch (kind) {
            case REGULAR -> Grids.regular(space, levels);
            case RANDOM -> Grids.random(space, size, seed);
            case LATIN_HYPERCUBE -> Grids.latinHypercube(space, size, seed);
            case MAX_ENTROPY -> Grids.maxEntropy(space, size, seed);
            case BAYESIAN -> Grids.latinHypercube(space, bayesian.initialSize(), bayesian.seed());
        };
    }
}
