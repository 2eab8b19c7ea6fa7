package org.blocktune.core.tune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.blocktune.core.data.CsvReader;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.TestData;
import org.blocktune.core.data.recipe.Normalize;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.dl4j.NativeThreads;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.fit.EpochMetrics;
import org.blocktune.core.fit.FitFailure;
import org.blocktune.core.fit.FitListener;
import org.blocktune.core.fit.ModelFitter;
import org.blocktune.core.metrics.ClassMetric;
import org.blocktune.core.metrics.ProbMetric;
import org.blocktune.core.resample.Resampling;
import org.blocktune.core.resample.Split;
import org.blocktune.core.task.CancellationToken;
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

    /** Threads per operation read on the fitting thread at every epoch of every fit. */
    private static final class ThreadsSeen implements FitListener {
        final Set<Integer> seen = ConcurrentHashMap.newKeySet();

        @Override
        public void epochFinished(EpochMetrics metrics) {
            seen.add(NativeThreads.current());
        }
    }

    /** A worker thread's OpenMP setting is its own: the run's count must be applied there, not only where the run started. */
    @Test
    void tuneWorkersFitWithTheRunsNativeThreads() throws Exception {
        ThreadsSeen threads = new ThreadsSeen();
        ModelCandidateFitter real = new ModelCandidateFitter();
        CandidateFitter watched = new CandidateFitter() {
            @Override
            public void useWorkers(int workers) {
                real.useWorkers(workers);
            }

            @Override
            public java.util.Optional<String> dryRun(TuneJob job, Map<String, Object> values) {
                return real.dryRun(job, values);
            }

            @Override
            public Outcome fit(Task task, FitListener listener, CancellationToken cancel) throws FitFailure {
                return real.fit(task, threads, cancel);
            }
        };
        int intended = NativeThreads.perFit(2, Runtime.getRuntime().availableProcessors(), NativeThreads.passiveWait(),
                System.getProperty(NativeThreads.PROPERTY));
        NativeThreads.set(intended + 1); // what earlier work might have left on the starting thread
        TuneResults results = new TuneRunner(watched).run(job(iris(), 2), null, null);
        assertEquals(List.of(), results.failures(), () -> results.failures().toString());
        assertEquals(Set.of(intended), threads.seen, "threads per operation seen on the workers during their fits");
    }

    /** The GUI runs the last fit on a background task thread, the command line on its main thread. */
    @Test
    void lastFitOnAnotherThreadUsesTheNativeThreadsPerFitOfItsRun() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        Table iris = iris();
        for (int workers : new int[] {2, 1}) {
            int intended = NativeThreads.perFit(workers, cores, NativeThreads.passiveWait(),
                    System.getProperty(NativeThreads.PROPERTY));
            NativeThreads.set(intended + 1); // another count, left behind by earlier work
            ThreadsSeen threads = new ThreadsSeen();
            CompletableFuture.runAsync(() -> {
                try {
                    LastFit.run(job(iris, workers), Map.of("dense_units", 4, "fit_epochs", 2), iris, threads, null);
                } catch (FitFailure e) {
                    throw new IllegalStateException(e);
                }
            }, r -> new Thread(r).start()).get();
            assertEquals(Set.of(intended), threads.seen, "threads per operation of a run with " + workers + " workers");
        }
    }
}
