package org.blocktune.app.results;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.data.CsvReader;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.Task;
import org.blocktune.core.data.recipe.Normalize;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.metrics.ClassMetric;
import org.blocktune.core.metrics.ProbMetric;
import org.blocktune.core.project.TunePlan;
import org.blocktune.core.resample.Resampling;
import org.blocktune.core.resample.Split;
import org.blocktune.core.tune.TuneControl;
import org.blocktune.core.tune.TuneJob;
import org.blocktune.core.tune.TuneResults;
import org.blocktune.core.tune.TuneRunner;

/**
 * A small real tune run on iris for the Results screen's tests: 75 % training split, 3 folds,
 * four candidates over dense_units × learn_rate (the last one, 0 units, fails), a few epochs with
 * a validation split so histories have training and validation lines.
 */
final class IrisRun {
    static final int CANDIDATES = 4;
    static final int FOLDS = 3;

    private IrisRun() {
    }

    /** The plan of the run (no project: the screen only needs the task, the tables and the job). */
    static TunePlan plan() throws Exception {
        Table iris = CsvReader.read(Path.of("..", "resources", "datasets", "iris.csv").toAbsolutePath().normalize());
        Split initial = Resampling.initialSplit(iris.rowCount(), 0.75, iris.categorical("Species").codes(), 3);
        Table training = iris.rows(initial.analysis());
        Table testing = iris.rows(initial.assessment());
        List<Split> folds = Resampling.vfold(training.rowCount(), FOLDS, 1, training.categorical("Species").codes(), 11);
        List<Map<String, Object>> candidates = List.of(
                values(4, 0.01), values(8, 0.03), values(12, 0.1), values(0, 0.01));
        Map<String, Object> fixed = Map.of("fit_epochs", 4, "fit_batch_size", 16, "fit_validation_split", 0.2);
        TuneJob job = TuneJob.ofCandidates(SeedSpecs.irisMlp(), fixed, candidates, training,
                Roles.of(training, "Species"), Recipe.of(new Normalize()), folds,
                List.of(ClassMetric.ACCURACY, ProbMetric.MN_LOG_LOSS), new TuneControl(1, 42, false), null);
        return new TunePlan(null, Task.CLASSIFICATION, training, testing, job);
    }

    /** Runs the plan's job in memory. */
    static TuneResults run(TunePlan plan) throws Exception {
        return new TuneRunner().run(plan.job(), null, null);
    }

    private static Map<String, Object> values(int units, double rate) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dense_units", units);
        m.put("learn_rate", rate);
        return m;
    }
}
