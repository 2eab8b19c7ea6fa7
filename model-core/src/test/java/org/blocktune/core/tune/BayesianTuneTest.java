package org.blocktune.core.tune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.blocktune.core.metrics.ProbMetric;
import org.blocktune.core.task.CancellationToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Iterative search with the fake fitter, whose accuracy peaks at dense_units 16, learn_rate 0.01. */
class BayesianTuneTest {

    @Test
    void searchesWithinItsBudgetAndImprovesOnTheInitialDesign() throws Exception {
        TuneJob job = TestJobs.bayesian(4, 8, 1, null);
        TuneResults r = new TuneRunner(new FakeFitter(0)).run(job, null, null);
        assertEquals(12, r.candidates().size());
        assertEquals(24, r.records().size());
        double bestInitial = r.summary("accuracy").subList(0, 4).stream().mapToDouble(MetricSummary::mean).max().orElseThrow();
        double best = r.showBest("accuracy", 1).get(0).mean();
        assertTrue(best > bestInitial, best + " vs initial " + bestInitial);
        assertTrue(best > 0.85, "best " + best);
        // the initial design is GridSettings.generate's
        assertEquals(job.grid().generate(job.space()).rows(), r.candidates().subList(0, 4).stream().map(Candidate::values).toList());
    }

    @Test
    void minimisesWhenTheFirstMetricIsMinimised() throws Exception {
        TuneJob max = TestJobs.bayesian(4, 8, 1, null);
        TuneJob job = new TuneJob(max.spec(), max.fixed(), max.space(), max.grid(), null, max.training(), max.roles(),
                max.recipe(), max.resamples(), List.of(ProbMetric.MN_LOG_LOSS), max.control(), null);
        TuneResults r = new TuneRunner(new FakeFitter(0)).run(job, null, null);
        double bestInitial = r.summary("mn_log_loss").subList(0, 4).stream().mapToDouble(MetricSummary::mean).min().orElseThrow();
        double best = r.showBest("mn_log_loss", 1).get(0).mean();
        assertTrue(best < bestInitial && best < 0.15, best + " vs initial " + bestInitial);
    }

    @Test
    void twoWorkersRespectTheBudget() throws Exception {
        TuneResults r = new TuneRunner(new FakeFitter(3)).run(TestJobs.bayesian(3, 5, 2, null), null, null);
        assertEquals(8, r.candidates().size());
        assertEquals(16, r.records().size());
        assertEquals(8, r.candidates().stream().map(c -> FitSeeds.canonical(c.values())).distinct().count());
    }

    @Test
    void resumeReplaysTheSearchAndMatchesAnUninterruptedRun(@TempDir Path dir) throws Exception {
        TuneResults reference = new TuneRunner(new FakeFitter(0)).run(TestJobs.bayesian(3, 6, 1, null), null, null);

        TuneJob job = TestJobs.bayesian(3, 6, 1, dir);
        CancellationToken cancel = new CancellationToken();
        AtomicInteger done = new AtomicInteger();
        TuneResults partial = new TuneRunner(new FakeFitter(0)).run(job, new TuneListener() {
            @Override public void fitFinished(FitRecord record) {
                if (done.incrementAndGet() == 9) {
                    cancel.cancel(); // mid-way through the 5th candidate, after the initial design
                }
            }
        }, cancel);
        assertTrue(partial.cancelled());
        assertEquals(9, partial.records().size());

        List<String> warnings = new java.util.ArrayList<>();
        TuneResults resumed = new TuneRunner(new FakeFitter(0)).resume(job, false, new TuneListener() {
            @Override public void warning(String message) { warnings.add(message); }
        }, null);
        assertEquals(List.of(), warnings);
        assertFalse(resumed.cancelled());
        assertEquals(reference.candidates(), resumed.candidates());
        assertEquals(TuneRunnerTest.stable(reference), TuneRunnerTest.stable(resumed));
        TuneResults loaded = TuneResults.load(dir);
        assertEquals(reference.candidates(), loaded.candidates());
        assertEquals(reference.summary(), loaded.summary());
    }
}
