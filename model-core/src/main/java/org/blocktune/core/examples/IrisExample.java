package org.blocktune.core.examples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.recipe.Normalize;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.io.DataRef;
import org.blocktune.core.io.DataSource;
import org.blocktune.core.io.Project;
import org.blocktune.core.resample.ResamplingSettings;
import org.blocktune.core.space.Domain;
import org.blocktune.core.space.GridSettings;
import org.blocktune.core.space.ParameterSet;
import org.blocktune.core.tune.TuneControl;

/**
 * Seed 000, "Tuning fit and compile arguments": {@code iris_mlp} with 16 dense units; a regular
 * grid (2 levels) over fit_epochs, fit_batch_size, compile_optimizer, compile_loss and
 * learn_rate; 80 % training split and 3-fold cross-validation, both stratified by species.
 */
final class IrisExample {
    private static final List<String> TUNED =
            List.of("fit_epochs", "fit_batch_size", "compile_optimizer", "compile_loss", "learn_rate");

    private IrisExample() {
    }

    static ExampleProject example() {
        return new ExampleProject("iris", "000", "fit_* and compile_* arguments of a one-dense-block classifier, "
                + "regular grid, 3-fold CV", quick(), full());
    }

    /** The seed's grid: 2 levels of each range give 32 candidates (of the optimizers, adam and sgd). */
    static Project full() {
        return base().withSpace(ParameterSet.of(domains(
                new Domain.IntRange(10, 30),
                new Domain.IntRange(16, 64),
                Domain.ValueSet.of("adam", "sgd", "rmsprop"),
                Domain.ValueSet.of("categorical_crossentropy", "kl_divergence"),
                new Domain.RealRange(0.001, 0.01))));
    }

    /** The same five arguments with the seed's best epochs, batch size and rate: 4 candidates. */
    static Project quick() {
        return base().withSpace(ParameterSet.of(domains(
                Domain.ValueSet.of(30),
                Domain.ValueSet.of(16),
                Domain.ValueSet.of("adam", "rmsprop"),
                Domain.ValueSet.of("categorical_crossentropy", "kl_divergence"),
                Domain.ValueSet.of(0.01))));
    }

    private static Project base() {
        Roles roles = new Roles(List.of("Species"), Map.of(Roles.DEFAULT_INPUT,
                List.of("Sepal.Length", "Sepal.Width", "Petal.Length", "Petal.Width")));
        return Project.of(SeedSpecs.irisMlp())
                .withData(new DataRef(new DataSource.Shipped("iris"), roles, Recipe.of(new Normalize())))
                .withArguments(Map.of("dense_units", 16), TUNED)
                .withGrid(GridSettings.regular(2))
                .withResampling(new ResamplingSettings(0.8, true, ResamplingSettings.Scheme.VFOLD, 3, 1, 25, 0.75))
                .withMetrics(List.of("accuracy", "roc_auc"))
                .withControl(new TuneControl(0, 123, true));
    }

    private static Map<String, Domain> domains(Domain epochs, Domain batch, Domain optimizer, Domain loss, Domain rate) {
        Map<String, Domain> d = new LinkedHashMap<>();
        d.put("fit_epochs", epochs);
        d.put("fit_batch_size", batch);
        d.put("compile_optimizer", optimizer);
        d.put("compile_loss", loss);
        d.put("learn_rate", rate);
        return d;
    }
}
