package org.blocktune.core.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.blocktune.core.examples.SeedSpecs;
import org.junit.jupiter.api.Test;

class SpecArgumentsTest {

    private static final List<String> TRAINING = List.of("learn_rate",
            "fit_batch_size", "fit_epochs", "fit_validation_split", "fit_shuffle", "fit_class_weight",
            "fit_initial_epoch", "fit_steps_per_epoch", "fit_validation_freq", "fit_verbose",
            "fit_early_stopping", "fit_early_stopping_monitor", "fit_early_stopping_patience",
            "fit_early_stopping_min_delta", "fit_early_stopping_restore_best",
            "compile_optimizer", "compile_loss", "compile_metrics", "compile_loss_weights");

    private static List<String> expected(String... modelArgs) {
        List<String> all = new ArrayList<>(List.of(modelArgs));
        all.addAll(TRAINING);
        return all;
    }

    @Test
    void irisMlpArgumentsInKerasnipOrder() {
        assertEquals(expected("num_input", "num_dense", "num_output", "dense_units"),
                SpecArguments.names(SeedSpecs.irisMlp()));
    }

    @Test
    void mnistMlpArgumentsInKerasnipOrder() {
        assertEquals(expected("num_input", "num_hidden_1", "num_hidden_2", "num_output",
                        "hidden_1_units", "hidden_1_rate", "hidden_2_units", "hidden_2_rate"),
                SpecArguments.names(SeedSpecs.mnistMlp()));
    }

    @Test
    void diamondMlpArgumentsInKerasnipOrder() {
        assertEquals(expected("num_input", "num_body", "num_output", "body_units", "body_dropout"),
                SpecArguments.names(SeedSpecs.diamondMlp()));
    }

    @Test
    void attritionTowersArgumentsInKerasnipOrder() {
        assertEquals(expected("num_main_input", "num_tower_a", "num_tower_b", "num_joined", "num_output",
                        "tower_a_units", "tower_a_dropout", "tower_b_units", "tower_b_dropout"),
                SpecArguments.names(SeedSpecs.attritionTowers()));
    }

    @Test
    void blockArgumentsKeepTheirDefaultsAndTypes() {
        var args = SpecArguments.byName(SeedSpecs.mnistMlp());
        assertEquals(128, args.get("hidden_1_units").spec().defaultValue());
        assertEquals(0.1, args.get("hidden_2_rate").spec().defaultValue());
        assertEquals(1, args.get("num_hidden_1").spec().defaultValue());
        assertEquals(0.01, args.get("learn_rate").spec().defaultValue());
        assertEquals("adam", args.get("compile_optimizer").spec().defaultValue());
        assertEquals("hidden_1", args.get("hidden_1_units").node());
        assertEquals("units", args.get("hidden_1_units").blockArgument());
    }

    @Test
    void inputShapeAndNumClassesAreNeverArguments() {
        for (Spec s : List.of(SeedSpecs.irisMlp(), SeedSpecs.attritionTowers())) {
            List<String> names = SpecArguments.names(s);
            assertEquals(0, names.stream().filter(n -> n.contains("input_shape") || n.contains("num_classes")).count());
        }
    }
}
