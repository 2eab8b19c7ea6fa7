package org.blocktune.core.space;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Default domains from a generated argument's name, like kerasnip's mapping to dials
 * parameters, but matching whole suffixes ({@code conv_kernel_size} is a kernel size, not a
 * "size"; kerasnip's last-underscore rule gets this wrong).
 *
 * <p>Rules, first match wins:
 * <ol>
 *   <li>exact names: {@code learn_rate} → real 1e-5..1e-1, log10 (dials: 1e-10..1e-1, whose lower half
 *       never trains a network); {@code fit_epochs} → int 10..1000 (dials {@code epochs});
 *       {@code fit_batch_size} → int 4..128, log2 (dials {@code batch_size});
 *       {@code compile_optimizer} → {@link #OPTIMIZERS}; {@code compile_loss} → {@link #LOSSES};</li>
 *   <li>{@code num_*} → int 1..3 (kerasnip/dials {@code num_terms} with the upper bound kerasnip's tests use;
 *       0, which removes a block, must be asked for explicitly);</li>
 *   <li>suffixes: {@code *_learn_rate}, {@code *_learning_rate} → as {@code learn_rate}; {@code *_units} → int 8..512, log2 (dials {@code hidden_units} is 1..10, too narrow for
 *       networks; log2 gives each doubling equal weight); {@code *_filters} → int 8..128, log2
 *       (convolutions cost more per filter); {@code *_rate}, {@code *_dropout} → real [0, 1), the dials
 *       dropout range; {@code *_kernel_size} → int 1..7; {@code *_pool_size} → int 2..4;
 *       {@code *_activation} → {@link #ACTIVATIONS};</li>
 *   <li>anything else → empty: the user must give a domain.</li>
 * </ol>
 * Names are Keras-style, as in kerasnip; the {@code dl4j} package maps them to DL4J's own.
 */
public final class DefaultDomains {

    /** Optimizer names tried by default (kerasnip {@code optimizer_function()}). */
    public static final List<String> OPTIMIZERS =
            List.of("adam", "sgd", "rmsprop", "adagrad", "adadelta", "adamax", "nadam");

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
    public static final List<String> ACTIVATIONS =
            List.of("relu", "tanh", "sigmoid", "elu", "selu", "leaky_relu", "gelu", "swish");

    private static final Domain LEARN_RATE = new Domain.RealRange(1e-5, 1e-1, Transform.LOG10);

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
                return Optional.of(new Domain.IntRange(10, 1000));
            case "fit_batch_size":
                return Optional.of(new Domain.IntRange(4, 128, Transform.LOG2));
            case "compile_optimizer":
                return Optional.of(new Domain.ValueSet(List.copyOf(OPTIMIZERS)));
            case "compile_loss":
                return Optional.of(new Domain.ValueSet(List.copyOf(LOSSES)));
            default:
                break;
        }
        if (name.startsWith("num_") && name.length() > 4) {
            return Optional.of(new Domain.IntRange(1, 3));
        }
        if (name.startsWith("fit_") || name.startsWith("compile_")) {
            return Optional.empty();
        }
        // longest suffixes first, each matched as whole underscore-separated words
        if (hasSuffix(name, "learn_rate") || hasSuffix(name, "learning_rate")) {
            return Optional.of(LEARN_RATE);
        }
        if (hasSuffix(name, "kernel_size")) {
            return Optional.of(new Domain.IntRange(1, 7));
        }
        if (hasSuffix(name, "pool_size")) {
            return Optional.of(new Domain.IntRange(2, 4));
        }
        if (hasSuffix(name, "activation")) {
            return Optional.of(new Domain.ValueSet(List.copyOf(ACTIVATIONS)));
        }
        if (hasSuffix(name, "units")) {
            return Optional.of(new Domain.IntRange(8, 512, Transform.LOG2));
        }
        if (hasSuffix(name, "filters")) {
            return Optional.of(new Domain.IntRange(8, 128, Transform.LOG2));
        }
        if (hasSuffix(name, "rate") || hasSuffix(name, "dropout")) {
            return Optional.of(new Domain.RealRange(0.0, 1.0, Transform.IDENTITY, true));
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
