package org.blocktune.core.tune;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.data.CategoricalColumn;
import org.blocktune.core.data.NumericColumn;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.metrics.ClassMetric;
import org.blocktune.core.metrics.ProbMetric;
import org.blocktune.core.resample.Resampling;
import org.blocktune.core.space.BayesianSettings;
import org.blocktune.core.space.Direction;
import org.blocktune.core.space.Domain;
import org.blocktune.core.space.GridSettings;
import org.blocktune.core.space.ParameterSet;
import org.blocktune.core.space.Transform;

/** Small jobs for the fake fitter (a synthetic 30-row table, 3-fold CV, the iris_mlp spec). */
final class TestJobs {
    private TestJobs() {
    }

    static Table table() {
        double[] x = new double[30];
        String[] y = new String[30];
        for (int i = 0; i < 30; i++) {
            x[i] = i * 0.5;
            y[i] = i % 2 == 0 ? "a" : "b";
        }
        return new Table(List.of(new NumericColumn("x", x), CategoricalColumn.ofStrings("y", y)));
    }

    static Map<String, Object> candidate(int units, double learnRate) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dense_units", units);
        m.put("learn_rate", learnRate);
        return m;
    }

    /** Candidates with units 16, 24, 32 (and any {@code extraUnits}) at learn_rate 0.01 and 0.001. */
    static List<Map<String, Object>> candidates(int... extraUnits) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int u : extraUnits) {
            out.add(candidate(u, 0.01));
        }
        for (int u : new int[] {16, 24, 32}) {
            out.add(candidate(u, 0.01));
            out.add(candidate(u, 0.001));
        }
        return out;
    }

    static TuneJob explicit(List<Map<String, Object>> candidates, int workers, Path folder) {
        Table t = table();
        return TuneJob.ofCandidates(SeedSpecs.irisMlp(), Map.of("fit_epochs", 3), candidates, t, Roles.of(t, "y"),
                Recipe.of(), Resampling.vfold(30, 3, 1, null, 7),
                List.of(ClassMetric.ACCURACY, ProbMetric.MN_LOG_LOSS), new TuneControl(workers, 42, false), folder);
    }

    static ParameterSet space() {
        return ParameterSet.of()
                .add("dense_units", new Domain.IntRange(2, 40))
                .add("learn_rate", new Domain.RealRange(1e-4, 1e-1, Transform.LOG10));
    }

    static TuneJob bayesian(int initial, int iterations, int workers, Path folder) {
        Table t = table();
        BayesianSettings bs = BayesianSettings.defaults(Direction.MAXIMIZE).withInitialSize(initial)
                .withIterations(iterations).withNoImprovementLimit(iterations).withSeed(3);
        GridSettings grid = new GridSettings(GridSettings.Kind.BAYESIAN, 3, 10, 0, bs);
        return TuneJob.ofGrid(SeedSpecs.irisMlp(), Map.of(), space(), grid, t, Roles.of(t, "y"), Recipe.of(),
                Resampling.vfold(30, 2, 1, null, 7), List.of(ClassMetric.ACCURACY), new TuneControl(workers, 5, false),
                folder);
    }
}
