package org.blocktune.core.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.blocktune.core.space.Domain.IntRange;
import org.blocktune.core.space.Domain.RealRange;
import org.blocktune.core.space.Domain.ValueSet;
import org.junit.jupiter.api.Test;

class DefaultDomainsTest {

    private static Domain of(String name) {
        return DefaultDomains.forArgument(name).orElseThrow(() -> new AssertionError("no default for " + name));
    }

    @Test
    void exactNames() {
        assertEquals(new RealRange(1e-4, 1e-1, Transform.LOG10), of("learn_rate"));
        assertEquals(new IntRange(10, 100), of("fit_epochs"));
        assertEquals(new IntRange(8, 128, Transform.LOG2), of("fit_batch_size"));
        assertEquals(List.of("adam", "sgd", "rmsprop"), ((ValueSet) of("compile_optimizer")).values());
        List<Object> losses = ((ValueSet) of("compile_loss")).values();
        assertTrue(losses.containsAll(List.of("categorical_crossentropy", "kl_divergence", "mean_squared_error")));
    }

    @Test
    void prefixAndSuffixes() {
        assertEquals(new IntRange(1, 3), of("num_body"));
        assertEquals(new IntRange(1, 3), of("num_dense_path"));
        assertEquals(new IntRange(8, 256, Transform.LOG2), of("body_units"));
        assertEquals(new IntRange(8, 256, Transform.LOG2), of("hidden_1_units"));
        assertEquals(new IntRange(8, 256, Transform.LOG2), of("embed_output_dim"));
        assertEquals(new IntRange(8, 128, Transform.LOG2), of("conv_filters"));
        RealRange dropout = new RealRange(0, 0.5);
        assertEquals(dropout, of("hidden_1_rate"));
        assertEquals(dropout, of("lstm_dropout"));
        assertEquals(dropout, of("lstm_recurrent_dropout"));
        assertEquals(new IntRange(2, 7), of("conv1_kernel_size"));
        assertEquals(new IntRange(2, 4), of("pool_pool_size"));
        assertEquals(new IntRange(2, 4), of("max_pool_size"));
        assertTrue(((ValueSet) of("dense_activation")).values().contains("relu"));
    }

    @Test
    void unknownNamesGiveEmptyWithoutException() {
        for (String name : List.of("", "num_", "units", "conv_size", "fit_validation_split", "compile_metrics",
                "fit_verbose", "dense_use_bias", "x_units_extra", "_units")) {
            assertTrue(DefaultDomains.forArgument(name).isEmpty(), name);
        }
    }

    @Test
    void learnRateIsNotADropout() {
        assertTrue(of("learn_rate") instanceof RealRange r && r.transform() == Transform.LOG10);
        assertEquals(of("learn_rate"), of("custom_learn_rate"));
        assertEquals(of("learn_rate"), of("opt_learning_rate"));
    }
}
