package org.blocktune.core.examples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.data.recipe.ScaleImages;
import org.blocktune.core.io.DataRef;
import org.blocktune.core.io.DataSource;
import org.blocktune.core.io.Project;
import org.blocktune.core.resample.ResamplingSettings;
import org.blocktune.core.space.Domain;
import org.blocktune.core.space.GridSettings;
import org.blocktune.core.space.ParameterSet;
import org.blocktune.core.space.Transform;
import org.blocktune.core.tune.TuneControl;

/**
 * Seed 004, Keras Tuner's {@code RandomSearch} on Fashion-MNIST: {@code tuner_mlp} with n_hidden
 * ({@code num_hidden}, 0–8), n_neurons ({@code hidden_units}, 16–256), a log-uniform learning rate
 * (1e-4–1e-2) and the optimizer (sgd or adam); 5 random trials of 10 epochs, each scored by its
 * accuracy on one held-out validation part of the training images (val_accuracy); sparse
 * categorical cross-entropy.
 */
final class FashionRandomSearchExample {
    private FashionRandomSearchExample() {
    }

    static ExampleProject example() {
        return new ExampleProject("fashion-random-search", "004", "Keras Tuner style random search over depth, width, "
                + "learning rate and optimizer, scored on a validation split", quick(), full());
    }

    /** 5 trials of 10 epochs. */
    static Project full() {
        return base(10).withSpace(ParameterSet.of(domains(new Domain.IntRange(0, 8), new Domain.IntRange(16, 256))))
                .withGrid(new GridSettings(GridSettings.Kind.RANDOM, 3, 5, 42, null));
    }

    /** 2 trials of 3 epochs, at most 2 hidden layers of at most 64 units. */
    static Project quick() {
        return base(3).withSpace(ParameterSet.of(domains(new Domain.IntRange(0, 2), new Domain.IntRange(16, 64))))
                .withGrid(new GridSettings(GridSettings.Kind.RANDOM, 3, 2, 42, null));
    }

    private static Project base(int epochs) {
        Roles roles = new Roles(List.of("label"), Map.of(Roles.DEFAULT_INPUT, List.of("image")));
        Map<String, Object> fixed = new LinkedHashMap<>();
        fixed.put("fit_epochs", epochs);
        fixed.put("compile_loss", "sparse_categorical_crossentropy");
        fixed.put("compile_metrics", "accuracy");
        return Project.of(SeedSpecs.tunerMlp())
                .withData(new DataRef(new DataSource.Shipped("fashion-mnist"), roles, Recipe.of(new ScaleImages())))
                .withArguments(fixed, List.of("num_hidden", "hidden_units", "learn_rate", "compile_optimizer"))
                .withResampling(new ResamplingSettings(1.0, false, ResamplingSettings.Scheme.VALIDATION, 3, 1, 25, 0.8))
                .withMetrics(List.of("accuracy"))
                .withControl(new TuneControl(0, 42, true));
    }

    private static Map<String, Domain> domains(Domain hidden, Domain units) {
        Map<String, Domain> d = new LinkedHashMap<>();
        d.put("num_hidden", hidden);
        d.put("hidden_units", units);
        d.put("learn_rate", new Domain.RealRange(1e-4, 1e-2, Transform.LOG10));
        d.put("compile_optimizer", Domain.ValueSet.of("sgd", "adam"));
        return d;
    }
}
