package org.blocktune.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.block.BlockCatalogue;
import org.blocktune.core.block.LayerKind;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.recipe.Dummy;
import org.blocktune.core.data.recipe.Normalize;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.metrics.Metric;
import org.blocktune.core.metrics.NumericMetric;
import org.blocktune.core.metrics.OutputMetric;
import org.blocktune.core.spec.FunctionalSpec;
import org.blocktune.core.spec.SequentialSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.lossfunctions.impl.LossMAE;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;

/** Networks with several outputs: one per outcome column, trained together through DL4J's ComputationGraph. */
class MultiOutputFitTest {

    /** input → dense trunk → one output block per name. */
    static FunctionalSpec heads(String... outputs) {
        FunctionalSpec s = FunctionalSpec.named("heads")
                .add("input", BlockCatalogue.builtin(LayerKind.INPUT))
                .add("trunk", BlockCatalogue.builtin(LayerKind.DENSE), "input");
        for (String o : outputs) {
            s = s.add(o, BlockCatalogue.builtin(LayerKind.OUTPUT), "trunk");
        }
        return s;
    }

    static Roles roles(Table t, String... outcomes) {
        List<String> preds = new ArrayList<>(t.names());
        preds.removeAll(List.of(outcomes));
        return new Roles(List.of(outcomes), Map.of("input", preds));
    }

    static FitRequest request(FunctionalSpec spec, Table t, Map<String, Object> extra, String... outcomes) {
        Map<String, Object> v = new LinkedHashMap<>(Map.of("trunk_units", 8, "fit_epochs", 3, "learn_rate", 0.01));
        v.putAll(extra);
        return new FitRequest(spec, v, Recipe.of(new Dummy(false), new Normalize()), roles(t, outcomes), 3);
    }

    @Test
    void twoNumericHeadsFitPredictWithKerasnipNamesAndSaveLoad(@TempDir Path dir) throws Exception {
        Table t = FitFixtures.diamonds(120);
        FittedModel m = FitFixtures.fit(request(heads("price", "carat"), t,
                Map.of("compile_loss", "price: mean_absolute_error; carat: mse"), "price", "carat"), t);
        assertEquals(List.of("price", "carat"), m.outputs().stream().map(ModelOutput::name).toList());
        Table p = m.predict(t);
        assertEquals(List.of(".pred_price", ".pred_carat"), p.names());
        assertEquals(120, p.rowCount());
        assertTrue(m.history().epochs().get(0).values().containsKey("price_mean_absolute_error"),
                "per-output metrics in the history: " + m.history().epochs().get(0).values().keySet());

        Map<String, Double> metrics = m.evaluate(t, List.of(Metric.byName("price rmse"), Metric.byName("carat rmse"),
                NumericMetric.RMSE));
        assertEquals(List.of("price rmse", "carat rmse", "rmse"), List.copyOf(metrics.keySet()));
        assertEquals((metrics.get("price rmse") + metrics.get("carat rmse")) / 2, metrics.get("rmse"), 1e-9);
        assertTrue(metrics.get("carat rmse") < metrics.get("price rmse"), "carat is on a far smaller scale");

        Path file = dir.resolve("two.zip");
        m.save(file);
        FittedModel back = FittedModel.load(file);
        assertEquals(m.outputs(), back.outputs());
        Table q = back.predict(t);
        assertEquals(p.names(), q.names());
        assertEquals(p.numeric(".pred_carat").get(7), q.numeric(".pred_carat").get(7), 1e-6);
    }

    @Test
    void perOutputLossesAndWeightsReachDl4j() throws Exception {
        Table t = FitFixtures.diamonds(60);
        FitRequest r = request(heads("price", "cut"), t, Map.of("compile_loss",
                "price: mean_absolute_error; cut: categorical_crossentropy", "compile_loss_weights", "price: 0.5"),
                "price", "cut");
        FittedNetworkModel m = (FittedNetworkModel) FitFixtures.fit(r, t);
        var losses = m.network().lossFunctions();
        assertEquals(2, losses.size());
        LossMAE mae = assertInstanceOf(LossMAE.class, losses.get(0));
        assertEquals(0.5, mae.getWeights().getDouble(0), 1e-6, "the price output's loss weight");
        assertInstanceOf(LossMCXENT.class, losses.get(1));

        FittedNetworkModel same = (FittedNetworkModel) FitFixtures.fit(request(heads("price", "carat"),
                t, Map.of("compile_loss", "mse"), "price", "carat"), t);
        assertTrue(same.network().lossFunctions().stream().allMatch(l -> l instanceof LossMSE), "one loss for all");
    }

    @Test
    void twoCategoricalHeadsPredictClassesAndProbabilities() throws Exception {
        Table t = FitFixtures.diamonds(150);
        FittedModel m = FitFixtures.fit(request(heads("cut", "color"), t, Map.of(), "cut", "color"), t);
        Table p = m.predict(t.drop(List.of("cut", "color")));
        assertEquals(".pred_class_cut", p.names().get(0));
        List<String> cutLevels = m.outputs().get(0).levels();
        assertEquals(".pred_cut_" + cutLevels.get(0), p.names().get(1));
        int colorAt = 1 + cutLevels.size();
        assertEquals(".pred_class_color", p.names().get(colorAt));
        double sum = 0;
        for (String l : m.outputs().get(1).levels()) {
            sum += p.numeric(".pred_color_" + l).get(0);
        }
        assertEquals(1.0, sum, 1e-4, "each head's probabilities sum to 1");
        Map<String, Double> acc = m.evaluate(t, List.of(Metric.byName("cut accuracy"), Metric.byName("color roc_auc")));
        assertTrue(acc.get("cut accuracy") >= 0 && acc.get("cut accuracy") <= 1);
        assertTrue(m.history().epochs().get(0).values().containsKey("color_accuracy"));
    }

    @Test
    void outputBlocksNotMatchingOutcomesNameBothSides() {
        Table t = FitFixtures.diamonds(40);
        FitFailure f = assertThrows(FitFailure.class, () -> FitFixtures.fit(request(heads("output_1", "output_2"), t,
                Map.of(), "price", "carat"), t));
        assertTrue(f.getMessage().contains("'output_1'") && f.getMessage().contains("'price'")
                && f.getMessage().contains("'carat'"), f.getMessage());

        FitFailure loss = assertThrows(FitFailure.class, () -> FitFixtures.fit(request(heads("price", "carat"), t,
                Map.of("compile_loss", "price: mse; weight: mae"), "price", "carat"), t));
        assertTrue(loss.getMessage().contains("'weight'") && loss.getMessage().contains("'carat'"), loss.getMessage());
    }

    @Test
    void severalNumericColumnsWithOneOutputBlockAreOneMultistepOutput() throws Exception {
        Table t = FitFixtures.diamonds(80);
        // a vector outcome: x, y, z read as steps 1..3 of one variable (the names carry no step numbers)
        SequentialSpec spec = SequentialSpec.named("vec")
                .add("input", BlockCatalogue.builtin(LayerKind.INPUT))
                .add("dense", BlockCatalogue.builtin(LayerKind.DENSE))
                .add("output", BlockCatalogue.builtin(LayerKind.OUTPUT));
        List<String> preds = new ArrayList<>(t.names());
        preds.removeAll(List.of("x", "y", "z"));
        FitRequest r = new FitRequest(spec, Map.of("fit_epochs", 2), Recipe.of(new Dummy(false), new Normalize()),
                new Roles(List.of("x", "y", "z"), Map.of("input", preds)), 1);
        FittedModel m = FitFixtures.fit(r, t);
        assertEquals(1, m.outputs().size());
        Table wide = m.predict(t);
        assertEquals(List.of(".pred_x", ".pred_y", ".pred_z"), wide.names());
        Table steps = m.predictSteps(t.rows(new int[] {0, 1}));
        assertEquals(List.of(".row", ".step", ".pred"), steps.names());
        assertEquals(6, steps.rowCount());
        assertEquals(2.0, steps.numeric(".row").get(4));
        assertEquals(2.0, steps.numeric(".step").get(4));
        assertEquals(wide.numeric(".pred_y").get(1), steps.numeric(".pred").get(4), 1e-6);
        assertFalse(m.evaluate(t, List.of(NumericMetric.MAE)).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> OutputMetric.expand(List.of(NumericMetric.MAE),
                Map.of("cut", true)));
    }
}
