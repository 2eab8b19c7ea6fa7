package org.blocktune.core.space;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one table of default search domains, from a generated argument's name, like kerasnip's mapping to
 * dials parameters, but matching whole suffixes ({@code conv_kernel_size} is a kernel size, not a
 * "size"; kerasnip's last-underscore rule gets this wrong). Every path that proposes a domain uses it:
 * the built-in blocks' and training arguments' {@code ArgSpec.defaultDomain()} are these constants,
 * {@link ParameterSet#ofDefaults}, the project's search space and the workbench read {@link #forArgument}.
 *
 * <p>Rules, first match wins (dials' default in brackets where it differs):
 * <ol>
 *   <li>exact names: {@code learn_rate} → {@link #LEARN_RATE} 1e-4..1e-1, log10 [1e-10..1e-1, whose lower
 *       part never trains a network in a few epochs]; {@code fit_epochs} → {@link #EPOCHS} 10..100 [10..1000:
 *       a grid of 1,000-epoch fits is hours on a desktop]; {@code fit_batch_size} → {@link #BATCH_SIZE}
 *       8..128, log2 [4..128]; {@code compile_optimizer} → {@link #OPTIMIZERS}; {@code compile_loss} →
 *       {@link #LOSSES} (the workbench narrows it to the losses that suit the outcome);</li>
 *   <li>{@code num_*} → {@link #NUM} 1..3 ([1, number of predictors]; 0, which removes a block, must be
 *       asked for explicitly);</li>
 *   <li>suffixes: {@code *_learn_rate}, {@code *_learning_rate} → as {@code learn_rate}; {@code *_units},
 *       {@code *_output_dim} → {@link #UNITS} 8..256, log2 [hidden_units 1..10, too narrow for networks];
 *       {@code *_filters} → {@link #FILTERS} 8..128, log2 [hidden_units]; {@code *_rate}, {@code *_dropout}
 *       → {@link #DROPOUT} 0..0.5 [0..1): a drop rate near 1 leaves nothing to learn from];
 *       {@code *_kernel_size} → {@link #KERNEL_SIZE} 2..7; {@code *_pool_size} → {@link #POOL_SIZE} 2..4;
 *       {@code *_activation} → {@link #ACTIVATIONS};</li>
 *   <li>anything else → empty: the user must give a domain.</li>
 * </ol>
 * Names are Keras-style, as in kerasnip; the {@code dl4j} package maps them to DL4J's own.
 */
public final class DefaultDomains {

    /** Optimizer names tried by default (kerasnip offers every Keras optimizer). */
    public static final List<String> OPTIMIZERS = List.of("adam", "sgd", "rmsprop");

    /** Losses that suit classification outputs (softmax over one-hot targets). */
    public static final List<String> CLASSIFICATION_LOSSES =
            List.of("categorical_crossentropy", "kl_divergence", "binary_crossentropy", "hinge", "squared_hinge");

    /** Losses that suit numeric outputs. */
    public static final List<String> REGRESSION_LOSSES =
            List.of("mean_squared_error", "mean_absolute_error", "mean_squared_logarithmic_error",
                    "mean_absolute_percentage_error", "poisson");

    /**
     * Every loss name offered by default for {@code compile_loss} (classification first). A tune
     * run should narrow this to the losses that suit its outcome, as dry runs reject the others.
     */
    public static final List<String> LOSSES = concat(CLASSIFICATION_LOSSES, REGRESSION_LOSSES);

    /** Hidden-layer activations tried by default. */
    public static final List<String> ACTIVATIONS = List.of("relu", "tanh", "elu", "selu", "gelu", "swish");

    /** {@code learn_rate}: 1e-4..1e-1, log10. */
    public static final Domain LEARN_RATE = new Domain.RealRange(1e-4, 1e-1, Transform.LOG10);
    /** {@code fit_epochs}: 10..100. */
    public static final Domain EPOCHS = new Domain.IntRange(10, 100);
    /** {@code fit_batch_size}: 8..128, log2. */
    public static final Domain BATCH_SIZE = new Domain.IntRange(8, 128, Transform.LOG2);
    /** {@code num_<block>}: 1..3. */
    public static final Domain NUM = new Domain.IntRange(1, 3);
    /** {@code *_units} and {@code *_output_dim}: 8..256, log2. */
    public static final Domain UNITS = new Domain.IntRange(8, 256, Transform.LOG2);
    /** {@code *_filters}: 8..128, log2. */
    public static final Domain FILTERS = new Domain.IntRange(8, 128, Transform.LOG2);
    /** {@code *_rate} and {@code *_dropout} (Keras drop rates): 0..0.5. */
    public static final Domain DROPOUT = new Domain.RealRange(0.0, 0.5);
    /** {@code *_kernel_size}: 2..7. */
    public static final Domain KERNEL_SIZE = new Domain.IntRange(2, 7);
    /** {@code *_pool_size}: 2..4. */
    public static final Domain POOL_SIZE = new Domain.IntRange(2, 4);
    /** {@code *_activation}: {@link #ACTIVATIONS}. */
    public static final Domain ACTIVATION = new Domain.ValueSet(List.copyOf(ACTIVATIONS));
    /** {@code compile_optimizer}: {@link #OPTIMIZERS}. */
    public static final Domain OPTIMIZER = new Domain.ValueSet(List.copyOf(OPTIMIZERS));

    private DefaultDomains() {
    }

    /** The default domain for {@code argumentName}, or empty if the name gives no hint. */
    public static Optional<Domain> forArgument(String argumentName) {
        Objects.requireNonNull(argumentName, "argumentName");
        String name = argumentName.trim();
        switch (name) {
            case "learn_rate":
                return Optional.of(LEARN_RATE);
            case "fit_epochs":
                return Optional.of(EPOCHS);
            case "fit_batch_size":
                return Optional.of(BATCH_SIZE);
            case "compile_optimizer":
                return Optional.of(OPTIMIZER);
            case "compile_loss":
                return Optional.of(new Domain.ValueSet(List.copyOf(LOSSES)));
            default:
                break;
        }
        if (name.startsWith("num_") && name.length() > 4) {
            return Optional.of(NUM);
        }
        if (name.startsWith("fit_") || name.startsWith("compile_")) {
            return Optional.empty();
        }
        // longest suffixes first, each matched as whole underscore-separated words
        if (hasSuffix(name, "learn_rate") || hasSuffix(name, "learning_rate")) {
            return Optional.of(LEARN_RATE);
        }
        if (hasSuffix(name, "kernel_size")) {
            return Optional.of(KERNEL_SIZE);
        }
        if (hasSuffix(name, "pool_size")) {
            return Optional.of(POOL_SIZE);
        }
        if (hasSuffix(name, "activation")) {
            return Optional.of(ACTIVATION);
        }
        if (hasSuffix(name, "units") || hasSuffix(name, "output_dim")) {
            return Optional.of(UNITS);
        }
        if (hasSuffix(name, "filters")) {
            return Optional.of(FILTERS);
        }
        if (hasSuffix(name, "rate") || hasSuffix(name, "dropout")) {
            return Optional.of(DROPOUT);
        }
        return Optional.empty();
    }

    private static boolean hasSuffix(String name, String suffix) {
        return name.endsWith("_" + suffix) && name.length() > suffix.length() + 1;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
