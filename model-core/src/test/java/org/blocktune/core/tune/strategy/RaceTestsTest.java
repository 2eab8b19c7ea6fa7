package org.blocktune.core.tune.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The racing tests against cases worked out by hand (the expected bounds were computed separately
 * from the two-way ANOVA formulas: candidate and resample means, residual mean square, Wald interval
 * of the difference to the best with z(1 − alpha/2)).
 */
class RaceTestsTest {
    private static final double EPS = 1e-12;

    @Test
    void aClearlyWorseCandidateIsDroppedAndANearTieIsKept() {
        double[][] y = {
            {0.90, 0.92, 0.91},
            {0.89, 0.93, 0.90},
            {0.60, 0.62, 0.61},
            {0.88, 0.86, 0.87}};
        List<RaceVerdict> v = AnovaRace.test(List.of("a", "b", "c", "d"), y, true, 0.05);
        assertTrue(v.get(0).pass(), "the best stays");
        assertEquals(0, v.get(0).estimate());
        // b: mean 0.90667, difference -0.00333, 95 % Wald interval [-0.023993, 0.017327] holds 0: kept
        assertTrue(v.get(1).pass());
        assertEquals(-0.023993167743485366, v.get(1).lower(), EPS);
        assertEquals(0.017326501076818768, v.get(1).upper(), EPS);
        // c: 0.30 worse, interval [-0.32066, -0.27934]: dropped
        assertFalse(v.get(2).pass());
        assertEquals(-0.279340165589848, v.get(2).upper(), EPS);
        assertTrue(v.get(2).reason().contains("excludes 0"), v.get(2).reason());
        // d: 0.04 worse on every resample, upper -0.019340: dropped too
        assertFalse(v.get(3).pass());
        assertEquals(-0.01934016558984797, v.get(3).upper(), EPS);
    }

    @Test
    void whenResamplesVaryLessThanResidualsThePooledVarianceIsUsed() {
        // resample mean square 0.00015 < residual mean square 0.01715: the resample variance is 0 and
        // sigma² = pooled within-candidate variance 0.00865; minimising at alpha 0.1 (z 1.6449)
        double[][] y = {{0.50, 0.70, 0.60}, {0.62, 0.45, 0.55}};
        List<RaceVerdict> v = AnovaRace.test(List.of("a", "b"), y, false, 0.10);
        assertTrue(v.get(1).pass());
        assertEquals(0.06, v.get(0).estimate(), 1e-12);
        assertEquals(-0.06490783503027428, v.get(0).lower(), EPS);
        assertEquals(0.18490783503027416, v.get(0).upper(), EPS);
        assertTrue(v.get(0).pass(), "a lower end below 0 keeps a candidate when minimising");
    }

    @Test
    void anExactTieIsKept() {
        double[][] y = {{0.8, 0.9, 0.7}, {0.8, 0.9, 0.7}, {0.5, 0.6, 0.4}};
        List<RaceVerdict> v = AnovaRace.test(List.of("a", "b", "c"), y, true, 0.05);
        assertTrue(v.get(0).pass());
        assertTrue(v.get(1).pass(), "an exact copy of the best stays even with no spread");
        assertFalse(v.get(2).pass());
    }

    @Test
    void winLossDropsACandidateThatLostEveryGame() {
        double[][] y = {{0.90, 0.80, 0.85}, {0.85, 0.90, 0.80}, {0.10, 0.10, 0.10}};
        List<RaceVerdict> v = WinLossRace.test(List.of("a", "b", "c"), y, true, 0.05);
        assertFalse(v.get(2).pass());
        assertTrue(v.get(2).reason().contains("lost every comparison"));
        assertTrue(v.get(0).pass());
        assertTrue(v.get(1).pass());
    }

    @Test
    void winLossWithTwoCandidatesMatchesTheBiasReducedClosedForm() {
        // two players, one parameter: Firth's estimate is logit((w + 1/2) / (n + 1)) with w the
        // weaker one's wins of n games; its standard error 1 / sqrt(n p (1 - p)) at that p.
        // b wins 1 of 5 resamples: lambda = logit(1.5 / 6) = -1.0986, se = 1.0328, t(0.95, 1) = 6.3138
        double[][] y = {{0.9, 0.9, 0.9, 0.9, 0.5}, {0.8, 0.8, 0.8, 0.8, 0.6}};
        List<RaceVerdict> v = WinLossRace.test(List.of("a", "b"), y, true, 0.05);
        double p = 1.5 / 6;
        double lambda = Math.log(p / (1 - p));
        double se = 1 / Math.sqrt(5 * p * (1 - p));
        assertEquals(lambda, v.get(1).estimate(), 1e-9);
        assertEquals(lambda + 6.313751514675041 * se, v.get(1).upper(), 1e-6);
        assertTrue(v.get(1).pass(), "one game in five is not enough to drop it at alpha 0.05 with 1 df");
    }

    @Test
    void hyperbandBracketsEqualKerasTunersFor81EpochsAndFactor3() {
        // by hand from Keras Tuner's rules: brackets while 81/3^i >= 1 -> 5; end size ceil(1 + log3 81) = 5;
        // round r of bracket b: ceil(5/(b+1) * 3^(b-r)) candidates, ceil(81 / 3^(b-r)) epochs
        List<HyperbandBrackets.Bracket> bs = HyperbandBrackets.of(81, 3);
        assertEquals(5, bs.size());
        assertEquals(List.of(r(81, 1), r(27, 3), r(9, 9), r(3, 27), r(1, 81)), bs.get(0).rounds());
        assertEquals(List.of(r(34, 3), r(12, 9), r(4, 27), r(2, 81)), bs.get(1).rounds());
        assertEquals(List.of(r(15, 9), r(5, 27), r(2, 81)), bs.get(2).rounds());
        assertEquals(List.of(r(8, 27), r(3, 81)), bs.get(3).rounds());
        assertEquals(List.of(r(5, 81)), bs.get(4).rounds());
        assertEquals(4, bs.get(0).number());
    }

    @Test
    void hyperbandBracketsEqualKerasTunersFor10EpochsAndFactor3() {
        // 10, 3.33, 1.11 >= 1 -> 3 brackets; end size ceil(1 + log3 10 = 3.096) = 4
        List<HyperbandBrackets.Bracket> bs = HyperbandBrackets.of(10, 3);
        assertEquals(3, bs.size());
        assertEquals(List.of(r(12, 2), r(4, 4), r(2, 10)), bs.get(0).rounds());
        assertEquals(List.of(r(6, 4), r(2, 10)), bs.get(1).rounds());
        assertEquals(List.of(r(4, 10)), bs.get(2).rounds());
        assertEquals(1, HyperbandBrackets.count(2, 3));
        assertEquals(2, HyperbandBrackets.count(3, 3));
    }

    @Test
    void theMedianRuleComparesTheBestValueSoFarWithTheMedian() {
        // minimising a loss: best so far 0.5 vs median of {0.3, 0.4, 0.6, 0.9} = 0.5 -> not worse, keep
        assertFalse(MedianRule.prune(new double[] {0.8, 0.5}, new double[] {0.9, 0.3, 0.6, 0.4}, false));
        assertTrue(MedianRule.prune(new double[] {0.8, 0.51}, new double[] {0.9, 0.3, 0.6, 0.4}, false));
        assertFalse(MedianRule.prune(new double[] {0.8}, new double[] {}, false), "no reference: no decision");
        assertTrue(MedianRule.prune(new double[] {Double.NaN}, new double[] {0.2}, false), "all NaN is pruned");
        assertTrue(MedianRule.prune(new double[] {0.7}, new double[] {0.8, Double.NaN, 0.75, 0.9}, true));
    }

    private static HyperbandBrackets.Round r(int candidates, int epochs) {
        return new HyperbandBrackets.Round(candidates, epochs);
    }
}
