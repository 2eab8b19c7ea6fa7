package org.blocktune.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.recipe.Normalize;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.metrics.ClassMetric;
import org.blocktune.core.metrics.ProbMetric;
import org.blocktune.core.resample.Split;
import org.blocktune.core.tune.TuneControl;
import org.blocktune.core.tune.TuneJob;

/** Tune jobs over the iris MLP spec ({@code SeedSpecs.irisMlp}) for the run benchmarks. */
final class IrisJobs {
    private IrisJobs() {
    }

    /** The 27 candidates dense_units {8, 16, 32} × learn_rate {0.003, 0.01, 0.03} × fit_batch_size {8, 16, 32}. */
    static List<Map<String, Object>> grid27() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int units : new int[] {8, 16, 32}) {
            for (double rate : new double[] {0.003, 0.01, 0.03}) {
                for (int batch : new int[] {8, 16, 32}) {
                    out.add(Map.of("dense_units", units, "learn_rate", rate, "fit_batch_size", batch));
                }
            }
        }
        return out;
    }

    /** {@code count} candidates dense_units = 4, 5, 6, … */
    static List<Map<String, Object>> units(int count) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(Map.of("dense_units", 4 + i));
        }
        return out;
    }

    /** A job: the candidates, {@code epochs} epochs each, standardised predictors, accuracy and log loss, in memory. */
    static TuneJob job(Table iris, List<Map<String, Object>> candidates, int epochs, List<Split> resamples,
                       int workers) {
        return TuneJob.ofCandidates(SeedSpecs.irisMlp(), Map.of("fit_epochs", epochs), candidates, iris,
                Roles.of(iris, "Species"), Recipe.of(new Normalize()), resamples,
                List.of(ClassMetric.ACCURACY, ProbMetric.MN_LOG_LOSS), new TuneControl(workers, 42, true), null);
    }
}
