package org.blocktune.core.fit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.blocktune.core.block.BlockCatalogue;
import org.blocktune.core.block.LayerKind;
import org.blocktune.core.data.CsvReader;
import org.blocktune.core.data.FashionMnist;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.TestData;
import org.blocktune.core.data.recipe.Dummy;
import org.blocktune.core.data.recipe.Normalize;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.data.recipe.ScaleImages;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.random.SeededRandom;
import org.blocktune.core.spec.SequentialSpec;
import org.blocktune.core.spec.Spec;
import org.blocktune.core.task.CancellationToken;

/** Small data sets and requests shared by the fit tests. */
final class FitFixtures {
    private static Table iris;
    private static Table diamonds;
    private static Table attrition;
    private static Table fashion;

    static {
        // The test machine's cores are shared with other processes; one native thread per operation keeps
        // small fits fast (several OpenMP threads per operation spin badly when the cores are busy).
        ModelFitter.useWorkers(Runtime.getRuntime().availableProcessors());
    }

    private FitFixtures() {
    }

    /** Iris in a fixed random row order (the file is sorted by species). */
    static synchronized Table iris() {
        if (iris == null) {
            Table t = read("iris.csv");
            iris = t.rows(new SeededRandom(7).permutation(t.rowCount()));
        }
        return iris;
    }

    /** The first {@code n} rows of diamonds. */
    static synchronized Table diamonds(int n) {
        if (diamonds == null) {
            Table t = read("diamonds.csv");
            diamonds = t.rows(new SeededRandom(3).permutation(t.rowCount())).rows(IntStream.range(0, 2000).toArray());
        }
        return diamonds.rows(IntStream.range(0, n).toArray());
    }

    /** Attrition (1,470 rows). */
    static synchronized Table attrition() {
        if (attrition == null) {
            attrition = read("attrition.csv");
        }
        return attrition;
    }

    /** The first {@code n} rows of the shipped Fashion-MNIST test subset. */
    static synchronized Table fashion(int n) {
        if (fashion == null) {
            try {
                fashion = FashionMnist.test(TestData.file("fashion-mnist-subset"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fashion.rows(IntStream.range(0, n).toArray());
    }

    static Table head(Table t, int n) {
        return t.rows(IntStream.range(0, n).toArray());
    }

    static Table tail(Table t, int from) {
        return t.rows(IntStream.range(from, t.rowCount()).toArray());
    }

    /** iris_mlp on normalised iris with the given values on top of a few fast defaults. */
    static FitRequest irisRequest(Map<String, Object> values) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("dense_units", 16);
        v.put("learn_rate", 0.05);
        v.put("fit_epochs", 20);
        v.put("fit_batch_size", 16);
        v.putAll(values);
        return new FitRequest(SeedSpecs.irisMlp(), v, Recipe.of(new Normalize()), Roles.of(iris(), "Species"), 42);
    }

    /** diamond_mlp on diamonds (price), categorical predictors dummy-coded, numbers normalised unless raw. */
    static FitRequest diamondRequest(Map<String, Object> values, boolean normalise) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("body_units", 16);
        v.put("fit_epochs", 3);
        v.putAll(values);
        Recipe recipe = normalise ? Recipe.of(new Dummy(false), new Normalize()) : Recipe.of(new Dummy(false));
        return new FitRequest(SeedSpecs.diamondMlp(), v, recipe, Roles.of(diamonds(10), "price"), 5);
    }

    /** attrition_towers on attrition. */
    static FitRequest attritionRequest(Map<String, Object> values) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("tower_a_units", 8);
        v.put("tower_b_units", 8);
        v.put("fit_epochs", 3);
        v.putAll(values);
        return new FitRequest(SeedSpecs.attritionTowers(), v, Recipe.of(new Dummy(false), new Normalize()),
                Roles.of(attrition(), "Attrition"), 9);
    }

    /** A tiny convolutional network: conv2d → max_pool2d → flatten → softmax. */
    static Spec tinyConvNet() {
        return SequentialSpec.named("tiny_cnn")
                .add("input", BlockCatalogue.builtin(LayerKind.INPUT))
                .add("conv", BlockCatalogue.builtin(LayerKind.CONV2D))
                .add("pool", BlockCatalogue.builtin(LayerKind.MAX_POOL2D))
                .add("flat", BlockCatalogue.builtin(LayerKind.FLATTEN))
                .add("output", BlockCatalogue.builtin(LayerKind.OUTPUT));
    }

    static FitRequest fashionRequest() {
        Table t = fashion(10);
        return new FitRequest(tinyConvNet(), Map.of("conv_filters", 4, "fit_epochs", 1, "fit_batch_size", 32),
                Recipe.of(new ScaleImages()), Roles.of(t, "label"), 1);
    }

    static FittedModel fit(FitRequest request, Table data) throws FitFailure {
        return ModelFitter.fit(request, data, FitListener.NONE, CancellationToken.none());
    }

    private static Table read(String name) {
        try {
            return CsvReader.read(TestData.file(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
