package org.blocktune.core.space;

import org.blocktune.core.random.SeededRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Grid makers like dials' {@code grid_regular}, {@code grid_random},
 * {@code grid_latin_hypercube} and {@code grid_max_entropy}. Seeded makers give the same grid
 * for the same seed on every machine. Integer parameters give {@link Integer}, real ones
 * {@link Double}, value sets their own objects; ranges are spread evenly in their transformed
 * units (a log10 range evenly in decades). Duplicate rows are dropped.
 */
public final class Grids {

    /** Largest regular grid made; beyond it the levels are surely a mistake. */
    public static final long MAX_REGULAR_ROWS = 1_000_000;

    /** Finite spaces up to this many points are enumerated instead of sampled where it matters. */
    static final long ENUMERATION_LIMIT = 20_000;

    private Grids() {
    }

    /** All combinations of {@code levels} levels of every parameter; see {@link #regular(ParameterSet, Map)}. */
    public static Grid regular(ParameterSet space, int levels) {
        requireNonEmpty(space);
        Map<String, Integer> perParameter = new LinkedHashMap<>();
        space.names().forEach(n -> perParameter.put(n, levels));
        return regular(space, perParameter);
    }

    /**
     * All combinations of evenly spaced levels ({@link Domain#levels}), the first parameter
     * varying fastest, as dials' {@code grid_regular} prints them. A value set contributes its
     * first {@code n} values (all of them when {@code n} is at least its size).
     *
     * @param levels levels per parameter name; every parameter needs one
     */
    public static Grid regular(ParameterSet space, Map<String, Integer> levels) {
        requireNonEmpty(space);
        Objects.requireNonNull(levels, "levels");
        List<String> missing = space.names().stream().filter(n -> !levels.containsKey(n)).toList();
        List<String> unknown = levels.keySet().stream().filter(n -> !space.contains(n)).toList();
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw new IllegalArgumentException("levels must name every parameter exactly: missing " + missing
                    + ", unknown " + unknown);
        }
        List<List<Object>> axes = new ArrayList<>();
        long total = 1;
        for (Parameter p : space.parameters()) {
            Integer n = levels.get(p.name());
            if (n == null || n < 1) {
                throw new IllegalArgumentException("levels for '" + p.name() + "' must be at least 1, got " + n);
            }
            List<Object> axis = p.domain().levels(n);
            axes.add(axis);
            total *= axis.size();
            if (total > MAX_REGULAR_ROWS) {
                throw new IllegalArgumentException("a regular grid with these levels would have more than "
                        + MAX_REGULAR_ROWS + " rows; lower the levels or use a random or space-filling grid");
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>((int) total);
        int[] index = new int[axes.size()];
        for (long r = 0; r < total; r++) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int j = 0; j < axes.size(); j++) {
                row.put(space.parameters().get(j).name(), axes.get(j).get(index[j]));
            }
            rows.add(row);
            for (int j = 0; j < index.length; j++) { // odometer, first parameter fastest
                if (++index[j] < axes.get(j).size()) {
                    break;
                }
                index[j] = 0;
            }
        }
        return new Grid(space.names(), rows);
    }

    /**
     * {@code size} distinct rows drawn independently and uniformly (in transformed units; value
     * sets and integers uniformly over their values). Fewer rows only if the space has fewer points.
     */
    public static Grid random(ParameterSet space, int size, long seed) {
        requireNonEmpty(space);
        requireSize(size);
        SeededRandom rng = new SeededRandom(seed);
        long target = Math.min(size, space.cardinality());
        LinkedHashSet<Map<String, Object>> rows = new LinkedHashSet<>();
        long attempts = 100L * size + 1000;
        while (rows.size() < target && attempts-- > 0) {
            rows.add(randomRow(space, rng));
        }
        return new Grid(space.names(), new ArrayList<>(rows));
    }

    /**
     * A Latin hypercube of {@code size} rows: each parameter's unit axis is cut into
     * {@code size} equal strata and every stratum is used exactly once, at a random point
     * inside it. Integer and value-set rounding can make rows coincide; duplicates are dropped.
     */
    public static Grid latinHypercube(ParameterSet space, int size, long seed) {
        requireNonEmpty(space);
        requireSize(size);
        SeededRandom rng = new SeededRandom(seed);
        List<Parameter> params = space.parameters();
        int[][] strata = new int[params.size()][];
        for (int j = 0; j < params.size(); j++) {
            strata[j] = rng.permutation(size);
        }
        List<Map<String, Object>> rows = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int j = 0; j < params.size(); j++) {
                double u = (strata[j][i] + rng.nextDouble()) / size;
                row.put(params.get(j).name(), params.get(j).domain().valueAt(u));
            }
            rows.add(row);
        }
        return new Grid(space.names(), rows);
    }

    /**
     * A space-filling design of {@code size} rows. BlockTune's maximum-entropy grid is a greedy
     * maximin design: from a seeded pool of random candidates (max(1000, 50 × size), at most
     * 20,000; every point of a finite space of at most 20,000 points), it starts with the candidate
     * nearest the pool's centre and repeatedly adds the candidate farthest from all rows chosen
     * so far. Distances are taken in the {@link UnitCube} (transformed positions; value sets
     * one-hot). dials uses an entropy criterion optimised by annealing; both spread the rows out
     * and reach the boundaries.
     */
    public static Grid maxEntropy(ParameterSet space, int size, long seed) {
        requireNonEmpty(space);
        requireSize(size);
        SeededRandom rng = new SeededRandom(seed);
        List<Map<String, Object>> pool = candidatePool(space, rng, (int) Math.min(20_000, Math.max(1000, 50L * size)));
        UnitCube cube = new UnitCube(space);
        double[][] x = pool.stream().map(cube::embed).toArray(double[][]::new);
        List<Map<String, Object>> chosen = new ArrayList<>();
        double[] centre = new double[cube.dimension()];
        for (double[] xi : x) {
            for (int k = 0; k < centre.length; k++) {
                centre[k] += xi[k] / x.length;
            }
        }
        double[] nearest = new double[x.length];
        int pick = 0;
        for (int i = 0; i < x.length; i++) {
            nearest[i] = Double.POSITIVE_INFINITY;
            if (UnitCube.squaredDistance(x[i], centre) < UnitCube.squaredDistance(x[pick], centre)) {
                pick = i;
            }
        }
        int target = Math.min(size, x.length);
        while (chosen.size() < target) {
            chosen.add(pool.get(pick));
            int next = -1;
            for (int i = 0; i < x.length; i++) {
                nearest[i] = Math.min(nearest[i], UnitCube.squaredDistance(x[i], x[pick]));
                if (nearest[i] > 0 && (next < 0 || nearest[i] > nearest[next])) {
                    next = i;
                }
            }
            if (next < 0) {
                break;
            }
            pick = next;
        }
        return new Grid(space.names(), chosen);
    }

    /** One row drawn uniformly (see {@link Domain#valueAt}). */
    static Map<String, Object> randomRow(ParameterSet space, SeededRandom rng) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (Parameter p : space.parameters()) {
            row.put(p.name(), p.domain().valueAt(rng.nextDouble()));
        }
        return row;
    }

    /**
     * Distinct candidates: every point of a finite space of at most {@link #ENUMERATION_LIMIT}
     * points, otherwise up to {@code count} distinct random rows.
     */
    static List<Map<String, Object>> candidatePool(ParameterSet space, SeededRandom rng, int count) {
        long cardinality = space.cardinality();
        if (cardinality <= ENUMERATION_LIMIT) {
            return enumerate(space);
        }
        LinkedHashSet<Map<String, Object>> pool = new LinkedHashSet<>();
        long attempts = 3L * count;
        while (pool.size() < count && attempts-- > 0) {
            pool.add(randomRow(space, rng));
        }
        return new ArrayList<>(pool);
    }

    /** Every point of a finite space, first parameter fastest. */
    static List<Map<String, Object>> enumerate(ParameterSet space) {
        List<List<Object>> axes = new ArrayList<>();
        for (Parameter p : space.parameters()) {
            axes.add(allValues(p.domain()));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        int[] index = new int[axes.size()];
        long total = space.cardinality();
        for (long r = 0; r < total; r++) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int j = 0; j < axes.size(); j++) {
                row.put(space.parameters().get(j).name(), axes.get(j).get(index[j]));
            }
            rows.add(row);
            for (int j = 0; j < index.length; j++) {
                if (++index[j] < axes.get(j).size()) {
                    break;
                }
                index[j] = 0;
            }
        }
        return rows;
    }

    private static List<Object> allValues(Domain domain) {
        if (domain instanceof Domain.IntRange r) {
            List<Object> values = new ArrayList<>();
            for (int v = r.lower(); v <= r.upper(); v++) {
                values.add(v);
            }
            return values;
        }
        if (domain instanceof Domain.RealRange r) {
            return List.of(r.lower());
        }
        return List.copyOf(new LinkedHashSet<>(((Domain.ValueSet) domain).values()));
    }

    private static void requireNonEmpty(ParameterSet space) {
        Objects.requireNonNull(space, "space");
        if (space.isEmpty()) {
            throw new IllegalArgumentException("the parameter set is empty; mark at least one argument for tuning");
        }
    }

    private static void requireSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1, got " + size);
        }
    }
}
