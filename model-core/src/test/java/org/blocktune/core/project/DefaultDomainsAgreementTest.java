package org.blocktune.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.blocktune.core.block.BlockCatalogue;
import org.blocktune.core.block.CompositeBlock;
import org.blocktune.core.block.LayerKind;
import org.blocktune.core.block.LayerTemplate;
import org.blocktune.core.space.DefaultDomains;
import org.blocktune.core.space.Domain;
import org.blocktune.core.space.ParameterSet;
import org.blocktune.core.spec.SequentialSpec;
import org.blocktune.core.spec.SpecArgument;
import org.blocktune.core.spec.SpecArguments;
import org.junit.jupiter.api.Test;

/**
 * One table of default domains: a block argument's suggested domain, the default for its name, the
 * project's search space and {@link ParameterSet#ofDefaults} all give the same domain for every argument.
 */
class DefaultDomainsAgreementTest {

    /** A spec with every built-in block and a composite block, so that every generated argument appears. */
    private static SequentialSpec everything() {
        SequentialSpec s = SequentialSpec.named("all").add("input", BlockCatalogue.builtin(LayerKind.INPUT));
        for (LayerKind k : LayerKind.values()) {
            if (k != LayerKind.INPUT && k != LayerKind.OUTPUT) {
                s = s.add("b_" + k.name().toLowerCase(java.util.Locale.ROOT), BlockCatalogue.builtin(k));
            }
        }
        CompositeBlock hidden = CompositeBlock.builder("dense_dropout").arg("units", 64).arg("rate", 0.1)
                .layer(LayerTemplate.of(LayerKind.DENSE).bind("units", "units"))
                .layer(LayerTemplate.of(LayerKind.DROPOUT).bind("rate", "rate")).build();
        return s.add("hidden", hidden).add("output", BlockCatalogue.builtin(LayerKind.OUTPUT));
    }

    @Test
    void everyPathGivesTheSameDefaultDomain() {
        SequentialSpec spec = everything();
        List<String> withDomain = new ArrayList<>();
        for (SpecArgument a : SpecArguments.of(spec)) {
            Optional<Domain> byName = DefaultDomains.forArgument(a.name());
            Domain suggested = a.spec().defaultDomain();
            if (suggested != null) {
                assertEquals(Optional.of(suggested), byName, "argument " + a.name()
                        + ": the block's suggested domain differs from the default for its name");
            }
            if (byName.isPresent() && a.spec().tunable()) {
                withDomain.add(a.name());
            }
        }
        assertTrue(withDomain.containsAll(List.of("num_hidden", "hidden_units", "hidden_rate", "b_dense_units",
                "b_dropout_rate", "b_conv2d_filters", "b_conv2d_kernel_size", "b_max_pool2d_pool_size",
                "b_dense_activation", "b_embedding_output_dim", "learn_rate", "fit_epochs", "fit_batch_size",
                "compile_optimizer", "compile_loss")), withDomain.toString());
        ParameterSet project = SearchSpaces.of(spec, withDomain, ParameterSet.of());
        ParameterSet api = ParameterSet.ofDefaults(withDomain, java.util.Map.of());
        for (String name : withDomain) {
            Domain expected = DefaultDomains.forArgument(name).orElseThrow();
            assertEquals(expected, project.domain(name), "project search space, " + name);
            assertEquals(expected, api.domain(name), "ParameterSet.ofDefaults, " + name);
        }
        // the table as the README documents it
        assertEquals(new Domain.IntRange(10, 100), project.domain("fit_epochs"));
        assertEquals(DefaultDomains.UNITS, project.domain("hidden_units"));
        assertEquals(new Domain.IntRange(8, 256, org.blocktune.core.space.Transform.LOG2), DefaultDomains.UNITS);
    }
}
