package org.blocktune.core.examples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.block.BlockCatalogue;
import org.blocktune.core.block.LayerKind;
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
import org.blocktune.core.spec.FunctionalSpec;
import org.blocktune.core.tune.TuneControl;

/**
 * A network with two outputs, as kerasnip's end-to-end tests fit (a two-head functional spec): on
 * diamonds, a shared dense trunk feeds {@code carat} (a number) and {@code cut} (5 classes), each output
 * block named after its outcome, with a loss and a metric per output; candidates are ranked by the
 * {@code cut} output's accuracy.
 */
final class TwoHeadsExample {
    private TwoHeadsExample() {
    }

    static ExampleProject example() {
        return new ExampleProject("diamonds-two-heads", "kerasnip e2e", "one network, two outputs: carat (number) and "
                + "cut (class) from a shared trunk, a loss per output, ranked by cut accuracy", quick(), full());
    }

    /** The spec: input → trunk (dense, repeated num_trunk times) → carat and cut output blocks. */
    static FunctionalSpec spec() {
        return FunctionalSpec.named("diamond_two_heads")
                .add("input", BlockCatalogue.builtin(LayerKind.INPUT))
                .add("trunk", BlockCatalogue.builtin(LayerKind.DENSE), "input")
                .add("carat", BlockCatalogue.builtin(LayerKind.OUTPUT), "trunk")
                .add("cut", BlockCatalogue.builtin(LayerKind.OUTPUT), "trunk");
    }

    /** 10 Latin-hypercube candidates, 20 epochs, 5-fold CV of 75 % of the rows. */
    static Project full() {
        return base(20, 32, new ResamplingSettings(0.75, true, ResamplingSettings.Scheme.VFOLD, 5, 1, 25, 0.75))
                .withSpace(ParameterSet.of(domains(new Domain.IntRange(1, 3), new Domain.IntRange(16, 128))))
                .withGrid(new GridSettings(GridSettings.Kind.LATIN_HYPERCUBE, 3, 10, 42, null));
    }

    /**
     * 2 candidates, 3 epochs of batch 64; a 10 % training split (5,394 rows; the last fit's test set is the
     * other 90 %), of which a validation split fits on a quarter.
     */
    static Project quick() {
        return base(3, 64, new ResamplingSettings(0.1, true, ResamplingSettings.Scheme.VALIDATION, 5, 1, 25, 0.25))
                .withSpace(ParameterSet.of(domains(new Domain.IntRange(1, 2), new Domain.IntRange(16, 32))))
                .withGrid(new GridSettings(GridSettings.Kind.LATIN_HYPERCUBE, 3, 2, 42, null));
    }

    private static Project base(int epochs, int batch, ResamplingSettings resampling) {
        Roles roles = new Roles(List.of("carat", "cut"), Map.of(Roles.DEFAULT_INPUT,
                List.of("price", "color", "clarity", "depth", "table", "x", "y", "z")));
        Recipe recipe = Recipe.of(new Dummy(false), new ZeroVariance(), new Normalize());
        Map<String, Object> fixed = new LinkedHashMap<>();
        fixed.put("fit_epochs", epochs);
        fixed.put("fit_batch_size", batch);
        fixed.put("compile_loss", "carat: mean_squared_error; cut: categorical_crossentropy");
        fixed.put("compile_metrics", "carat: mae; cut: accuracy");
        return Project.of(spec())
                .withData(new DataRef(new DataSource.Shipped("diamonds"), roles, recipe))
                .withArguments(fixed, List.of("num_trunk", "trunk_units"))
                .withResampling(resampling)
                .withMetrics(List.of("cut accuracy", "rmse", "roc_auc"))
                .withControl(new TuneControl(0, 42, false));
    }

    private static Map<String, Domain> domains(Domain num, Domain units) {
        Map<String, Domain> d = new LinkedHashMap<>();
        d.put("num_trunk", num);
        d.put("trunk_units", units);
        return d;
    }
}
