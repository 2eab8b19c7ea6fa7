package org.blocktune.core.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.blocktune.core.space.Domain.IntRange;
import org.blocktune.core.space.Domain.RealRange;
import org.blocktune.core.space.Domain.ValueSet;
import org.junit.jupiter.api.Test;

class BayesianSearchTest {

    private static final ParameterSet PLANE = ParameterSet.of()
            .add("x", new RealRange(-5, 5))
            .add("y", new RealRange(0, 10));

    /** A shifted quadratic bowl with its minimum 0 at (1.3, 6.8). */
    private static double bowl(Map<String, Object> c) {
        double x = (Double) c.get("x");
        double y = (Double) c.get("y");
        return (x - 1.3) * (x - 1.3) + (y - 6.8) * (y - 6.8);
    }

    private static List<Double> run(BayesianSearch search, ToDoubleFunction<Map<String, Object>> f) {
        List<Double> scores = new ArrayList<>();
        while (!search.finished()) {
            Map<String, Object> c = search.propose();
            double s = f.applyAsDouble(c);
            scores.add(s);
            search.observe(c, s);
        }
        return scores;
    }

    @Test
    void beatsRandomSearchWithTheSameBudget() {
        int budget = 20;
        double bayes = 0;
        double random = 0;
        for (long seed = 1; seed <= 5; seed++) {
            BayesianSettings settings = new BayesianSettings(Direction.MINIMIZE, 5, budget - 5, budget, seed);
            BayesianSearch search = new BayesianSearch(PLANE, settings);
            List<Double> scores = run(search, BayesianSearchTest::bowl);
            assertEquals(budget, scores.size());
            bayes += search.bestScore().orElseThrow();
            random += Grids.random(PLANE, budget, seed).rows().stream().mapToDouble(BayesianSearchTest::bowl).min().orElseThrow();
        }
        bayes /= 5;
        random /= 5;
        assertTrue(bayes < 0.1, "Bayesian search best " + bayes);
        assertTrue(bayes < random / 5, "Bayesian " + bayes + " vs random " + random);
    }

    @Test
    void maximisesToo() {
        BayesianSettings settings = new BayesianSettings(Direction.MAXIMIZE, 5, 15, 15, 3);
        BayesianSearch search = new BayesianSearch(PLANE, settings);
        run(search, c -> -bowl(c));
        assertTrue(search.bestScore().orElseThrow() > -0.2, "best " + search.bestScore());
    }

    @Test
    void proposalsRespectDomainsIntegersAndNeverRepeat() {
        ParameterSet space = ParameterSet.of()
                .add("learn_rate", new RealRange(1e-4, 1e-1, Transform.LOG10))
                .add("units", new IntRange(8, 512, Transform.LOG2))
                .add("num_body", new IntRange(1, 3))
                .add("compile_optimizer", ValueSet.of("adam", "sgd", "rmsprop"))
                .add("rate", new RealRange(0, 0.5, Transform.IDENTITY, true));
        BayesianSearch search = new BayesianSearch(space, new BayesianSettings(Direction.MAXIMIZE, 6, 24, 30, 9));
        Set<Map<String, Object>> seen = new HashSet<>();
        List<Double> scores = run(search, c -> {
            assertTrue(space.problems(c).isEmpty(), space.problems(c).toString());
            assertTrue(c.get("units") instanceof Integer && c.get("num_body") instanceof Integer);
            assertTrue(seen.add(c), "proposed twice: " + c);
            double lr = Math.log10((Double) c.get("learn_rate"));
            return -Math.abs(lr + 2.5) - Math.abs((Integer) c.get("num_body") - 2) + ("sgd".equals(c.get("compile_optimizer")) ? 1 : 0);
        });
        assertEquals(30, scores.size());
        assertEquals(List.copyOf(space.names()), List.copyOf(search.bestCandidate().orElseThrow().keySet()));
    }

    @Test
    void smallFiniteSpaceIsExhaustedWithoutRepeats() {
        ParameterSet small = ParameterSet.of().add("n", new IntRange(1, 3)).add("o", ValueSet.of("a", "b"));
        BayesianSearch search = new BayesianSearch(small, new BayesianSettings(Direction.MAXIMIZE, 2, 50, 50, 1));
        Set<Map<String, Object>> seen = new HashSet<>();
        run(search, c -> {
            assertTrue(seen.add(c));
            return (Integer) c.get("n");
        });
        assertEquals(6, seen.size());
        assertTrue(search.stopReason().orElseThrow().contains("every point"));
        assertThrows(IllegalStateException.class, search::propose);
    }

    @Test
    void stopsAfterTheNoImprovementLimit() {
        BayesianSearch search = new BayesianSearch(PLANE, new BayesianSettings(Direction.MAXIMIZE, 3, 50, 4, 2));
        List<Double> scores = run(search, c -> 1.0);
        assertEquals(3 + 4, scores.size());
        assertEquals(4, search.iterations());
        assertTrue(search.stopReason().orElseThrow().contains("no improvement"), search.stopReason().toString());
    }

    @Test
    void stopsAtTheBudget() {
        BayesianSearch search = new BayesianSearch(PLANE, new BayesianSettings(Direction.MINIMIZE, 4, 3, 10, 2));
        assertEquals(7, run(search, BayesianSearchTest::bowl).size());
        assertTrue(search.stopReason().orElseThrow().contains("budget"));
    }

    @Test
    void failedCandidatesDoNotCrashAndAreNotRepeated() {
        BayesianSearch search = new BayesianSearch(PLANE, new BayesianSettings(Direction.MINIMIZE, 4, 16, 20, 5));
        Set<Map<String, Object>> seen = new HashSet<>();
        int[] calls = {0};
        List<Double> scores = run(search, c -> {
            assertTrue(seen.add(c));
            calls[0]++;
            if (calls[0] <= 4 || (Double) c.get("x") > 3) {
                return calls[0] % 2 == 0 ? Double.NaN : Double.POSITIVE_INFINITY; // the whole initial design fails
            }
            return bowl(c);
        });
        assertEquals(20, scores.size());
        assertTrue(search.bestScore().isPresent());
        assertTrue((Double) search.bestCandidate().orElseThrow().get("x") <= 3);
    }

    @Test
    void pendingCandidatesAreNotProposedAgain() {
        BayesianSearch search = new BayesianSearch(PLANE, new BayesianSettings(Direction.MINIMIZE, 3, 10, 10, 8));
        for (int i = 0; i < 3; i++) {
            Map<String, Object> c = search.propose();
            search.observe(c, bowl(c));
        }
        Map<String, Object> a = search.propose();
        Map<String, Object> b = search.propose();
        assertFalse(a.equals(b));
        search.observe(b, bowl(b));
        search.observe(a, bowl(a));
        assertEquals(5, search.trials());
    }

    @Test
    void observationsAreValidated() {
        BayesianSearch search = new BayesianSearch(PLANE, BayesianSettings.defaults(Direction.MAXIMIZE));
        Map<String, Object> c = search.propose();
        assertThrows(UnsupportedOperationException.class, () -> c.put("x", 0.0));
        assertThrows(IllegalArgumentException.class, () -> search.observe(Map.of("x", 9.0, "y", 1.0), 1));
        assertThrows(IllegalArgumentException.class, () -> search.observe(Map.of("x", 1.0), 1));
        search.observe(c, 1);
        assertThrows(IllegalArgumentException.class, () -> search.observe(c, 2));
        assertThrows(IllegalArgumentException.class, () -> new BayesianSettings(Direction.MAXIMIZE, 0, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new BayesianSearch(ParameterSet.of(), BayesianSettings.defaults(Direction.MAXIMIZE)));
    }

    @Test
    void numbersOfOtherTypesMatchTheProposal() {
        ParameterSet space = ParameterSet.of().add("n", new IntRange(1, 50)).add("r", new RealRange(0, 1));
        BayesianSearch search = new BayesianSearch(space, new BayesianSettings(Direction.MAXIMIZE, 2, 0, 1, 1));
        Map<String, Object> c = search.propose();
        Map<String, Object> asLongs = new java.util.HashMap<>();
        asLongs.put("r", c.get("r"));
        asLongs.put("n", ((Integer) c.get("n")).longValue());
        search.observe(asLongs, 1.0);
        assertEquals(1, search.trials());
        assertEquals(c, search.bestCandidate().orElseThrow());
    }

    @Test
    void sameSeedSameProposals() {
        BayesianSettings settings = new BayesianSettings(Direction.MINIMIZE, 4, 6, 10, 77);
        assertEquals(run(new BayesianSearch(PLANE, settings), BayesianSearchTest::bowl),
                run(new BayesianSearch(PLANE, settings), BayesianSearchTest::bowl));
    }

    @Test
    void acceptsAGivenInitialDesign() {
        Grid design = Grids.regular(PLANE, 2);
        BayesianSearch search = new BayesianSearch(PLANE, new BayesianSettings(Direction.MINIMIZE, 1, 2, 5, 1), design);
        for (Map<String, Object> row : design.rows()) {
            assertEquals(row, search.propose());
        }
    }
}
