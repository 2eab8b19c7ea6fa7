package org.blocktune.core.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.blocktune.core.space.Domain.IntRange;
import org.blocktune.core.space.Domain.RealRange;
import org.blocktune.core.space.Domain.ValueSet;
import org.junit.jupiter.api.Test;

class GridsTest {

    /** The space of seeds/000 (kerasnip vignette "Tuning Fit and Compile Arguments"). */
    private static final ParameterSet VIGNETTE = ParameterSet.of()
            .add("learn_rate", new RealRange(0.001, 0.01))
            .add("fit_batch_size", new IntRange(16, 64))
            .add("fit_epochs", new IntRange(10, 30))
            .add("compile_optimizer", ValueSet.of("adam", "sgd", "rmsprop"))
            .add("compile_loss", ValueSet.of("categorical_crossentropy", "kl_divergence"));

    /** A mixed space: log real, log2 int, plain int, value set, upper-open real. */
    static final ParameterSet MIXED = ParameterSet.of()
            .add("learn_rate", new RealRange(1e-4, 1e-1, Transform.LOG10))
            .add("fit_batch_size", new IntRange(4, 128, Transform.LOG2))
            .add("num_body", new IntRange(1, 3))
            .add("compile_optimizer", ValueSet.of("adam", "sgd", "rmsprop"))
            .add("body_rate", new RealRange(0, 0.5, Transform.IDENTITY, true));

    private static Map<String, Object> row(Object... nameValue) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            m.put((String) nameValue[i], nameValue[i + 1]);
        }
        return m;
    }

    @Test
    void regularMatchesTheKerasnipVignette() {
        Grid grid = Grids.regular(VIGNETTE, 2);
        assertEquals(32, grid.size());
        assertEquals(VIGNETTE.names(), grid.parameterNames());
        String cce = "categorical_crossentropy";
        List<Map<String, Object>> first10 = List.of(
                row("learn_rate", 0.001, "fit_batch_size", 16, "fit_epochs", 10, "compile_optimizer", "adam", "compile_loss", cce),
                row("learn_rate", 0.01, "fit_batch_size", 16, "fit_epochs", 10, "compile_optimizer", "adam", "compile_loss", cce),
                row("learn_rate", 0.001, "fit_batch_size", 64, "fit_epochs", 10, "compile_optimizer", "adam", "compile_loss", cce),
                row("learn_rate", 0.01, "fit_batch_size", 64, "fit_epochs", 10, "compile_optimizer", "adam", "compile_loss", cce),
                row("learn_rate", 0.001, "fit_batch_size", 16, "fit_epochs", 30, "compile_optimizer", "adam", "compile_loss", cce),
                row("learn_rate", 0.01, "fit_batch_size", 16, "fit_epochs", 30, "compile_optimizer", "adam", "compile_loss", cce),
                row("learn_rate", 0.001, "fit_batch_size", 64, "fit_epochs", 30, "compile_optimizer", "adam", "compile_loss", cce),
                row("learn_rate", 0.01, "fit_batch_size", 64, "fit_epochs", 30, "compile_optimizer", "adam", "compile_loss", cce),
                row("learn_rate", 0.001, "fit_batch_size", 16, "fit_epochs", 10, "compile_optimizer", "sgd", "compile_loss", cce),
                row("learn_rate", 0.01, "fit_batch_size", 16, "fit_epochs", 10, "compile_optimizer", "sgd", "compile_loss", cce));
        assertEquals(first10, grid.rows().subList(0, 10));
        assertEquals(List.of("adam", "sgd"), grid.column("compile_optimizer").stream().distinct().toList());
    }

    @Test
    void regularWithLevelsPerParameter() {
        ParameterSet space = ParameterSet.of().add("u", new IntRange(8, 512, Transform.LOG2)).add("o", ValueSet.of("a", "b"));
        Grid grid = Grids.regular(space, Map.of("u", 4, "o", 5));
        assertEquals(8, grid.size());
        assertEquals(List.of(8, 32, 128, 512), grid.column("u").stream().distinct().toList());
        assertThrows(IllegalArgumentException.class, () -> Grids.regular(space, Map.of("u", 2)));
        assertThrows(IllegalArgumentException.class, () -> Grids.regular(space, Map.of("u", 2, "o", 0)));
        assertThrows(IllegalArgumentException.class, () -> Grids.regular(space, 0));
        assertThrows(IllegalArgumentException.class, () -> Grids.regular(ParameterSet.of(), 3));
        assertThrows(IllegalArgumentException.class, () -> Grids.regular(MIXED, 100));
    }

    @Test
    void regularDropsRoundedDuplicates() {
        Grid grid = Grids.regular(ParameterSet.of().add("num_body", new IntRange(1, 2)), 5);
        assertEquals(List.of(1, 2), grid.column("num_body"));
    }

    @Test
    void randomGridsAreReproducibleAndExact() {
        Grid a = Grids.random(MIXED, 5, 42);
        assertEquals(a, Grids.random(MIXED, 5, 42));
        assertNotEquals(a, Grids.random(MIXED, 5, 43));
        // exact values: SplitMix64 and StrictMath make these the same on every machine
        assertEquals(row("learn_rate", 0.0167762402248156, "fit_batch_size", 6, "num_body", 1,
                "compile_optimizer", "sgd", "body_rate", 0.019015084270123106), a.rows().get(0));
        assertEquals(row("learn_rate", 4.076667845508403E-4, "fit_batch_size", 5, "num_body", 2,
                "compile_optimizer", "adam", "body_rate", 0.3444731862007066), a.rows().get(3));
    }

    @Test
    void latinHypercubeAndMaxEntropyAreReproducibleAndExact() {
        Grid lhs = Grids.latinHypercube(MIXED, 3, 42);
        assertEquals(lhs, Grids.latinHypercube(MIXED, 3, 42));
        assertEquals(row("learn_rate", 0.0015974788217582277, "fit_batch_size", 44, "num_body", 2,
                "compile_optimizer", "rmsprop", "body_rate", 0.2814910620669022), lhs.rows().get(1));
        Grid maxEnt = Grids.maxEntropy(MIXED, 3, 42);
        assertEquals(maxEnt, Grids.maxEntropy(MIXED, 3, 42));
        assertEquals(row("learn_rate", 2.3323496300029612E-4, "fit_batch_size", 4, "num_body", 3,
                "compile_optimizer", "sgd", "body_rate", 0.49994644095702634), maxEnt.rows().get(1));
    }

    @Test
    void everyMakerRespectsDomainsTypesAndSize() {
        List<Function<Integer, Grid>> makers = List.of(
                n -> Grids.random(MIXED, n, 7), n -> Grids.latinHypercube(MIXED, n, 7), n -> Grids.maxEntropy(MIXED, n, 7));
        for (Function<Integer, Grid> maker : makers) {
            Grid grid = maker.apply(40);
            assertEquals(40, grid.size());
            assertEquals(MIXED.names(), grid.parameterNames());
            assertEquals(grid.size(), new HashSet<>(grid.rows()).size());
            for (Map<String, Object> r : grid.rows()) {
                assertTrue(MIXED.problems(r).isEmpty(), MIXED.problems(r).toString());
                assertTrue(r.get("fit_batch_size") instanceof Integer);
                assertTrue(r.get("num_body") instanceof Integer);
                assertTrue(r.get("learn_rate") instanceof Double);
            }
        }
    }

    @Test
    void sizeMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> Grids.random(MIXED, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Grids.latinHypercube(MIXED, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> Grids.maxEntropy(ParameterSet.of(), 3, 1));
    }

    @Test
    void smallSpacesGiveEveryPointOnce() {
        ParameterSet small = ParameterSet.of().add("n", new IntRange(1, 3)).add("o", ValueSet.of("a", "b"));
        assertEquals(6, Grids.random(small, 50, 1).size());
        assertEquals(6, Grids.maxEntropy(small, 50, 1).size());
        assertTrue(Grids.latinHypercube(small, 50, 1).size() <= 6);
    }

    @Test
    void latinHypercubeUsesEveryStratumOnce() {
        ParameterSet space = ParameterSet.of().add("x", new RealRange(0, 1)).add("lr", new RealRange(1e-5, 1e-1, Transform.LOG10));
        int n = 25;
        Grid grid = Grids.latinHypercube(space, n, 3);
        for (String name : space.names()) {
            boolean[] hit = new boolean[n];
            for (Object v : grid.column(name)) {
                hit[(int) Math.floor(space.domain(name).position(v) * n)] = true;
            }
            for (boolean h : hit) {
                assertTrue(h, name);
            }
        }
    }

    @Test
    void logRangesAreSampledEvenlyInLogUnits() {
        ParameterSet space = ParameterSet.of().add("lr", new RealRange(1e-5, 1e-1, Transform.LOG10));
        Grid grid = Grids.random(space, 4000, 11);
        long belowMilli = grid.column("lr").stream().filter(v -> (Double) v < 1e-3).count();
        assertEquals(2000, belowMilli, 150, "half the draws lie in the lower two of four decades");
    }

    @Test
    void maxEntropySpreadsBetterThanRandom() {
        ParameterSet space = ParameterSet.of().add("x", new RealRange(0, 1)).add("y", new RealRange(0, 1));
        for (long seed = 1; seed <= 3; seed++) {
            double spread = minDistance(Grids.maxEntropy(space, 10, seed), space);
            double random = minDistance(Grids.random(space, 10, seed), space);
            double lhs = minDistance(Grids.latinHypercube(space, 10, seed), space);
            assertTrue(spread > 0.25, "max entropy min distance " + spread);
            assertTrue(spread > random && spread > lhs, spread + " vs random " + random + ", lhs " + lhs);
        }
    }

    private static double minDistance(Grid grid, ParameterSet space) {
        UnitCube cube = new UnitCube(space);
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < grid.size(); i++) {
            for (int j = 0; j < i; j++) {
                min = Math.min(min, Math.sqrt(UnitCube.squaredDistance(cube.embed(grid.rows().get(i)), cube.embed(grid.rows().get(j)))));
            }
        }
        return min;
    }

    @Test
    void gridRowsAreOrderedUnmodifiableAndDeduplicated() {
        Map<String, Object> r1 = Map.of("b", 1, "a", "x");
        Grid grid = new Grid(List.of("a", "b"), List.of(r1, row("a", "x", "b", 1), row("b", 2, "a", "y")));
        assertEquals(2, grid.size());
        assertEquals(List.of("a", "b"), List.copyOf(grid.rows().get(0).keySet()));
        assertThrows(UnsupportedOperationException.class, () -> grid.rows().get(0).put("a", "z"));
        assertThrows(IllegalArgumentException.class, () -> new Grid(List.of("a"), List.of(Map.of("b", 1))));
    }
}
