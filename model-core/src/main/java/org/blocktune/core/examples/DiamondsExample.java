package org.blocktune.core.examples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.recipe.Dummy;
import org.blocktune.core.data.recipe.Normalize;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.data.recipe.ZeroVariance;
import org.blocktune.core.io.DataRef;
import org.blocktune.core.io.DataSource;
import org.blocktune.core.io.Project;
import org.blocktune.core.resample.ResamplingSettings;
import org.blocktune.core.space.Domain;
import org.blocktune.core.space.GridSettings;
import org.blocktune.core.space.ParameterSet;
import org.blocktune.core.tune.TuneControl;

/**
 * Seed 002, diamonds: structural tuning of {@code diamond_mlp} (num_body 1–4, body_units 32–256,
 * body_dropout 0–0.4) with a Latin hypercube of 20 candidates, 20 epochs; recipe dummy → zero
 * variance → normalise; 75 % training split and 5-fold cross-validation stratified by price;
 * RMSE, R² and MAE.
 */
final class DiamondsExample {
    private DiamondsExample() {
    }

    static ExampleProject example() {
        return new ExampleProject("diamonds", "002", "structural tuning (num_body, body_units, body_dropout) of a "
                + "regression MLP, Latin hypercube, 5-fold CV", quick(), full());
    }

    static Project full() {
        return base(20, 32, new ResamplingSettings(0.75, true, ResamplingSettings.Scheme.VFOLD, 5, 1, 25, 0.75))
                .withSpace(ParameterSet.of(domains(new Domain.IntRange(1, 4), new Domain.IntRange(32, 256),
                        new Domain.RealRange(0.0, 0.4))))
                .withGrid(new GridSettings(GridSettings.Kind.LATIN_HYPERCUBE, 3, 20, 42, null));
    }

    /**
     * 2 candidates of the same Latin hypercube kind over narrower ranges, 4 epochs of batch 64, fitted on
     * a quarter of the training rows (a validation split that keeps 25 % for fitting) and scored on the rest.
     */
    static Project quick() {
        return base(4, 64, new ResamplingSettings(0.75, true, ResamplingSettings.Scheme.VALIDATION, 5, 1, 25, 0.25))
                .withSpace(ParameterSet.of(domains(new Domain.IntRange(1, 2), new Domain.IntRange(32, 64),
                        new Domain.RealRange(0.0, 0.1))))
                .withGrid(new GridSettings(GridSettings.Kind.LATIN_HYPERCUBE, 3, 2, 42, null));
    }

    private static Project base(int epochs, int batch, ResamplingSettings resampling) {
        Roles roles = new Roles(List.of("price"), Map.of(Roles.DEFAULT_INPUT,
                List.of("carat", "cut", "color", "clarity", "depth", "table", "x", "y", "z")));
        Recipe recipe = Recipe.of(new Dummy(false), new ZeroVariance(), new Normalize());
        Map<String, Object> fixed = new LinkedHashMap<>();
        fixed.put("fit_epochs", epochs);
        fixed.put("fit_batch_size", batch);
        return Project.of(SeedSpecs.diamondMlp())
                .withData(new DataRef(new DataSource.Shipped("diamonds"), roles, recipe))
                .withArguments(fixed, List.of("num_body", "body_units", "body_dropout"))
                .withResampling(resampling)
                .withMetrics(List.of("rmse", "rsq", "mae"))
                .withControl(new TuneControl(0, 42, false));
    }

    private static Map<String, Domain> domains(Domain num, Domain units, Domain dropout) {
        Map<String, Domain> d = new LinkedHashMap<>();
        d.put("num_body", num);
        d.put("body_units", units);
        d.put("body_dropout", dropout);
        return d;
    }
}
