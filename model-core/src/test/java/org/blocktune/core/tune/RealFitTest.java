package org.blocktune.core.tune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.blocktune.core.data.CsvReader;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.TestData;
import org.blocktune.core.data.recipe.Normalize;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.dl4j.NativeThreads;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.fit.ModelFitter;
import org.blocktune.core.metrics.ClassMetric;
import org.blocktune.core.metrics.ProbMetric;
import org.blocktune.core.resample.Resampling;
import org.blocktune.core.resample.Split;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tuning and the last fit with the real {@link ModelFitter} on iris. Skipped only while the
 * fitter is the API skeleton (it throws UnsupportedOperationException); runs once the fit branch is merged.
 */
class RealFitTest {

    @BeforeEach
    void needsTheRealFitter() {
        boolean implemented;
        try {
            ModelFitter.useWorkers(1);
            implemented = true;
        } catch (UnsupportedOperationException e) {
            implemented = false;
        }
        Assumptions.assumeTrue(implemented, "ModelFitter is still the API skeleton (fit branch not merged)");
    }

    private static Table iris() throws Exception {
        return CsvReader.read(TestData.file("iris.csv"));
    }

    private static TuneJob job(Table training, int workers) {
        Roles roles = Roles.of(training, "Species");
        int[] strata = training.categorical("Species").codes();
        List<Split> folds = Resampling.vfold(training.rowCount(), 2, 1, strata, 11);
        List<Map<String, Object>> candidates = List.of(Map.of("dense_units", 4), Map.of("dense_units", 12));
        return TuneJob.ofCandidates(SeedSpecs.irisMlp(),
                Map.of("fit_epochs", 40, "fit_batch_size", 16, "learn_rate", 0.02), candidates, training, roles,
                Recipe.of(new Normalize()), folds, List.of(ClassMetric.ACCURACY, ProbMetric.MN_LOG_LOSS),
                new TuneControl(workers, 42, true), null);
    }

    @Test
    void irisTwoCandidatesTwoFoldsLearnAndReproduce() throws Exception {
        Table iris = iris();
        TuneResults first = new TuneRunner().run(job(iris, 2), null, null);
        assertEquals(4, first.records().size());
        assertEquals(List.of(), first.failures(), () -> first.failures().toString());
        for (MetricSummary s : first.summary("accuracy")) {
            assertTrue(s.mean() > 0.6, s.toString());
        }
        assertTrue(first.records().get(0).history().epochs().size() > 0);
        assertEquals(75, first.records().get(0).predictions().table().rowCount());
        TuneResults again = new TuneRunner().run(job(iris, 1), null, null);
        assertEquals(first.records().stream().map(FitRecord::metrics).toList(),
                again.records().stream().map(FitRecord::metrics).toList());
    }

    @Test
    void lastFitScoresTheFinalisedValuesOnTheTestSet() throws Exception {
        Table iris = iris();
        Split initial = Resampling.initialSplit(iris.rowCount(), 0.75, iris.categorical("Species").codes(), 3);
        Table training = iris.rows(initial.analysis());
        Table test = iris.rows(initial.assessment());
        TuneJob job = job(training, 2);
        TuneResults results = new TuneRunner().run(job, null, null);
        LastFit last = LastFit.run(job, results.finalizedValues(results.selectBest("accuracy")), test, null, null);
        assertTrue(last.testMetrics().get("accuracy") > 0.6, last.testMetrics().toString());
        assertEquals(test.rowCount(), last.predictions().rowCount());
    }

    @Test
    void lastFitUsesTheNativeThreadsPerFitOfItsRun() throws Exception {
        // A lone process (the command line's fit) starts with one native thread per core; on busy cores the
        // spinning threads made small last fits many times slower than the same fit during tuning.
        int cores = Runtime.getRuntime().availableProcessors();
        int before = NativeThreads.current();
        try {
            NativeThreads.set(cores);
            Table iris = iris();
            LastFit.run(job(iris, 2), Map.of("dense_units", 4, "fit_epochs", 1), iris, null, null);
            assertEquals(Math.max(1, cores / 2), NativeThreads.current(), "threads per operation of 2 workers");
            LastFit.run(job(iris, 1), Map.of("dense_units", 4, "fit_epochs", 1), iris, null, null);
            assertEquals(cores, NativeThreads.current(), "threads per operation of 1 worker");
        } finally {
            NativeThreads.set(before);
        }
    }
}
