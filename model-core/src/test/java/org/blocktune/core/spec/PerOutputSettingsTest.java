package org.blocktune.core.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.block.BlockCatalogue;
import org.blocktune.core.block.LayerKind;
import org.junit.jupiter.api.Test;

/** compile_loss, compile_metrics and compile_loss_weights per output of a network with several. */
class PerOutputSettingsTest {
    private static final FunctionalSpec SPEC = FunctionalSpec.named("m")
            .add("input", BlockCatalogue.builtin(LayerKind.INPUT))
            .add("trunk", BlockCatalogue.builtin(LayerKind.DENSE), "input")
            .add("price", BlockCatalogue.builtin(LayerKind.OUTPUT), "trunk")
            .add("cut", BlockCatalogue.builtin(LayerKind.OUTPUT), "trunk");

    private static DataShape data() {
        Map<String, OutcomeShape> out = new LinkedHashMap<>();
        out.put("price", OutcomeShape.numeric(1));
        out.put("cut", OutcomeShape.classes(5));
        return new DataShape(Map.of("input", Shape.flat(6)), out);
    }

    private static Resolution resolve(Map<String, Object> values) {
        return SpecResolver.resolve(SPEC, values, data());
    }

    @Test
    void aLossAndMetricsPerOutputResolveInOutputOrder() {
        Resolution r = resolve(Map.of("compile_loss", "cut: kl_divergence; price: mae",
                "compile_metrics", "price: rmse, mae", "compile_loss_weights", "price: 2"));
        assertTrue(r.ok(), r.errorMessage());
        assertEquals(List.of(Loss.MEAN_ABSOLUTE_ERROR, Loss.KL_DIVERGENCE), r.training().losses());
        assertEquals(List.of(List.of("root_mean_squared_error", "mean_absolute_error"), List.of("accuracy")),
                r.training().outputMetrics());
        assertEquals(List.of(2.0, 1.0), r.training().lossWeights());
    }

    @Test
    void defaultsArePerOutputAndOneLossServesAll() {
        Resolution auto = resolve(Map.of());
        assertTrue(auto.ok(), auto.errorMessage());
        assertEquals(List.of(Loss.MEAN_SQUARED_ERROR, Loss.CATEGORICAL_CROSSENTROPY), auto.training().losses());
        assertEquals(List.of(List.of("mean_absolute_error"), List.of("accuracy")), auto.training().outputMetrics());
        Resolution mse = resolve(Map.of("compile_loss", "mean_squared_error"));
        assertTrue(mse.ok(), mse.errorMessage());
        assertEquals(List.of(Loss.MEAN_SQUARED_ERROR, Loss.MEAN_SQUARED_ERROR), mse.training().losses());
        Resolution xent = resolve(Map.of("compile_loss", "categorical_crossentropy"));
        assertFalse(xent.ok(), "a class loss cannot serve the numeric output");
        assertTrue(xent.errorMessage().contains("output 'price'"), xent.errorMessage());
    }

    @Test
    void mismatchesNameBothSidesAndWeightsCountOutputs() {
        Resolution r = resolve(Map.of("compile_loss", "price: mse; colour: categorical_crossentropy"));
        assertFalse(r.ok());
        assertTrue(r.errorMessage().contains("'colour'") && r.errorMessage().contains("'price', 'cut'"),
                r.errorMessage());
        Resolution w = resolve(Map.of("compile_loss_weights", "1,2,3"));
        assertTrue(w.errorMessage().contains("there are 2 outputs"), w.errorMessage());
        assertFalse(w.errorMessage().contains("outputes"), w.errorMessage());
        Resolution cw = resolve(Map.of("fit_class_weight", "1,2,1,1,1"));
        assertTrue(cw.errorMessage().contains("compile_loss_weights"), cw.errorMessage());
    }
}
