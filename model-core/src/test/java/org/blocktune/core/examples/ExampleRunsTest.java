package org.blocktune.core.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.blocktune.core.data.NumericColumn;
import org.blocktune.core.project.TunePlan;
import org.blocktune.core.tune.Candidate;
import org.blocktune.core.tune.LastFit;
import org.blocktune.core.tune.TuneResults;
import org.blocktune.core.tune.TuneRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example's quick budget end to end, as a user would run it: the project's plan, the tune
 * run in a fresh folder, the best candidate, and its last fit scored on the test set. The checks
 * are that the results make sense (well above chance), not the seeds' published figures.
 */
class ExampleRunsTest {
    @TempDir
    Path dir;

    /** What a quick run gives: the tune results, the last fit and the plan they came from. */
    record Outcome(TunePlan plan, TuneResults results, Candidate best, LastFit last) {
        double test(String metric) {
            return last.testMetrics().get(metric);
        }
    }

    private Outcome runQuick(String name) throws Exception {
        long start = System.nanoTime();
        ExampleProject example = ExampleProjects.example(name);
        TunePlan plan = TunePlan.load(example.quick(), dir.resolve(example.fileName(true)));
        TuneResults results = new TuneRunner().run(plan.job(), null, null);
        assertEquals(0, results.failures().size(), () -> "failed fits: " + results.failures());
        assertTrue(!results.cancelled());
        Candidate best = results.selectBest(plan.job().primaryMetric().metricName());
        LastFit last = LastFit.run(plan.job(), results.finalizedValues(best), plan.testing(), null, null);
        assertEquals(plan.testing().rowCount(), last.predictions().rowCount());
        String metric = plan.job().primaryMetric().metricName();
        System.out.printf("example %s (quick): %d fits, best %s %s, resampled %s %.4f, test %s, %.1f s%n", name,
                results.records().size(), best.id(), best.values(), metric, results.showBest(metric, 1).get(0).mean(),
                last.testMetrics(), (System.nanoTime() - start) / 1e9);
        return new Outcome(plan, results, best, last);
    }

    @Test
    void irisClassifiesWellAboveChance() throws Exception {
        Outcome o = runQuick("iris");
        assertEquals(4 * 3, o.results().records().size(), "4 candidates × 3 folds");
        assertEquals(30, o.plan().testing().rowCount(), "20 % of 150 rows");
        assertTrue(o.test("accuracy") > 0.8, "test accuracy " + o.test("accuracy"));
    }

    @Test
    void fashionMlpClassifiesWellAboveChance() throws Exception {
        Outcome o = runQuick("fashion-mlp");
        assertEquals(500, o.plan().testing().rowCount(), "the subset's own test images");
        assertTrue(o.test("accuracy") > 0.6, "test accuracy " + o.test("accuracy") + " (chance 0.1)");
    }

    @Test
    void diamondsPredictsPriceFarBetterThanTheMean() throws Exception {
        Outcome o = runQuick("diamonds");
        double meanRmse = meanPredictionRmse(o.plan());
        double rmse = o.test("rmse");
        assertTrue(rmse < 0.6 * meanRmse, "test RMSE " + rmse + " vs " + meanRmse + " predicting the training mean");
        assertTrue(o.test("rsq") > 0.5, "test R² " + o.test("rsq"));
        assertTrue(o.test("mae") < rmse, "MAE " + o.test("mae") + " cannot exceed RMSE " + rmse);
    }

    @Test
    void attritionTowersRankBetterThanChance() throws Exception {
        Outcome o = runQuick("attrition");
        assertTrue(o.test("roc_auc") > 0.6, "test ROC AUC " + o.test("roc_auc"));
        assertTrue(o.test("accuracy") > 0.7, "test accuracy " + o.test("accuracy"));
    }

    @Test
    void randomSearchScoresOnItsValidationSplit() throws Exception {
        Outcome o = runQuick("fashion-random-search");
        assertEquals(1, o.plan().job().resamples().size(), "one validation split");
        double val = o.results().summary("accuracy").stream().mapToDouble(s -> s.mean()).max().orElseThrow();
        assertTrue(val > 0.5, "best validation accuracy " + val);
        Map<String, Object> v = o.best().values();
        assertTrue(v.keySet().containsAll(java.util.List.of("num_hidden", "hidden_units", "learn_rate", "compile_optimizer")), v.toString());
    }

    @Test
    void twoHeadsPredictCaratAndCutTogether() throws Exception {
        Outcome o = runQuick("diamonds-two-heads");
        assertEquals("cut accuracy", o.plan().job().primaryMetric().metricName(), "ranked by the chosen output's metric");
        assertEquals(java.util.List.of("cut accuracy", "carat rmse", "cut roc_auc"), o.results().metricNames());
        assertTrue(o.test("carat rmse") < 0.2, "test carat RMSE " + o.test("carat rmse") + " (carat sd is about 0.47)");
        assertTrue(o.test("cut accuracy") > 0.45, "test cut accuracy " + o.test("cut accuracy")
                + " (the most frequent cut, Ideal, is 40 %)");
        assertTrue(o.last().predictions().names().containsAll(java.util.List.of(".pred_carat", ".pred_class_cut",
                ".pred_cut_Ideal")), o.last().predictions().names().toString());
    }

    /** The test RMSE of always predicting the training rows' mean price. */
    private static double meanPredictionRmse(TunePlan plan) {
        NumericColumn train = plan.training().numeric("price");
        NumericColumn test = plan.testing().numeric("price");
        double mean = 0;
        for (int i = 0; i < train.size(); i++) mean += train.get(i) / train.size();
        double ss = 0;
        for (int i = 0; i < test.size(); i++) ss += (test.get(i) - mean) * (test.get(i) - mean);
        return Math.sqrt(ss / test.size());
    }
}
