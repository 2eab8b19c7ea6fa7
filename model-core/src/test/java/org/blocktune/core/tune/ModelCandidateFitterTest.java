package org.blocktune.core.tune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blocktune.core.data.CsvReader;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.TestData;
import org.blocktune.core.data.recipe.Normalize;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.metrics.ClassMetric;
import org.blocktune.core.resample.Resampling;
import org.junit.jupiter.api.Test;

/** The real fitter's dry run (CompileGrid against the baked data's shapes), which needs no training. */
class ModelCandidateFitterTest {

    private static TuneJob irisJob(List<Map<String, Object>> candidates) throws Exception {
        Table iris = CsvReader.read(TestData.file("iris.csv"));
        return TuneJob.ofCandidates(SeedSpecs.irisMlp(), Map.of(), candidates, iris, Roles.of(iris, "Species"),
                Recipe.of(new Normalize()), Resampling.vfold(150, 2, 1, null, 1), List.of(ClassMetric.ACCURACY),
                new TuneControl(1, 42, false), null);
    }

    @Test
    void theDryRunPassesAValidCandidateAndExplainsABadOne() throws Exception {
        TuneJob job = irisJob(List.of(Map.of("dense_units", 8)));
        ModelCandidateFitter fitter = new ModelCandidateFitter();
        assertEquals(Optional.empty(), fitter.dryRun(job, job.valuesOf(Map.of("dense_units", 8))));
        Optional<String> bad = fitter.dryRun(job, job.valuesOf(Map.of("dense_units", -3)));
        assertTrue(bad.isPresent() && bad.get().contains("dense_units"), bad.toString());
    }

    @Test
    void candidatesFailingTheDryRunAreRecordedWithoutFitting() throws Exception {
        TuneJob job = irisJob(List.of(Map.of("dense_units", -3), Map.of("dense_units", 0)));
        // the real fitter: had it fitted, the skeleton (or a real fit) would not give INVALID_SPEC for both
        TuneResults r = new TuneRunner(new CandidateFitter() {
            final ModelCandidateFitter real = new ModelCandidateFitter();
            @Override public Optional<String> dryRun(TuneJob j, Map<String, Object> values) { return real.dryRun(j, values); }
            @Override public Outcome fit(Task task, org.blocktune.core.fit.FitListener l,
                                         org.blocktune.core.task.CancellationToken c) {
                throw new AssertionError("a candidate that failed its dry run was fitted");
            }
        }).run(job, null, null);
        assertEquals(4, r.failures().size());
        r.failures().forEach(f -> assertEquals("INVALID_SPEC", f.failureKind()));
        assertTrue(r.failures().get(0).message().contains("dense_units"), r.failures().get(0).message());
    }
}
