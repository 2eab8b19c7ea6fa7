package org.blocktune.core.space;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How candidates are chosen from a search space.
 *
 * @param kind            regular, random, Latin hypercube, maximum entropy, or Bayesian (iterative)
 * @param levels          levels per parameter for a regular grid
 * @param size            rows of a random / Latin hypercube / maximum-entropy grid
 * @param seed            seed of the random designs
 * @param bayesian        settings of the iterative search (used when kind is BAYESIAN)
 * @param parameterLevels a regular grid's levels of single parameters, overriding {@code levels} for them
 *                        (names not in the space are ignored); empty when every parameter has {@code levels}
 */
public record GridSettings(Kind kind, int levels, int size, long seed, BayesianSettings bayesian,
                           Map<String, Integer> parameterLevels) {
    /** The kinds of design. */
    public enum Kind { REGULAR, RANDOM, LATIN_HYPERCUBE, MAX_ENTROPY, BAYESIAN }

    public GridSettings {
        if (kind == null) throw new IllegalArgumentException("choose a grid kind");
        if (levels < 1) throw new IllegalArgumentException("levels must be at least 1, got " + levels);
        if (size < 1) throw new IllegalArgumentException("size must be at least 1, got " + size);
        if (kind == Kind.BAYESIAN && bayesian == null) throw new IllegalArgumentException("a Bayesian search needs its settings");
        Map<String, Integer> copy = new LinkedHashMap<>();
        if (parameterLevels != null) {
            parameterLevels.forEach((name, n) -> {
                if (n == null || n < 1) {
                    throw new IllegalArgumentException("levels of '" + name + "' must be at least 1, got " + n);
                }
                copy.put(name, n);
            });
        }
        parameterLevels = Collections.unmodifiableMap(copy);
    }

    /** Settings in which every parameter of a regular grid has {@code levels} levels. */
    public GridSettings(Kind kind, int levels, int size, long seed, BayesianSettings bayesian) {
        this(kind, levels, size, seed, bayesian, Map.of());
    }

    /** A regular grid with {@code levels} levels per parameter. */
    public static GridSettings regular(int levels) {
        return new GridSettings(Kind.REGULAR, levels, 10, 0, null);
    }

    /** These settings with other per-parameter levels (empty: every parameter has {@link #levels}). */
    public GridSettings withParameterLevels(Map<String, Integer> perParameter) {
        return new GridSettings(kind, levels, size, seed, bayesian, perParameter);
    }

    /** A regular grid's levels of every parameter of {@code space}, in its order. */
    public Map<String, Integer> levelsFor(ParameterSet space) {
        Map<String, Integer> out = new LinkedHashMap<>();
        space.names().forEach(n -> out.put(n, parameterLevels.getOrDefault(n, levels)));
        return out;
    }

    /** The grid of a non-iterative design; for BAYESIAN, its initial space-filling design. */
    public Grid generate(ParameterSet space) {
        return switch (kind) {
            case REGULAR -> Grids.regular(space, levelsFor(space));
            case RANDOM -> Grids.random(space, size, seed);
            case LATIN_HYPERCUBE -> Grids.latinHypercube(space, size, seed);
            case MAX_ENTROPY -> Grids.maxEntropy(space, size, seed);
            case BAYESIAN -> Grids.latinHypercube(space, bayesian.initialSize(), bayesian.seed());
        };
    }
}
