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
import org.blocktune.core.tune.TuneControl;

/**
 * Seed 001, "Tuning the model architecture", on the shipped Fashion-MNIST subset instead of MNIST:
 * {@code fashion_mlp} with {@code num_hidden_2 = 0}, rmsprop, categorical cross-entropy, batch 128,
 * a 20 % validation split inside each fit; a regular grid (3 levels) over num_hidden_1 (1–3),
 * hidden_1_units (64–256) and hidden_1_rate (0.2–0.4), 3-fold cross-validation; the data set's own
 * test images are the test set.
 */
final class FashionMlpExample {
    private FashionMlpExample() {
    }

    static ExampleProject example() {
        return new ExampleProject("fashion-mlp", "001", "architecture tuning (depth, width, dropout) of a "
                + "dense+dropout MLP on Fashion-MNIST images", quick(), full());
    }

    /** 27 candidates, 30 epochs each. */
    static Project full() {
        return base(30, new ResamplingSettings(1.0, false, ResamplingSettings.Scheme.VFOLD, 3, 1, 25, 0.75))
                .withSpace(ParameterSet.of(domains(new Domain.IntRange(1, 3), new Domain.IntRange(64, 256),
                        new Domain.RealRange(0.2, 0.4))))
                .withGrid(GridSettings.regular(3));
    }

    /** 2 candidates (one hidden block of 64 or 160 units), 5 epochs, one validation split instead of 3 folds. */
    static Project quick() {
        return base(5, new ResamplingSettings(1.0, false, ResamplingSettings.Scheme.VALIDATION, 3, 1, 25, 0.75))
                .withSpace(ParameterSet.of(domains(Domain.ValueSet.of(1), Domain.ValueSet.of(64, 160),
                        Domain.ValueSet.of(0.2))))
                .withGrid(GridSettings.regular(2));
    }

    private static Project base(int epochs, ResamplingSettings resampling) {
        Roles roles = new Roles(List.of("label"), Map.of(Roles.DEFAULT_INPUT, List.of("image")));
        Map<String, Object> fixed = new LinkedHashMap<>();
        fixed.put("num_hidden_2", 0);
        fixed.put("fit_epochs", epochs);
        fixed.put("fit_batch_size", 128);
        fixed.put("fit_validation_split", 0.2);
        fixed.put("compile_optimizer", "rmsprop");
        fixed.put("compile_loss", "categorical_crossentropy");
        fixed.put("compile_metrics", "accuracy");
        return Project.of(SeedSpecs.fashionMlp())
                .withData(new DataRef(new DataSource.Shipped("fashion-mnist"), roles, Recipe.of(new ScaleImages())))
                .withArguments(fixed, List.of("num_hidden_1", "hidden_1_units", "hidden_1_rate"))
                .withResampling(resampling)
                .withMetrics(List.of("accuracy"))
                .withControl(new TuneControl(0, 42, true));
    }

    private static Map<String, Domain> domains(Domain num, Domain units, Domain rate) {
        Map<String, Domain> d = new LinkedHashMap<>();
        d.put("num_hidden_1", num);
        d.put("hidden_1_units", units);
        d.put("hidden_1_rate", rate);
        return d;
    }
}
